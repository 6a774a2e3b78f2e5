// Support of a school, end to end. The Lesosibirsk school opens its card, sees its risk profile computed from its
// handed-in monitoring data, and corrects one factor's level with a comment (a correction without one is refused).
// The Lesosibirsk coordinator opens a weak school's page of an analysis run, proposes a partnership with one of the
// strong schools suggested there, and records the agreement on the partnership's page.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

const SCHOOL = 'school.lesosibirsk1'
const COORDINATOR = 'coord.lesosibirsk'
const ANALYST = 'analyst.krasnoyarsk'
const CAMPAIGN = 'Мониторинг показателей программы повышения качества образования в ШНОР и ШНСУ'
const COMMENT = 'В школе работает программа адресной помощи, риск ниже расчётного (автотест)'

let browser
let runId
let weak // the weak school of the run the coordinator works on

before(async () => {
  browser = await launch()
  // An analysis run of the Lesosibirsk monitoring against the whole campaign: two schools in the weak position.
  const list = await apiAs(ANALYST, `/api/v1/campaigns?q=${encodeURIComponent(CAMPAIGN)}`)
  const campaign = list.items.find((c) => c.name === CAMPAIGN)
  assert.ok(campaign, `${ANALYST} sees the campaign «${CAMPAIGN}»`)
  const run = await apiAs(ANALYST, `/api/v1/campaigns/${campaign.id}/analyses`, { method: 'POST', body: JSON.stringify({ comparison: 'REGION' }) })
  runId = run.id
  const weakOnes = await apiAs(COORDINATOR, `/api/v1/analyses/${runId}/schools?position=WEAK&sort=rank`)
  weak = weakOnes.items[0]
  assert.ok(weak, 'the run has a school in the weak position')
  const suggestions = await apiAs(COORDINATOR, `/api/v1/analyses/${runId}/schools/${weak.schoolId}/partners`)
  assert.ok(suggestions.length > 0, 'partners are suggested for it')
})

after(async () => {
  await browser?.close()
})

test('the school sees its risk profile and corrects one factor with a comment', async () => {
  const me = await apiAs(SCHOOL, '/api/v1/me')
  const { context, page } = await loginAs(browser, SCHOOL, `/schools/${me.schoolId}`)
  try {
    const profile = page.getByTestId('risk-profile')
    await profile.locator('[data-testid="risk-factor"]').first().waitFor()
    const api = await apiAs(SCHOOL, `/api/v1/schools/${me.schoolId}/risk-profile`)
    assert.equal(await profile.getAttribute('data-campaign'), String(api.campaign.id))
    assert.equal(await profile.getByTestId('risk-factor').count(), api.factors.length)
    // The ten demo factors, and any the risk factors test has added to the region (factors cannot be deleted).
    assert.ok(api.factors.length >= 10, `the ten demo factors at least, not ${api.factors.length}`)
    // Each factor shows its computed level as the API computed it, «нет данных» where there is none.
    const shown = await profile.getByTestId('risk-factor').evaluateAll((els) => els.map((e) => e.getAttribute('data-computed')))
    assert.deepEqual(shown, api.factors.map((f) => f.computedLevel))
    if (api.factors.some((f) => f.computedLevel === 'NO_DATA')) await profile.getByText('нет данных').first().waitFor()

    // Correct a factor not yet assessed: another level than the computed one.
    const factor = api.factors.find((f) => f.computedLevel !== 'NO_DATA' && !f.schoolLevel) ?? api.factors[0]
    const level = factor.computedLevel === 'HIGH' ? 'MEDIUM' : 'HIGH'
    const levelName = { NONE: 'нет риска', LOW: 'низкий', MEDIUM: 'средний', HIGH: 'высокий' }[level]
    const panel = profile.locator(`[data-testid="risk-factor"][data-factor="${factor.factorId}"]`)
    await panel.locator('.v-expansion-panel-title').click()
    // The conditions behind the level, as computed.
    await panel.getByTestId('risk-check').first().waitFor()
    assert.equal(await panel.getByTestId('risk-check').count(), factor.checks.length)
    assert.match(await panel.getByTestId('risk-score').innerText(), / из /)
    await panel.getByTestId('risk-correct').click()
    const dialog = page.getByTestId('risk-dialog')
    await page.locator('[data-testid="risk-dialog-level"] .v-field').click()
    await page.locator('.v-overlay--active [role="option"]').filter({ hasText: new RegExp(`^${levelName}$`) }).first().click()
    await page.getByTestId('risk-dialog-save').click()
    await page.locator('[data-testid="risk-dialog-comment"]').getByText('Уровень отличается от рассчитанного: объясните почему').waitFor()
    await page.locator('[data-testid="risk-dialog-comment"] textarea').first().fill(COMMENT)
    await page.getByTestId('risk-dialog-save').click()
    await dialog.waitFor({ state: 'hidden' })
    await profile.getByTestId('risk-notice').filter({ hasText: 'Оценка сохранена' }).waitFor()
    assert.equal(await panel.getAttribute('data-state'), 'corrected')
    assert.equal((await panel.getByTestId('risk-comment').innerText()).trim(), COMMENT)
    assert.equal(await panel.locator('[data-testid="risk-school-level"]').getAttribute('data-level'), level)

    const after = await apiAs(SCHOOL, `/api/v1/schools/${me.schoolId}/risk-profile`)
    const saved = after.factors.find((f) => f.factorId === factor.factorId)
    assert.equal(saved.schoolLevel, level)
    assert.equal(saved.comment, COMMENT)
    assert.equal(saved.computedLevel, factor.computedLevel, 'the computed level is kept beside the school’s')
    assert.equal(saved.assessedBy, SCHOOL)
  } finally {
    await context.close()
  }
})

