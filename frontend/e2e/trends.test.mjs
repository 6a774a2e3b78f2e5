// Trends and the comparison of municipalities with the demo's real numbers: the Krasnoyarsk analyst follows success
// rate across Лесосибирск's published monitorings; its coordinator and school №1 see their own trend and nothing of
// another school; the Crimean analyst compares Керчь and Феодосия, sorts, reads the chart and the ordered list; the
// Kerch coordinator sees Kerch's row and the region's total only.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs, tokenFor, BASE } from './helpers.mjs'

const CODE = 'SUCC_RATE'
const SHOTS = process.env.E2E_SHOTS || '/tmp/shots'
let browser

before(async () => {
  browser = await launch()
})

after(async () => {
  await browser?.close()
})

const loaded = (page, id) => page.locator(`[data-testid="${id}"][data-loading="false"]`).waitFor()
const ru = (x, digits) => x.toLocaleString('ru-RU', { maximumFractionDigits: digits, minimumFractionDigits: 0 })
const interval = (i, digits, unit = '') => `${ru(i.estimate, digits)}${unit} (${ru(i.low, digits)}–${ru(i.high, digits)})`

async function indicatorOf(user, regionId) {
  const page = await apiAs(user, `/api/v1/indicators?regionId=${regionId}&q=${CODE}&size=50`)
  return page.items.find((i) => i.code === CODE)
}

async function chooseMeasure(page, code) {
  await page.getByTestId('trends-measure').locator('input').fill(code)
  await page.locator('.v-overlay--active .v-list-item', { hasText: code }).first().click()
}

async function status(user, path) {
  const response = await fetch(BASE + path, { headers: { Authorization: `Bearer ${await tokenFor(user)}` } })
  return response.status
}

test('the analyst follows success rate across the region’s campaigns: the band, the means with intervals, the verdicts', async () => {
  const me = await apiAs('analyst.krasnoyarsk', '/api/v1/me')
  const indicator = await indicatorOf('analyst.krasnoyarsk', me.regionId)
  const trend = await apiAs('analyst.krasnoyarsk', `/api/v1/trends?indicatorId=${indicator.id}&regionId=${me.regionId}`)
  assert.ok(trend.points.length >= 3, 'Krasnoyarsk has several published monitorings asking success rate')
  const { context, page } = await loginAs(browser, 'analyst.krasnoyarsk', '/trends')
  try {
    await page.getByTestId('empty-state').waitFor()
    await chooseMeasure(page, CODE)
    await page.getByTestId('trend-table').waitFor()
    await loaded(page, 'trends-page')
    const rows = page.locator('[data-testid="trend-table"] tbody tr')
    assert.equal(await rows.count(), trend.points.length)
    for (const p of trend.points) {
      const row = page.getByTestId(`trend-row-${p.campaignId}`)
      assert.equal((await row.getByTestId('trend-schools').innerText()).trim(), String(p.schools))
      assert.equal((await row.getByTestId('trend-mean').innerText()).trim(), interval(p.mean, 0, ' %'))
      assert.equal((await row.getByTestId('trend-share').innerText()).trim(), interval(p.share, 0, ' %'))
      if (p.change) assert.equal((await row.getByTestId(`trend-change-${p.campaignId}`).innerText()).trim(), p.change.text)
    }
    await page.getByTestId('trend-chart').locator('canvas').waitFor()
    assert.match(await page.getByTestId('trend-method').innerText(), /Уилсон/)
    await page.getByTestId('uncertainty-note').waitFor()
    await page.waitForTimeout(1500) // the chart draws its lines in over a second
    await page.screenshot({ path: `${SHOTS}/trends-analyst.png`, fullPage: true })

    // Лесосибирск alone: the region's quartiles beside it
    await page.getByTestId('trends-kind-MUNICIPALITY').click()
    await page.getByTestId('trends-municipality').locator('input').fill('Лесосибирск')
    await page.locator('.v-overlay--active .v-list-item', { hasText: 'Лесосибирск' }).first().click()
    await page.getByTestId('trend-subject').filter({ hasText: 'Лесосибирск' }).waitFor()
  } finally {
    await context.close()
  }
})

test('the coordinator follows their municipality and its school; another municipality’s school is not found', async () => {
  const me = await apiAs('coord.lesosibirsk', '/api/v1/me')
  const indicator = await indicatorOf('coord.lesosibirsk', me.regionId)
  const trend = await apiAs('coord.lesosibirsk', `/api/v1/trends?indicatorId=${indicator.id}&municipalityId=${me.municipalityId}`)
  const { context, page } = await loginAs(browser, 'coord.lesosibirsk', '/trends')
  try {
    assert.equal(await page.getByTestId('trends-kind-REGION').count(), 0, 'no region for a coordinator')
    await chooseMeasure(page, CODE)
    await page.getByTestId('trend-subject').filter({ hasText: 'Лесосибирск' }).waitFor()
    await loaded(page, 'trends-page')
    const first = trend.points[0]
    assert.equal((await page.getByTestId(`trend-row-${first.campaignId}`).getByTestId('trend-mean').innerText()).trim(), interval(first.mean, 0, ' %'))
  } finally {
    await context.close()
  }
  const kerch = (await apiAs('coord.kerch', '/api/v1/me')).municipalityId
  assert.equal(await status('coord.lesosibirsk', `/api/v1/trends?indicatorId=${indicator.id}&municipalityId=${kerch}`), 404)
})

