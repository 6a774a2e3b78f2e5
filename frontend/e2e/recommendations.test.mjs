// Targeted recommendations, end to end: the Krasnoyarsk analyst gives one to a Lesosibirsk school, found in the picker
// by its INN; the school sees it in «Моя работа», accepts it and reports it done; the analyst sees the report.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

const RUN = Date.now().toString(36)
const TEXT = `Провести методический семинар для учителей математики по итогам ВПР (автотест ${RUN})`
const BASIS = `Итоги ВПР 2026, слабая позиция по математике (${RUN})`
const REPORT = `Семинар проведён, участвовали 12 учителей (автотест ${RUN})`

let browser
let school // the School of school.lesosibirsk1

before(async () => {
  browser = await launch()
  const me = await apiAs('school.lesosibirsk1', '/api/v1/me')
  assert.ok(me.schoolId, 'school.lesosibirsk1 works at a school')
  school = await apiAs('school.lesosibirsk1', `/api/v1/schools/${me.schoolId}`)
})

after(async () => {
  await browser?.close()
})

/** A date a month from today, as the date input takes it. */
function inAMonth() {
  const d = new Date()
  d.setMonth(d.getMonth() + 1)
  return d.toISOString().slice(0, 10)
}

test('the analyst issues a recommendation to a school; the school accepts it and reports it done; the analyst sees the report', async () => {
  let id
  const analyst = await loginAs(browser, 'analyst.krasnoyarsk', '/recommendations')
  try {
    const page = analyst.page
    await page.locator('[data-testid="recommendation-list"][data-loading="false"]').waitFor()
    await page.getByTestId('nav-recommendations').waitFor()
    await page.getByTestId('recommendation-issue').click()
    await page.getByTestId('issue-dialog').waitFor()
    // Nothing filled in: refused in the browser, nothing sent.
    await page.getByTestId('issue-send').click()
    await page.getByTestId('issue-school').getByText('Укажите адресата').waitFor()

    const picker = page.locator('[data-testid="school-picker"] input')
    await picker.click()
    await picker.pressSequentially(school.inn, { delay: 20 })
    await page.getByRole('option', { name: school.shortName }).first().click()
    await page.getByTestId('issue-basis-OTHER').locator('input').check()
    await page.locator('[data-testid="issue-basis"] input').fill(BASIS)
    await page.locator('[data-testid="issue-text"] textarea').first().fill(TEXT)
    await page.locator('[data-testid="issue-deadline"] input').fill(inAMonth())
    await page.getByTestId('issue-send').click()

    await page.waitForURL(/\/recommendations\/\d+$/)
    id = Number(new URL(page.url()).pathname.split('/').pop())
    await page.getByTestId('recommendation-card').waitFor()
    assert.equal(await page.getByTestId('recommendation-text').innerText(), TEXT)
    assert.equal(await page.getByTestId('recommendation-addressee').innerText(), school.shortName)
    assert.equal(await page.getByTestId('recommendation-card').getAttribute('data-status'), 'ISSUED')
    assert.equal(await page.getByTestId('recommendation-accept').count(), 0, 'the issuer does not accept it')
  } finally {
    await analyst.context.close()
  }

  const staff = await loginAs(browser, 'school.lesosibirsk1', '/control/my-work')
  try {
    const page = staff.page
    await page.locator('[data-testid="my-work"][data-loading="false"]').waitFor()
    const item = page.locator('[data-testid="work-item"][data-type="RECOMMENDATION"]', { hasText: TEXT })
    await item.waitFor()
    assert.match(await item.innerText(), /Адресная рекомендация/)
    assert.match(await item.innerText(), /Выдана/)
    await item.getByTestId('work-link').click()
    await page.waitForURL(new RegExp(`/recommendations/${id}$`))
    await page.getByTestId('recommendation-accept').click()
    await page.locator('[data-testid="recommendation-card"][data-status="ACCEPTED"]').waitFor()

    await page.getByTestId('recommendation-done').click()
    await page.getByTestId('recommendation-report-send').click()
    await page.getByTestId('recommendation-report-dialog').getByText('Напишите отчёт').waitFor()
    await page.locator('[data-testid="recommendation-report-text"] textarea').first().fill(REPORT)
    await page.getByTestId('recommendation-report-send').click()
    await page.locator('[data-testid="recommendation-card"][data-status="DONE"]').waitFor()
    assert.equal(await page.getByTestId('recommendation-report-body').innerText(), REPORT)

    // Done: no longer in «Моя работа».
    await page.getByTestId('nav-my-work').click()
    await page.locator('[data-testid="my-work"][data-loading="false"]').waitFor()
    assert.equal(await page.locator('[data-testid="work-item"]', { hasText: TEXT }).count(), 0)
  } finally {
    await staff.context.close()
  }

  const back = await loginAs(browser, 'analyst.krasnoyarsk', '/recommendations?status=DONE')
  try {
    const page = back.page
    await page.locator('[data-testid="recommendation-list"][data-loading="false"]').waitFor()
    const row = page.locator(`[data-testid="recommendation-row"][data-id="${id}"]`)
    await row.waitFor()
    assert.equal(await row.getAttribute('data-status'), 'DONE')
    assert.match(await row.getByTestId('recommendation-row-report').innerText(), new RegExp(`Отчёт: ${REPORT.replace(/[()]/g, '.')}`))
    await row.getByTestId('recommendation-link').click()
    await page.getByTestId('recommendation-report').waitFor()
    assert.equal(await page.getByTestId('recommendation-report-body').innerText(), REPORT)
    assert.match(await page.getByTestId('recommendation-report').innerText(), /school\.lesosibirsk1/)
  } finally {
    await back.context.close()
  }
})
