// Risk factors of project 500+, end to end: the Krasnoyarsk analyst opens «Факторы риска» from the menu, sees the ten
// demo factors with their conditions in words, adds a factor with one condition (submitted with Enter), changes its
// threshold, and tries a factor whose medium level starts below its low one: refused at the field, nothing created.
// The Lesosibirsk coordinator reads the factors without editing; the school's staff have no such page.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { BASE, apiAs, launch, loginAs, tokenFor } from './helpers.mjs'

const ANALYST = 'analyst.krasnoyarsk'
const COORDINATOR = 'coord.lesosibirsk'
const SCHOOL = 'school.lesosibirsk1'
// Unique per run, so that a database kept between runs does not confuse the test (factors cannot be deleted).
const RUN = Date.now().toString(36)
const NAME = `Высокая доля «двоек» по ВПР (автотест ${RUN})`
const REFUSED = `Фактор с неверными порогами (автотест ${RUN})`

const DEMO = [
  'Низкий уровень оснащения школы',
  'Дефицит педагогических кадров',
  'Недостаточная предметная и методическая компетентность педагогических работников',
  'Высокая доля обучающихся с рисками учебной неуспешности',
  'Низкая учебная мотивация обучающихся',
  'Низкий уровень вовлечённости родителей',
  'Пониженный уровень качества школьной образовательной и воспитательной среды',
  'Высокая доля обучающихся с ОВЗ',
  'Низкое качество преодоления языковых и культурных барьеров',
  'Несформированность внутришкольной системы повышения квалификации',
]

let browser
let region

before(async () => {
  browser = await launch()
  region = (await apiAs(ANALYST, '/api/v1/me')).regionId
})

after(async () => {
  await browser?.close()
})

/** The region's factors in the region's order (all of them: one page of the largest size). */
const factors = async (user = ANALYST) => (await apiAs(user, `/api/v1/risk-factors?regionId=${region}&size=500`)).items
/** The page shows 25 factors a page. */
const PAGE = 25
const isFactorWrite = (r) => ['POST', 'PUT'].includes(r.method()) && new URL(r.url()).pathname.startsWith('/api/v1/risk-factors')

/** The card of the factor with this name. */
const card = (page, name) => page.locator('[data-testid="factor"]').filter({ has: page.getByTestId('factor-name').getByText(name, { exact: true }) })

/** Picks the indicator of a condition row by typing its code. */
async function pickIndicator(page, code) {
  const field = page.locator('[data-testid="factor-dialog"] [data-testid="factor-condition-indicator"]').first()
  await field.locator('.v-field').click()
  await field.locator('input').fill(code)
  // A single choice closes the menu; Escape now would close the dialog.
  await page.locator('.v-overlay--active [role="option"]').filter({ hasText: `${code} — ` }).first().click()
}

