// Analysis, end to end: the region's analyst analyses the published Lesosibirsk campaign against the whole campaign,
// finds the weak schools, opens the weakest one; the municipality's coordinator opens the same run from its link.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { BASE, apiAs, launch, loginAs, number } from './helpers.mjs'

const ANALYST = 'analyst.krasnoyarsk'
const COORDINATOR = 'coord.lesosibirsk'
const CAMPAIGN = 'Мониторинг показателей программы повышения качества образования в ШНОР и ШНСУ'

let browser
let campaign
/** The run the analyst made: its address, to be shared. */
let runUrl

before(async () => {
  browser = await launch()
  const list = await apiAs(ANALYST, `/api/v1/campaigns?q=${encodeURIComponent(CAMPAIGN)}`)
  const summary = list.items.find((c) => c.name === CAMPAIGN)
  assert.ok(summary, `${ANALYST} sees the campaign «${CAMPAIGN}»`)
  campaign = await apiAs(ANALYST, `/api/v1/campaigns/${summary.id}`)
})

after(async () => {
  await browser?.close()
})

/** Picks the option of a Vuetify select by its visible text, and checks that the select shows it. */
async function choose(page, testId, option) {
  await page.locator(`[data-testid="${testId}"] .v-field`).click()
  await page.locator('.v-overlay--active [role="option"]').filter({ hasText: option }).first().click()
  await page.locator(`[data-testid="${testId}"] .v-select__selection`).filter({ hasText: option }).waitFor()
}

test('the analyst runs the analysis against the whole campaign and finds the weak schools', async () => {
  const { context, page } = await loginAs(browser, ANALYST, '/monitoring/campaigns')
  try {
    await page.locator('[data-testid="campaign-link"]').filter({ hasText: CAMPAIGN }).click()
    await page.getByTestId('campaign-card').waitFor()
    await page.getByTestId('campaign-analysis').click()
    await page.waitForURL((url) => url.pathname === `/monitoring/campaigns/${campaign.id}/analysis`)
    // The runs are read after the campaign: until then the settings panel does not know whether to be open.
    await page.locator('[data-testid="analysis-page"][data-loading="false"]').waitFor()

    // The settings are open for a first run, folded once there are runs: open them either way.
    const settings = page.getByTestId('analysis-settings')
    if (!(await settings.isVisible())) await page.locator('[data-testid="analysis-settings-panel"] .v-expansion-panel-title').click()
    await settings.waitFor()
    assert.equal(await page.locator('[data-testid="settings-weight-RESULTS"] input').inputValue(), '50')
    await choose(page, 'settings-comparison', 'Весь мониторинг')
    // The demo has a run of this campaign already (EffectDemo: the clusters of the effect of Lesosibirsk's list).
    const earlier = (await apiAs(ANALYST, `/api/v1/campaigns/${campaign.id}/analyses`)).map((r) => String(r.id))
    await page.getByTestId('analysis-start').click()

    await page.getByTestId('analysis-message').filter({ hasText: 'Анализ выполнен' }).waitFor()
    await page.waitForURL((url) => /^\d+$/.test(url.searchParams.get('run') ?? '') && !earlier.includes(url.searchParams.get('run')))
    runUrl = page.url()
    const runId = new URL(runUrl).searchParams.get('run')
    await page.locator(`[data-testid="analysis-run"][data-run="${runId}"]`).waitFor()
    await page.getByTestId('analysis-run-meta').filter({ hasText: 'Сравнение: Весь мониторинг' }).waitFor()
    assert.equal(await page.locator('[data-testid="analysis-run"]').getAttribute('data-current'), 'true')

    // 12 schools ranked, 2 of them in the weak position.
    await page.locator('[data-testid="analysis-schools"][data-loading="false"]').waitFor()
    assert.equal(await page.getByTestId('analysis-schools-total').getAttribute('data-total'), '12')
    assert.equal(number(await page.getByTestId('positions-WEAK-value').textContent()), 2)
    const ranks = (await page.locator('[data-testid="row-rank"]').allTextContents()).map(number)
    assert.deepEqual(ranks, Array.from({ length: 12 }, (_, i) => i + 1))

    // The weak ones only, from their tile.
    await page.getByTestId('positions-WEAK').click()
    await page.locator('[data-testid="analysis-schools"][data-loading="false"] [data-testid="analysis-schools-total"][data-total="2"]').waitFor()
    const chips = await page.locator('[data-testid="analysis-table"] [data-testid="position-chip"]').evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-position'), e.getAttribute('data-reason')]),
    )
    assert.equal(chips.length, 2)
    for (const [position, reason] of chips) {
      assert.equal(position, 'WEAK')
      assert.match(reason, /слабая позиция/)
    }

    // The weakest school: the last rank.
    const weakest = page.locator('[data-testid="analysis-table"] tbody tr').last()
    assert.equal(number(await weakest.getByTestId('row-rank').textContent()), 12)
    const name = (await weakest.getByTestId('analysis-school-link').textContent()).trim()
    await weakest.getByTestId('analysis-school-link').click()
    await page.getByTestId('analysis-school').waitFor()
    assert.equal((await page.getByTestId('page-title').textContent()).trim(), name)
    assert.equal(await page.locator('[data-testid="analysis-school-header"] [data-testid="position-chip"]').getAttribute('data-position'), 'WEAK')
    assert.equal((await page.getByTestId('school-rank').textContent()).trim(), 'Место 12 из 12')
    // The radar is drawn (a canvas with a size), the indicator table has the campaign's indicators.
    const canvas = page.locator('[data-testid="radar-chart"] canvas')
    await canvas.waitFor()
    const box = await canvas.boundingBox()
    assert.ok(box && box.width > 100 && box.height > 100, `the radar has a size: ${JSON.stringify(box)}`)
    const rows = await page.locator('[data-testid="indicator-table"] tr[data-row="indicator"]').count()
    assert.equal(rows, campaign.indicators.length)
    await page.locator('[data-testid="indicator-table"] [data-testid="score"]').first().waitFor()
    await page.getByTestId('school-signals').filter({ hasText: 'Сигналы для проверки' }).waitFor()
  } finally {
    await context.close()
  }
})

test("the coordinator opens the same run from its link and sees the municipality's schools", async () => {
  assert.ok(runUrl, 'the analyst made a run')
  const path = runUrl.slice(BASE.length)
  const { context, page } = await loginAs(browser, COORDINATOR, path)
  try {
    const runId = new URL(runUrl).searchParams.get('run')
    await page.locator(`[data-testid="analysis-run"][data-run="${runId}"]`).waitFor()
    assert.equal(new URL(page.url()).searchParams.get('run'), runId)
    await page.locator('[data-testid="analysis-schools"][data-loading="false"]').waitFor()
    // All 12 schools of the campaign are Lesosibirsk's.
    assert.equal(await page.getByTestId('analysis-schools-total').getAttribute('data-total'), '12')
    const municipalities = new Set(
      await page.locator('[data-testid="analysis-table"] tbody tr td:nth-child(3)').allTextContents(),
    )
    assert.deepEqual([...municipalities].map((m) => m.trim()), ['Городской округ город Лесосибирск'])
    assert.equal(number(await page.getByTestId('positions-WEAK-value').textContent()), 2)
  } finally {
    await context.close()
  }
})