test('the coordinator proposes a partner from the suggestions and records the agreement', async () => {
  const { context, page } = await loginAs(browser, COORDINATOR, `/monitoring/analyses/${runId}/schools/${weak.schoolId}`)
  try {
    const panel = page.getByTestId('partner-suggestions')
    const first = panel.getByTestId('partner-suggestion').first()
    await first.waitFor()
    assert.match(await first.getByTestId('suggestion-reason').innerText(), /^Сильная позиция \(место \d+ из \d+\)/)
    const partnerId = Number(await first.getAttribute('data-school'))
    await first.getByTestId('suggestion-propose').click()
    // The plan is due by 25 November (004).
    const due = await page.locator('[data-testid="propose-plan-due"] input').inputValue()
    assert.match(due, /^\d{4}-11-25$/)
    await page.getByTestId('propose-save').click()
    const created = page.getByTestId('partnership-created')
    await created.waitFor()
    await page.getByTestId('partnership-created-link').click()
    await page.waitForURL(/\/partnerships\/\d+$/)
    const card = page.getByTestId('partnership-card')
    await card.waitFor()
    assert.equal(await card.getAttribute('data-status'), 'PROPOSED')
    assert.equal(await page.locator('[data-testid="step-PROPOSED"]').getAttribute('data-current'), 'true')
    assert.equal(Number((await page.getByTestId('partnership-partner').getAttribute('href')).split('/').pop()), partnerId)

    // The agreement: both fields are needed.
    await page.getByTestId('partnership-move-agreement').click()
    await page.getByTestId('move-save').click()
    await page.locator('[data-testid="move-agreement-number"]').getByText('Заполните поле').waitFor()
    await page.locator('[data-testid="move-agreement-number"] input').fill('17-П')
    await page.locator('[data-testid="move-agreement-date"] input').fill('2026-10-01')
    await page.getByTestId('move-save').click()
    await page.locator('[data-testid="partnership-card"][data-status="AGREED"]').waitFor()
    await page.getByTestId('partnership-notice').filter({ hasText: 'Соглашение записано' }).waitFor()
    assert.equal((await page.getByTestId('partnership-agreement').innerText()).trim(), '№ 17-П от 01.10.2026')
    assert.equal(await page.locator('[data-testid="step-AGREED"]').getAttribute('data-current'), 'true')
    assert.deepEqual(await page.getByTestId('history-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-to'))), ['PROPOSED', 'AGREED'])
    // Next: the interaction plan.
    await page.getByTestId('partnership-move-plan').waitFor()

    const id = Number(await card.getAttribute('data-id'))
    const saved = await apiAs(COORDINATOR, `/api/v1/partnerships/${id}`)
    assert.equal(saved.status, 'AGREED')
    assert.equal(saved.weakSchoolId, weak.schoolId)
    assert.equal(saved.partnerSchoolId, partnerId)
    assert.equal(saved.analysisRunId, runId)
    assert.equal(saved.agreementNumber, '17-П')
    assert.equal(saved.agreementDate, '2026-10-01')

    // And the list of partnerships shows it.
    await page.getByTestId('nav-partnerships').click()
    await page.locator('[data-testid="partnership-list"][data-loading="false"]').waitFor()
    const row = page.locator(`[data-testid="partnership-link"][data-id="${id}"]`)
    await row.waitFor()
  } finally {
    await context.close()
  }
})
