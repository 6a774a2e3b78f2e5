// Monitoring, end to end: a school fills in and submits its data, the coordinator returns it with comments, the
// school corrects and resubmits, the coordinator accepts, and the analyst sees the campaign's progress move.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { BASE, apiAs, launch, loginAs, number } from './helpers.mjs'

const SCHOOL = 'school.kerch1'
const COORDINATOR = 'coord.kerch'
const ANALYST = 'analyst.crimea'
const CAMPAIGN = 'Ежегодный мониторинг по выявлению ШНОР'
const RETURN_COMMENT = 'Проверьте численность обучающихся'
const VALUE_COMMENT = 'Лишний ноль?'

let browser
let campaign // CampaignView as the school sees it
let schoolId
let submissionApi

before(async () => {
  browser = await launch()
  const me = await apiAs(SCHOOL, '/api/v1/me')
  schoolId = me.schoolId
  const list = await apiAs(SCHOOL, `/api/v1/campaigns?status=OPEN&q=${encodeURIComponent(CAMPAIGN)}`)
  const summary = list.items.find((c) => c.name === CAMPAIGN)
  assert.ok(summary, `${SCHOOL} sees the open campaign «${CAMPAIGN}»`)
  campaign = await apiAs(SCHOOL, `/api/v1/campaigns/${summary.id}`)
  submissionApi = `/api/v1/campaigns/${campaign.id}/schools/${schoolId}/submission`

  // A second run finds the data handed in or accepted: give it back to the school first.
  const current = await apiAs(COORDINATOR, submissionApi)
  if (current.status === 'ACCEPTED') {
    await apiAs(ANALYST, `${submissionApi}/review`, {
      method: 'POST',
      body: JSON.stringify({ action: 'REOPEN', comment: 'Повторная проверка (автотест)', version: current.version }),
    })
  } else if (current.status === 'SUBMITTED') {
    await apiAs(COORDINATOR, `${submissionApi}/review`, {
      method: 'POST',
      body: JSON.stringify({ action: 'RETURN', comment: 'Повторная проверка (автотест)', version: current.version }),
    })
  }
})

after(async () => {
  await browser?.close()
})

/** A value inside the indicator's range, for the browser to type. */
function plausible(indicator, students) {
  const min = indicator.minValue ?? 0
  const max = indicator.maxValue ?? Math.max(min + 100, 100)
  switch (indicator.valueType) {
    case 'PERCENT': {
      // A percent as its parts: out of 40 participants, the middle of the allowed range.
      const denominator = Math.max(40, indicator.minSample ?? 0)
      const numerator = Math.round((((min + max) / 2) / 100) * denominator)
      return { numerator: String(numerator), denominator: String(denominator) }
    }
    case 'COUNT':
      return { value: indicator.code === 'CTX_STUDENTS' ? String(students) : String(Math.min(max, Math.max(min, 2))) }
    case 'BOOLEAN':
      return { answer: 'Да' }
    default:
      return { value: String(Math.min(max, min + 55)).replace('.', ',') }
  }
}

/** Fills in every indicator of the campaign on the submission form. */
async function fillForm(page, students) {
  for (const indicator of campaign.indicators) {
    const value = plausible(indicator, students)
    const code = indicator.code
    if (value.answer) {
      await page.locator(`[data-testid="input-${code}-value"]`).click()
      await page.locator('.v-overlay--active').getByRole('option', { name: value.answer, exact: true }).click()
    } else if (value.numerator !== undefined) {
      await page.locator(`[data-testid="input-${code}-numerator"] input`).fill(value.numerator)
      await page.locator(`[data-testid="input-${code}-denominator"] input`).fill(value.denominator)
    } else {
      await page.locator(`[data-testid="input-${code}-value"] input`).fill(value.value)
    }
  }
}

/** From the home page through "Мои задачи" to the campaign's form. */
async function openTask(page) {
  await page.getByTestId('nav-tasks').click()
  await page.waitForURL(`${BASE}/monitoring/tasks`)
  const link = page.locator(`[data-testid="task-link"][href="/monitoring/campaigns/${campaign.id}/schools/${schoolId}"]`)
  assert.equal((await link.textContent()).trim(), CAMPAIGN)
  await link.click()
  await page.getByTestId('submission-form').waitFor()
}

/** From the review queue to the school's data. */
async function openReview(page) {
  await page.getByTestId('nav-review').click()
  await page.waitForURL(`${BASE}/monitoring/review`)
  await page.locator(`[data-testid="review-link"][href="/monitoring/campaigns/${campaign.id}/schools/${schoolId}"]`).click()
  await page.getByTestId('review-panel').waitFor()
}

