// Honest uncertainty: the Crimean analyst opens the region's overview (changes with their intervals and verdicts, the
// municipalities behind with links) and a run's table whose ranks come with the range they could take; the Kerch
// coordinator is refused the region's overview; a Kerch school sees the interval of its own shares on its analysis page.
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

const SHOTS = '/tmp/shots'
const CAMPAIGN = 'Ежегодный мониторинг по выявлению ШНОР'
let browser
let region
let run

before(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launch()
  const me = await apiAs('analyst.crimea', '/api/v1/me')
  region = me.regionId
  // a fresh run of the Crimean monitoring, so that it has rank ranges whatever runs the demo made before
  const campaigns = await apiAs('analyst.crimea', `/api/v1/campaigns?q=${encodeURIComponent(CAMPAIGN)}`)
  const campaign = campaigns.items.find((c) => c.name === CAMPAIGN)
  run = await apiAs('analyst.crimea', `/api/v1/campaigns/${campaign.id}/analyses`, {
    method: 'POST',
    body: JSON.stringify({ comparison: 'REGION' }),
  })
})

after(async () => {
  await browser?.close()
})

test('the analyst reads the overview: changes with intervals and verdicts, the municipalities behind with links', async () => {
  const overview = await apiAs('analyst.crimea', `/api/v1/regions/${region}/overview`)
  const { context, page } = await loginAs(browser, 'analyst.crimea', `/regions/${region}`)
  try {
    await page.getByTestId('region-overview-link').click()
    await page.getByTestId('region-overview').waitFor()
    assert.match(page.url(), new RegExp(`/regions/${region}/overview$`))
    if (overview.changes.length) {
      const first = overview.changes[0]
      const row = page.getByTestId(`change-${first.code}`)
      if (first.meanAfter) assert.match(await row.getByTestId('change-mean-after').innerText(), /\(.+–.+\)/)
      if (first.verdict) {
        const words = { BETTER: 'лучше', WORSE: 'хуже', NOT_PROVEN: 'разница не доказана' }
        assert.equal((await row.getByTestId('change-verdict').innerText()).trim(), words[first.verdict])
      }
    } else {
      await page.getByText('Закрытых мониторингов субъекта ещё нет').waitFor()
    }
    const behind = overview.plans[0] ?? overview.reports[0] ?? overview.submissions[0]
    if (behind) {
      await page.locator(`[data-municipality="${behind.municipalityId}"] a`).first().waitFor()
    }
    await page.getByTestId('uncertainty-note').first().click()
    await page.getByText('95').first().waitFor()
    await page.screenshot({ path: `${SHOTS}/uncertainty-overview-analyst.png`, fullPage: true })
  } finally {
    await context.close()
  }
})

test('the analyst’s run table gives a rank with the range it could take', async () => {
  const rows = await apiAs('analyst.crimea', `/api/v1/analyses/${run.id}/schools?sort=rank&size=50`)
  const ranged = rows.items.find((r) => r.rank != null && r.rankLow != null && r.rankLow !== r.rankHigh)
  assert.ok(ranged, 'some school of the Crimean run has a rank range')
  const { context, page } = await loginAs(browser, 'analyst.crimea', `/monitoring/campaigns/${run.campaignId}/analysis?run=${run.id}`)
  try {
    await page.locator('[data-testid="analysis-schools"][data-loading="false"]').waitFor()
    await page.getByTestId('row-rank-range').first().waitFor()
    const ranges = await page.getByTestId('row-rank-range').allInnerTexts()
    assert.ok(ranges.some((r) => /^\(\d+–\d+\)$/.test(r.trim())), `ranges shown: ${ranges.join(', ')}`)
    await page.screenshot({ path: `${SHOTS}/uncertainty-run-table-analyst.png`, fullPage: true })
  } finally {
    await context.close()
  }
})

test('the coordinator is refused the region’s overview and sees no link to it', async () => {
  const { context, page } = await loginAs(browser, 'coord.kerch', `/regions/${region}`)
  try {
    await page.locator('[data-testid="region-card"], [data-testid="not-found"], h1').first().waitFor()
    assert.equal(await page.getByTestId('region-overview-link').count(), 0)
    await page.goto(page.url().replace(/\/regions\/.*$/, `/regions/${region}/overview`))
    await page.getByTestId('error-state').waitFor()
    assert.equal(await page.getByTestId('region-overview').count(), 0)
    await page.screenshot({ path: `${SHOTS}/uncertainty-overview-coordinator.png`, fullPage: true })
  } finally {
    await context.close()
  }
})

test('school staff see the interval of their own shares on their analysis page', async () => {
  const me = await apiAs('school.kerch1', '/api/v1/me')
  // the latest campaign in which the school's data was accepted, analysed afresh
  const accepted = (await apiAs('school.kerch1', '/api/v1/submissions?size=50')).items.filter((s) => s.status === 'ACCEPTED')
  const campaignId = accepted[accepted.length - 1].campaignId
  const run = await apiAs('analyst.crimea', `/api/v1/campaigns/${campaignId}/analyses`, { method: 'POST', body: JSON.stringify({ comparison: 'REGION' }) })
  const school = await apiAs('school.kerch1', `/api/v1/analyses/${run.id}/schools/${me.schoolId}`)
  const withInterval = school.indicators.find((i) => i.interval)
  assert.ok(withInterval, 'the school has a share with its sample')
  const { context, page } = await loginAs(browser, 'school.kerch1', `/monitoring/analyses/${run.id}/schools/${me.schoolId}`)
  try {
    const value = page.getByTestId(`indicator-${withInterval.code}`).getByTestId('indicator-value')
    await value.waitFor()
    assert.match(await value.innerText(), /\d+ % \(\d+–\d+\)/)
    if (withInterval.versusRegion) {
      const words = { BELOW: 'ниже медианы региона', ABOVE: 'выше медианы региона', NOT_PROVEN: 'отличие не доказано' }
      assert.equal((await value.getByTestId('indicator-versus').innerText()).trim(), words[withInterval.versusRegion])
    }
    await page.screenshot({ path: `${SHOTS}/uncertainty-school-staff.png`, fullPage: true })
  } finally {
    await context.close()
  }
})
