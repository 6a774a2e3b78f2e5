// The change log: analysts see who changed what, «было → стало»; coordinators do not have it.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { BASE, apiAs, launch, loginAs, schoolByInn } from './helpers.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

const ANALYST = 'analyst.crimea'
const INN = '9145314590' // МБОУ СОШ №5, Феодосия: only this test changes it

async function setTeachers(school, teachers) {
  const current = await schoolByInn(ANALYST, school.inn)
  const { id, municipalityName, regionId, regionName, createdAt, updatedAt, ...input } = current
  return apiAs(ANALYST, `/api/v1/schools/${id}`, { method: 'PUT', body: JSON.stringify({ ...input, teachers }) })
}

test('an analyst sees a change in the change log with the value before and after', async () => {
  const school = await schoolByInn(ANALYST, INN)
  const changed = school.teachers + 1
  await setTeachers(school, changed)
  const { context, page } = await loginAs(browser, ANALYST, '/audit')
  try {
    const row = page.locator('[data-testid="audit-table"] tbody tr', { hasText: school.shortName }).first()
    await row.waitFor()
    const text = await row.textContent()
    assert.match(text, /Изменение/)
    assert.ok(text.includes(`Педагогов: ${school.teachers} → ${changed}`), text)
    assert.ok(text.includes(ANALYST), text)
  } finally {
    await context.close()
    await setTeachers(school, school.teachers)
  }
})

test('a municipal coordinator opening the change log gets the not-found page at the same address', async () => {
  const { context, page } = await loginAs(browser, 'coord.kerch', '/audit')
  try {
    await page.getByTestId('not-found').waitFor()
    assert.equal(page.url(), `${BASE}/audit`)
    assert.equal(await page.getByTestId('nav-audit').count(), 0)
  } finally {
    await context.close()
  }
})
