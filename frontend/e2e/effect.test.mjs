// The effect of support, end to end, on the demo data: the Krasnoyarsk analyst opens Lesosibirsk's approved ШНОР list
// of 2021 and reads its «Эффективность»: each indicator before and after for the listed schools and their comparison
// group, the difference in differences with its interval and a verdict (or the reason for none), the chart of the path
// over time, the method in words, and downloads the table as XLSX. The Lesosibirsk coordinator reads the same answer on
// the list and on the municipality's page, with the schools of the town by name.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

const ANALYST = 'analyst.krasnoyarsk'
const COORDINATOR = 'coord.lesosibirsk'

let browser
let list

before(async () => {
  browser = await launch()
  const approved = await apiAs(ANALYST, '/api/v1/school-lists?kind=LOW_RESULTS&year=2021&status=APPROVED')
  list = approved.items.find((l) => l.title === 'Перечень ШНОР г. Лесосибирска на 2021 год')
  assert.ok(list, 'the demo has Lesosibirsk’s approved ШНОР list of 2021')
})

after(async () => {
  await browser?.close()
})

/** The difference in differences as the page writes it: «+4,3 (1,6…6,9)». */
function didText(r) {
  const one = (n) => Math.abs(n).toLocaleString('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const sign = (n) => (n > 0 ? '+' : n < 0 ? '−' : '')
  return `${sign(r.did)}${one(r.did)} (${sign(r.low) === '−' ? '−' : ''}${one(r.low)}…${sign(r.high) === '−' ? '−' : ''}${one(r.high)})`
}

async function effectOf(page) {
  const panel = page.locator('[data-testid="effect"][data-loading="false"]')
  await panel.getByTestId('effect-table').waitFor()
  return panel
}

test('the analyst reads the effect of Lesosibirsk’s ШНОР list: numbers, an interval, a verdict, the path, the method, XLSX', async () => {
  const api = await apiAs(ANALYST, `/api/v1/school-lists/${list.id}/effect`)
  assert.equal(api.reason, null, 'the demo gives an answer')
  assert.equal(api.before.academicYear, '2020/2021')
  assert.equal(api.after.academicYear, '2022/2023')
  const { context, page } = await loginAs(browser, ANALYST, `/lists/${list.id}`)
  try {
    const panel = await effectOf(page)
    assert.match(await panel.getByTestId('effect-start').innerText(), /21\.12\.2020[\s\S]*приказ № 412/)
    assert.match(await panel.getByTestId('effect-comparison').innerText(), /кластер/)
    const rows = panel.getByTestId('effect-row')
    assert.equal(await rows.count(), api.rows.length)
    const success = api.rows.find((r) => r.code === 'SUCC_RATE')
    const row = panel.locator('[data-testid="effect-row"][data-code="SUCC_RATE"]')
    assert.equal((await row.getByTestId('effect-did').innerText()).trim(), didText(success))
    assert.equal(await row.getAttribute('data-verdict'), success.verdict)
    assert.equal((await row.getByTestId('effect-verdict').innerText()).trim(), success.verdictText ?? success.reason)
    assert.ok(api.rows.some((r) => r.verdict === 'BETTER'), 'the listed schools improved more on some indicator')
    assert.match(await panel.getByTestId('effect-method').innerText(), /95[\s\S]*Уэлч/)
    assert.match(await panel.getByTestId('effect-exits').innerText(), /Из 4 школ/)

    // the path over time follows the indicator picked for the chart
    const chart = panel.getByTestId('effect-chart')
    assert.equal(await chart.getAttribute('data-code'), api.path.code)
    await panel.locator('[data-testid="effect-indicator"] .v-field').click()
    await page.locator('.v-overlay--active [role="option"]').filter({ hasText: '(SUCC_RATE)' }).click()
    await panel.locator('[data-testid="effect-chart"][data-code="SUCC_RATE"]').waitFor()

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('effect-xlsx').click()])
    assert.match(download.suggestedFilename(), /^effect-list-\d+\.xlsx$/)
  } finally {
    await context.close()
  }
})

test('the coordinator reads the same answer on the list and on the town’s page', async () => {
  const api = await apiAs(COORDINATOR, `/api/v1/school-lists/${list.id}/effect`)
  const { context, page } = await loginAs(browser, COORDINATOR, `/lists/${list.id}`)
  try {
    const panel = await effectOf(page)
    const first = api.rows[0]
    assert.equal((await panel.locator(`[data-testid="effect-row"][data-code="${first.code}"] [data-testid="effect-did"]`).innerText()).trim(),
      didText(first))
    const me = await apiAs(COORDINATOR, '/api/v1/me')
    const town = await apiAs(COORDINATOR, `/api/v1/municipalities/${me.municipalityId}/effect`)
    assert.equal(town.reason, null)
    // the list's schools at least (a list approved by another browser test may add its own)
    assert.ok(town.supportedSchools >= api.supportedSchools, `${town.supportedSchools} supported in the town`)
    await page.goto(page.url().replace(/\/lists\/\d+$/, `/municipalities/${me.municipalityId}`))
    const townPanel = await effectOf(page)
    assert.equal(await townPanel.getByTestId('effect-row').count(), town.rows.length)
    const verdicts = await townPanel.getByTestId('effect-verdict').allInnerTexts()
    assert.ok(verdicts.every((v) => v.trim().length > 0), 'each indicator has a verdict or the reason for none')
  } finally {
    await context.close()
  }
})