test('school staff see their own school beside the region’s quartiles, and no other school', async () => {
  const me = await apiAs('school.lesosibirsk1', '/api/v1/me')
  const indicator = await indicatorOf('school.lesosibirsk1', me.regionId)
  const trend = await apiAs('school.lesosibirsk1', `/api/v1/trends?indicatorId=${indicator.id}`)
  assert.equal(trend.subjectKind, 'SCHOOL')
  assert.equal(trend.subjectId, me.schoolId)
  const { context, page } = await loginAs(browser, 'school.lesosibirsk1', '/trends')
  try {
    assert.equal(await page.getByTestId('trends-kind').count(), 0, 'a school has no choice of group')
    await chooseMeasure(page, CODE)
    await page.getByTestId('trend-table').waitFor()
    await loaded(page, 'trends-page')
    const withValue = trend.points.find((p) => p.valueInterval)
    assert.ok(withValue, 'the school handed in success rate with its sample')
    assert.equal(
      (await page.getByTestId(`trend-row-${withValue.campaignId}`).getByTestId('trend-value').innerText()).trim(),
      interval(withValue.valueInterval, 0, ' %'),
    )
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `${SHOTS}/trends-school.png`, fullPage: true })
  } finally {
    await context.close()
  }
  const other = (await apiAs('analyst.krasnoyarsk', `/api/v1/schools?municipalityId=${me.municipalityId}&size=5`)).items.find((s) => s.id !== me.schoolId)
  assert.equal(await status('school.lesosibirsk1', `/api/v1/trends?indicatorId=${indicator.id}&schoolId=${other.id}`), 404)
  assert.equal(await status('school.lesosibirsk1', `/api/v1/trends?indicatorId=${indicator.id}&municipalityId=${me.municipalityId}`), 404)
})

/** A campaign of Crimea's schools whose latest analysis placed schools of Керчь and Феодосия. */
async function comparedCampaign() {
  const campaigns = (await apiAs('analyst.crimea', '/api/v1/campaigns?size=50&respondent=SCHOOL')).items
  for (const c of campaigns) {
    const runs = await apiAs('analyst.crimea', `/api/v1/campaigns/${c.id}/analyses`)
    if (!runs.length) continue
    const comparison = await apiAs('analyst.crimea', `/api/v1/campaigns/${c.id}/municipality-comparison`)
    if (comparison.rows.length >= 2) return comparison
  }
  throw new Error('no analysed Crimean campaign with two municipalities')
}

test('the analyst compares the municipalities: shares with intervals, sorted, as a chart and in order; the coordinator sees their row', async () => {
  const comparison = await comparedCampaign()
  const { context, page } = await loginAs(browser, 'analyst.crimea', `/monitoring/campaigns/${comparison.campaignId}/comparison`)
  try {
    await page.getByTestId('comparison-table').waitFor()
    await loaded(page, 'comparison-page')
    for (const r of comparison.rows) {
      const row = page.getByTestId(`comparison-row-${r.municipalityId}`)
      const weak = r.weak ? `${interval(r.weak, 0, ' %')} · ${r.weakCount}` : '—'
      assert.equal((await row.getByTestId('comparison-weak').innerText()).trim(), weak)
    }
    assert.match(await page.getByTestId('comparison-region').innerText(), /Всего по субъекту/)
    // sorted by the number of schools, most first, as the API sorts
    const sorted = await apiAs('analyst.crimea', `/api/v1/campaigns/${comparison.campaignId}/municipality-comparison?sort=-schools`)
    await page.locator('[data-testid="comparison-table"] th', { hasText: 'Школ' }).first().click()
    await loaded(page, 'comparison-page')
    await page.locator('[data-testid="comparison-table"] th', { hasText: 'Школ' }).first().click()
    await page.waitForFunction(
      (first) => document.querySelector('[data-testid="comparison-table"] tbody tr')?.getAttribute('data-testid') === `comparison-row-${first}`,
      sorted.rows[0].municipalityId,
    )
    await page.screenshot({ path: `${SHOTS}/trends-comparison.png`, fullPage: true })
    await page.getByTestId('comparison-view-chart').click()
    await page.getByTestId('comparison-chart').locator('canvas').waitFor()
    await page.getByTestId('comparison-view-list').click()
    assert.equal(await page.getByTestId('comparison-list').locator('li').count(), comparison.rows.length)
    const download = page.waitForEvent('download')
    await page.getByTestId('comparison-export').click()
    assert.match((await download).suggestedFilename(), /municipality-comparison-\d+\.xlsx/)
  } finally {
    await context.close()
  }

  const kerch = await apiAs('coord.kerch', `/api/v1/campaigns/${comparison.campaignId}/municipality-comparison`)
  assert.equal(kerch.rows.length, 1)
  const coordinator = await loginAs(browser, 'coord.kerch', `/monitoring/campaigns/${comparison.campaignId}/comparison`)
  try {
    await coordinator.page.getByTestId('comparison-table').waitFor()
    assert.equal(await coordinator.page.locator('[data-testid^="comparison-row-"]').count(), 1)
    await coordinator.page.getByTestId('comparison-hidden').waitFor()
    assert.equal(await status('school.kerch1', `/api/v1/campaigns/${comparison.campaignId}/municipality-comparison`), 403)
  } finally {
    await coordinator.context.close()
  }
})