test('the analyst sees the demo factors, adds one, changes its threshold; a medium level below the low one is refused', async () => {
  const existing = await factors()
  const { context, page } = await loginAs(browser, ANALYST, '/')
  try {
    await page.getByTestId('nav-risk-factors').click()
    await page.waitForURL(/\/risk-factors$/)
    await page.locator('[data-testid="risk-factors-page"][data-loading="false"] [data-testid="factor"]').first().waitFor()
    assert.equal((await page.getByTestId('page-title').innerText()).trim(), 'Факторы риска')
    const names = (await page.getByTestId('factor-name').allInnerTexts()).map((s) => s.trim())
    assert.deepEqual(names, existing.slice(0, PAGE).map((f) => f.name), 'the region’s factors in their order, the first page of them')
    for (const name of DEMO) assert.ok(names.includes(name), `the demo factor «${name}» is shown`)

    const staff = card(page, 'Дефицит педагогических кадров')
    assert.deepEqual(
      (await staff.getByTestId('factor-condition-text').allInnerTexts()).map((s) => s.trim()),
      ['ST_VAC ≥ 2 — вес 2', 'ST_AGE ≥ 30 — вес 1', 'ST_TURNOVER ≥ 15 — вес 1'],
    )
    assert.deepEqual(
      (await staff.getByTestId('factor-level').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim()),
      ['низкий от 1', 'средний от 2', 'высокий от 3'],
    )

    // A new factor with one condition; Enter in the last field submits the form.
    const dialog = page.getByTestId('factor-dialog')
    await page.getByTestId('factor-add').click()
    await page.locator('[data-testid="factor-form-name"] input').fill(NAME)
    await pickIndicator(page, 'VPR_F2')
    await page.locator('[data-testid="factor-condition-threshold"] input').fill('30')
    await page.locator('[data-testid="factor-condition-weight"] input').fill('2')
    assert.match(await page.getByTestId('factor-preview').innerText(), /VPR_F2 ≥ 30 — вес 2 \(максимум 2\)/)
    const posted = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/risk-factors')
    await page.locator('[data-testid="factor-condition-weight"] input').press('Enter')
    assert.equal((await posted).status(), 201)
    await dialog.waitFor({ state: 'hidden' })
    await page.getByTestId('factors-notice').filter({ hasText: `Фактор «${NAME}» сохранён` }).waitFor()
    const created = card(page, NAME)
    await created.waitFor()
    assert.equal(await created.getAttribute('data-position'), String(existing.length + 1), 'added after the others')
    assert.deepEqual((await created.getByTestId('factor-condition-text').allInnerTexts()).map((s) => s.trim()), ['VPR_F2 ≥ 30 — вес 2'])
    const saved = (await factors()).find((f) => f.name === NAME)
    assert.deepEqual(saved.conditions, [{ indicatorCode: 'VPR_F2', operator: 'GE', threshold: 30, weight: 2 }])
    assert.deepEqual([saved.lowAt, saved.mediumAt, saved.highAt], [1, 2, 3])

    // Its threshold changed: 30 → 35.
    await created.getByTestId('factor-edit').click()
    const threshold = page.locator('[data-testid="factor-dialog"] [data-testid="factor-condition-threshold"] input')
    assert.equal(await threshold.inputValue(), '30')
    await threshold.fill('35')
    const put = page.waitForResponse((r) => r.request().method() === 'PUT' && new URL(r.url()).pathname === `/api/v1/risk-factors/${saved.id}`)
    await page.getByTestId('factor-save').click()
    const putResponse = await put
    assert.equal(putResponse.status(), 200)
    assert.equal(JSON.parse(putResponse.request().postData()).version, saved.version, 'the change carries the version it was made on')
    await dialog.waitFor({ state: 'hidden' })
    await created.getByTestId('factor-condition-text').filter({ hasText: 'VPR_F2 ≥ 35 — вес 2' }).waitFor()
    const changed = (await factors()).find((f) => f.id === saved.id)
    assert.equal(changed.conditions[0].threshold, 35)
    assert.ok(changed.version > saved.version)

    // The medium level starting below the low one: refused at the field, nothing sent, nothing created.
    const writes = []
    page.on('request', (r) => isFactorWrite(r) && writes.push(r))
    await page.getByTestId('factor-add').click()
    await page.locator('[data-testid="factor-form-name"] input').fill(REFUSED)
    await pickIndicator(page, 'VPR_F2')
    await page.locator('[data-testid="factor-condition-threshold"] input').fill('10')
    await page.locator('[data-testid="factor-lowAt"] input').fill('3')
    await page.locator('[data-testid="factor-mediumAt"] input').fill('2')
    await page.locator('[data-testid="factor-highAt"] input').fill('4')
    await page.getByTestId('factor-save').click()
    await page.locator('[data-testid="factor-mediumAt"]').getByText('Должен быть не ниже порога низкого уровня (3)').waitFor()
    await page.getByTestId('factor-message').getByText('Исправьте отмеченные поля').waitFor()
    assert.equal(await dialog.isVisible(), true, 'the dialog stays open with the form as typed')
    await page.locator('[data-testid="factor-mediumAt"] input').press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    assert.deepEqual(writes, [], 'nothing was sent')
    const after = await factors()
    assert.equal(after.length, existing.length + 1)
    assert.ok(!after.some((f) => f.name === REFUSED))
    assert.equal(await card(page, REFUSED).count(), 0)

    // The server refuses the same factor with the same field named, should a client skip the check.
    const response = await fetch(`${BASE}/api/v1/risk-factors`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await tokenFor(ANALYST)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        regionId: region,
        name: REFUSED,
        conditions: [{ indicatorCode: 'VPR_F2', operator: 'GE', threshold: 10, weight: 1 }],
        lowAt: 3,
        mediumAt: 2,
        highAt: 4,
      }),
    })
    assert.equal(response.status, 400)
    assert.deepEqual((await response.json()).errors.map((e) => e.field), ['mediumAt'])
    assert.equal((await factors()).length, existing.length + 1)
  } finally {
    await context.close()
  }
})

test('the coordinator reads the factors without editing', async () => {
  const { context, page } = await loginAs(browser, COORDINATOR, '/')
  try {
    await page.getByTestId('nav-risk-factors').click()
    await page.locator('[data-testid="risk-factors-page"][data-loading="false"] [data-testid="factor"]').first().waitFor()
    const api = await factors(COORDINATOR)
    assert.equal(await page.getByTestId('factor').count(), Math.min(api.length, PAGE))
    await card(page, 'Дефицит педагогических кадров').waitFor()
    await page.getByTestId('factors-read-only').waitFor()
    assert.equal(await page.getByTestId('factor-add').count(), 0)
    assert.equal(await page.getByTestId('factor-edit').count(), 0)
  } finally {
    await context.close()
  }
})

test('school staff have no risk factors page: not in the menu, the not-found page at its address', async () => {
  const { context, page } = await loginAs(browser, SCHOOL, '/risk-factors')
  try {
    await page.getByTestId('not-found').waitFor()
    assert.equal(page.url(), `${BASE}/risk-factors`)
    assert.equal(await page.getByTestId('nav-risk-factors').count(), 0)
    assert.equal(await page.getByTestId('factor-add').count(), 0)
  } finally {
    await context.close()
  }
})
