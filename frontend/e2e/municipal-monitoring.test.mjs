// Monitoring of municipalities (seed 001 п. 4.2.3), end to end: Kerch's coordinator fills in the municipality's form in
// the Crimean campaign of municipalities and hands it in; the regional analyst finds it in the campaign's progress and
// accepts it. A school sees no such campaign.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

const COORDINATOR = 'coord.kerch'
const ANALYST = 'analyst.crimea'
const SCHOOL = 'school.kerch1'

let browser
let campaign // CampaignView of the open Crimean campaign of municipalities
let kerch // the coordinator's municipality id
let submissionApi

before(async () => {
  browser = await launch()
  kerch = (await apiAs(COORDINATOR, '/api/v1/me')).municipalityId
  const list = await apiAs(ANALYST, '/api/v1/campaigns?respondent=MUNICIPALITY&status=OPEN&q=' + encodeURIComponent('на муниципальном уровне'))
  assert.ok(list.items.length, `${ANALYST} sees the open campaign of municipalities`)
  campaign = await apiAs(ANALYST, `/api/v1/campaigns/${list.items[0].id}`)
  submissionApi = `/api/v1/campaigns/${campaign.id}/municipalities/${kerch}/submission`
  // A second run finds Kerch's data handed in or accepted: give it back first.
  const current = await apiAs(ANALYST, submissionApi)
  if (current.status === 'ACCEPTED' || current.status === 'SUBMITTED') {
    await apiAs(ANALYST, `${submissionApi}/review`, {
      method: 'POST',
      body: JSON.stringify({
        action: current.status === 'ACCEPTED' ? 'REOPEN' : 'RETURN',
        comment: 'Повторная проверка (автотест)',
        version: current.version,
      }),
    })
  }
})

after(async () => {
  await browser?.close()
})

/** The value typed for each of the demo's municipal indicators. */
async function fill(page, indicator) {
  const code = indicator.code
  if (indicator.valueType === 'BOOLEAN') {
    await page.locator(`[data-testid="input-${code}-value"]`).click()
    // the menu still closing from the field before is in the page too
    await page.locator('.v-overlay--active').getByRole('option', { name: 'Да', exact: true }).click()
  } else if (indicator.valueType === 'PERCENT') {
    await page.locator(`[data-testid="input-${code}-numerator"] input`).fill('3')
    await page.locator(`[data-testid="input-${code}-denominator"] input`).fill('4')
  } else {
    await page.locator(`[data-testid="input-${code}-value"] input`).fill('14')
  }
}

test('a school sees no campaign of municipalities', async () => {
  const seen = await apiAs(SCHOOL, '/api/v1/campaigns?size=200')
  assert.ok(!seen.items.some((c) => c.id === campaign.id), 'the campaign of municipalities is not in the school\'s list')
})

test('Kerch\'s coordinator fills in the municipality\'s form and hands it in', async () => {
  const { context, page } = await loginAs(browser, COORDINATOR, `/monitoring/campaigns/${campaign.id}`)
  try {
    const progress = page.getByTestId('municipal-progress')
    await progress.getByTestId('municipal-row').first().waitFor()
    // the coordinator's own municipality only
    assert.equal(await progress.getByTestId('municipal-row').count(), 1)
    assert.match(await progress.getByTestId('municipal-row').textContent(), /Керчь/)
    await progress.getByTestId('municipal-open').click()
    await page.getByTestId('submission-form').waitFor()
    assert.match(await page.getByTestId('submission-school').textContent(), /Керчь/)
    // the demo's draft, or returned when an earlier run handed it in
    assert.match(await page.getByTestId('submission-page').getAttribute('data-status'), /^(DRAFT|RETURNED)$/)
    for (const indicator of campaign.indicators) await fill(page, indicator)
    await page.getByTestId('submission-submit').click()
    await page.locator('[data-testid="submission-page"][data-status="SUBMITTED"]').waitFor()
    await page.getByTestId('submission-readonly').waitFor()
  } finally {
    await context.close()
  }
  const stored = await apiAs(ANALYST, submissionApi)
  assert.equal(stored.status, 'SUBMITTED')
  assert.equal(stored.submittedBy, COORDINATOR)
  assert.equal(stored.values.find((v) => v.code === 'MUN_PARTNERS').value, 75)
})

test('the regional analyst finds it in the progress and accepts it', async () => {
  const { context, page } = await loginAs(browser, ANALYST, `/monitoring/campaigns/${campaign.id}`)
  try {
    const progress = page.getByTestId('municipal-progress')
    const row = progress.locator('tr', { has: page.locator('[data-testid="municipal-row"][data-municipality*="Керчь"]') })
    await row.waitFor()
    assert.equal(await row.getByTestId('submission-status').getAttribute('data-status'), 'SUBMITTED')
    assert.ok(Number(await page.getByTestId('progress-submitted-value').textContent()) >= 1)
    await row.getByTestId('municipal-open').click()
    await page.getByTestId('review-panel').waitFor()
    await page.getByTestId('review-accept').click()
    await page.locator('[data-testid="submission-page"][data-status="ACCEPTED"]').waitFor()
  } finally {
    await context.close()
  }
  const stored = await apiAs(COORDINATOR, submissionApi)
  assert.equal(stored.status, 'ACCEPTED')
  assert.equal(stored.reviewedBy, ANALYST)
})