const status = (page, value) => page.locator(`[data-testid="submission-page"][data-status="${value}"]`).waitFor()

test('the school fills in the form by category and submits it', async () => {
  const { context, page } = await loginAs(browser, SCHOOL)
  try {
    await openTask(page)
    // The form shows each indicator under its category, with its range; a percent is computed from its parts.
    const first = campaign.indicators.find((i) => i.valueType === 'PERCENT')
    await page.locator(`[data-testid="category-${first.category}"] [data-testid="value-${first.code}"]`).waitFor()
    await fillForm(page, 9220)
    assert.match(await page.getByTestId(`percent-${first.code}`).textContent(), /\d+(,\d)? %/)

    // A numerator above the denominator is refused next to the field, before anything is sent.
    await page.locator(`[data-testid="input-${first.code}-numerator"] input`).fill('50')
    await page.getByTestId('submission-submit').click()
    await page.locator(`[data-testid="input-${first.code}-numerator"] .v-messages`).filter({ hasText: 'не может быть больше знаменателя' }).waitFor()
    await page.locator(`[data-testid="input-${first.code}-numerator"] input`).fill('4')

    await page.getByTestId('submission-submit').click()
    await status(page, 'SUBMITTED')
    await page.getByTestId('submission-readonly').filter({ hasText: 'ждут проверки' }).waitFor()
  } finally {
    await context.close()
  }
})

test('the coordinator returns it with a comment on the whole and on one value', async () => {
  const { context, page } = await loginAs(browser, COORDINATOR)
  try {
    await openReview(page)
    await page.locator('[data-testid="comment-CTX_STUDENTS"] input').fill(VALUE_COMMENT)
    await page.getByTestId('review-return').click()
    // Without an overall comment the return is refused at the comment field.
    await page.locator('[data-testid="review-comment"] .v-messages').filter({ hasText: 'Напишите, что нужно исправить' }).waitFor()
    await page.locator('[data-testid="review-comment"] textarea:not([aria-hidden])').fill(RETURN_COMMENT)
    await page.getByTestId('review-return').click()
    await status(page, 'RETURNED')
  } finally {
    await context.close()
  }
})

test('the school sees the comments, corrects the value and resubmits', async () => {
  const { context, page } = await loginAs(browser, SCHOOL)
  try {
    await openTask(page)
    assert.equal((await page.getByTestId('submission-return-comment').textContent()).trim(), RETURN_COMMENT)
    const valueComment = page.locator('[data-testid="value-CTX_STUDENTS"] [data-testid="value-comment-CTX_STUDENTS"]')
    assert.match(await valueComment.textContent(), new RegExp(VALUE_COMMENT.replace('?', '\\?')))
    assert.match(await page.getByTestId('submission-history').textContent(), /Возвращено на доработку/)

    await page.locator('[data-testid="input-CTX_STUDENTS-value"] input').fill('922')
    await page.getByTestId('submission-submit').click()
    await status(page, 'SUBMITTED')
  } finally {
    await context.close()
  }
})

test('the coordinator accepts, and the analyst sees one more school accepted', async () => {
  const before = (await apiAs(ANALYST, `/api/v1/campaigns/${campaign.id}/progress`)).total.accepted

  const coordinator = await loginAs(browser, COORDINATOR)
  try {
    await openReview(coordinator.page)
    assert.match(await coordinator.page.getByTestId('value-text-CTX_STUDENTS').textContent(), /922/)
    await coordinator.page.getByTestId('review-accept').click()
    await status(coordinator.page, 'ACCEPTED')
  } finally {
    await coordinator.context.close()
  }

  const { context, page } = await loginAs(browser, ANALYST)
  try {
    await page.getByTestId('nav-campaigns').click()
    await page.waitForURL(`${BASE}/monitoring/campaigns`)
    await page.locator(`[data-testid="campaign-link"][href="/monitoring/campaigns/${campaign.id}"]`).click()
    await page.getByTestId('campaign-card').waitFor()
    const accepted = page.locator('[data-testid="campaign-progress"][data-loading="false"] [data-testid="progress-accepted-value"]')
    await accepted.waitFor()
    assert.equal(number(await accepted.textContent()), before + 1)
    await page.getByTestId('progress-chart').waitFor()
  } finally {
    await context.close()
  }
})
