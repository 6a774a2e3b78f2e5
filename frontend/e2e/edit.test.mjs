// Editing a school: a server validation error appears next to its field, then a correct save.
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
const INN = '9181989414' // МБОУ СОШ №3, Феодосия: no other test reads its principal

/** Puts the school back as it was, whatever the test left. */
async function restore(original) {
  const current = await schoolByInn(ANALYST, original.inn)
  const input = {
    inn: original.inn,
    shortName: original.shortName,
    fullName: original.fullName,
    type: original.type,
    settlement: original.settlement,
    address: original.address,
    principal: original.principal,
    pupils: original.pupils,
    teachers: original.teachers,
    municipalityId: original.municipalityId,
    version: current.version,
  }
  await apiAs(ANALYST, `/api/v1/schools/${current.id}`, { method: 'PUT', body: JSON.stringify(input) })
}

test('an INN with a wrong check digit is shown at the INN field; a corrected form saves', async () => {
  const original = await schoolByInn(ANALYST, INN)
  const { context, page } = await loginAs(browser, ANALYST, `/schools/${original.id}`)
  try {
    await page.getByTestId('school-card').waitFor()
    await page.getByTestId('school-edit').click()
    await page.waitForURL(/\/edit$/)
    const inn = page.locator('[data-testid="field-inn"] input')
    await inn.waitFor()
    assert.equal(await inn.inputValue(), INN)

    // Ten digits pass the form's own rule; the server rejects the check digit.
    await inn.fill('1234567890')
    await inn.press('Enter')
    const innMessages = page.locator('[data-testid="field-inn"] .v-messages')
    await innMessages.filter({ hasText: /контрольн/i }).waitFor()
    assert.match(page.url(), /\/edit$/, 'still editing')
    assert.equal(await page.locator('[data-testid="field-principal"] .v-messages').textContent(), '')

    // Correct it and change the principal: saved, back on the card.
    const principal = `Тестова Анна Сергеевна ${Date.now() % 100000}`
    await inn.fill(INN)
    await page.locator('[data-testid="field-principal"] input').fill(principal)
    await page.getByTestId('form-save').click()
    await page.waitForURL(`${BASE}/schools/${original.id}`)
    await page.getByTestId('school-card').waitFor()
    assert.equal((await page.getByTestId('field-principal').textContent()).trim(), principal)

    // The change history shows was → now.
    await page.getByTestId('school-history').filter({ hasText: principal }).waitFor()
    const history = await page.getByTestId('school-history').textContent()
    assert.ok(history.includes(`${original.principal} → ${principal}`), history)
  } finally {
    await context.close()
    await restore(original)
  }
})
