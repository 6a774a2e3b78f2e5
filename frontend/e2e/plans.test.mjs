// Roadmaps and control, end to end: a coordinator reports on a measure with a PDF and the region's analyst sees it
// with the file; a school reports on a point of every school and the decision's controller accepts it; an overdue
// point shows in the coordinator's «Моя работа».
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

const SLAVSK_TITLE = 'План мероприятий («Дорожная карта») по переводу в эффективный режим функционирования школ'
const RUN = Date.now().toString(36)
const MEASURE_REPORT = `Проведено совещание с руководителями школ (автотест ${RUN})`
const POINT_REPORT = `Программа перехода школы в эффективный режим утверждена (автотест ${RUN})`
const PDF = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`)

let browser
let slavsk // RoadmapSummary
let kerch // DecisionSummary of 5/3

before(async () => {
  browser = await launch()
  const roadmaps = await apiAs('coord.slavsk', `/api/v1/roadmaps?q=${encodeURIComponent('эффективный режим')}`)
  slavsk = roadmaps.items.find((r) => r.title.startsWith(SLAVSK_TITLE))
  assert.ok(slavsk, 'coord.slavsk sees the Slavsk roadmap')
  const decisions = await apiAs('coord.kerch', `/api/v1/decisions?q=${encodeURIComponent('5/3')}`)
  kerch = decisions.items.find((d) => d.number === '5/3')
  assert.ok(kerch, 'coord.kerch sees the Kerch decision 5/3')
})

after(async () => {
  await browser?.close()
})

const row = (page, number) => page.locator(`[data-testid="measure-row"][data-number="${number}"]`).first()
const point = (page, number) => page.locator(`[data-testid="point"][data-number="${number}"]`).first()

test('a coordinator reports on a measure with a PDF, and the analyst sees the report and its file', async () => {
  const { context, page } = await loginAs(browser, 'coord.slavsk', `/plans/roadmaps/${slavsk.id}`)
  try {
    await page.getByTestId('roadmap-card').waitFor()
    assert.match(await page.getByTestId('field-approval').innerText(), /Постановление № 227 от 10\.02\.2021/)
    // The deadline as written, how it was read, and the warning about it (shown, not blocking).
    const measure = row(page, '1')
    assert.equal(await measure.getByTestId('measure-deadline').innerText(), 'Октябрь 2020 г. Октябрь 2021 г.')
    assert.equal(await measure.getByTestId('measure-reading').innerText(), '2 срока: октябрь 2020, октябрь 2021')
    assert.match(await page.getByTestId('warnings').innerText(), /1: Срок «Октябрь 2020 г\. Октябрь 2021 г\.» наступает раньше даты самого документа/)
    await measure.getByTestId('measure-report-open').click()
    const dialog = page.getByTestId('report-form')
    await dialog.getByTestId('report-text').locator('textarea').first().fill(MEASURE_REPORT)
    await page.locator('[data-testid="report-files"] input[type="file"]').setInputFiles({ name: 'protokol.pdf', mimeType: 'application/pdf', buffer: PDF })
    await page.getByTestId('report-send').click()
    await dialog.waitFor({ state: 'detached' })
    await page.locator('[data-testid="measure-report-text"]', { hasText: MEASURE_REPORT }).waitFor()
  } finally {
    await context.close()
  }

  const analyst = await loginAs(browser, 'analyst.kaliningrad', `/plans/roadmaps/${slavsk.id}`)
  try {
    const page = analyst.page
    await page.getByTestId('roadmap-card').waitFor()
    await row(page, '1').getByTestId('measure-reports-toggle').click()
    const report = page.locator('[data-testid="measure-report"]', { hasText: MEASURE_REPORT })
    await report.waitFor()
    const file = report.getByTestId('evidence-file')
    assert.match(await file.innerText(), /protokol\.pdf/i)
    const [download] = await Promise.all([page.waitForEvent('download'), file.click()])
    assert.equal(download.suggestedFilename(), 'protokol.pdf')
  } finally {
    await analyst.context.close()
  }
})

test('a school reports on point 4.1 of the Kerch decision, the controller accepts it and the point counts it', async () => {
  const school = await loginAs(browser, 'school.kerch1', `/control/decisions/${kerch.id}`)
  try {
    const page = school.page
    await page.getByTestId('decision-card').waitFor()
    assert.equal(await page.locator('[data-testid="point"][data-number="3.2"]').count(), 2, 'both points «3.2» are shown')
    const p = point(page, '4.1')
    await p.getByTestId('point-report-open').click()
    await page.getByTestId('report-form').getByTestId('report-text').locator('textarea').first().fill(POINT_REPORT)
    await page.getByTestId('report-send').click()
    await page.getByTestId('report-form').waitFor({ state: 'detached' })
    await p.getByTestId('point-reports-toggle').click()
    await p.locator('[data-testid="point-report-text"]', { hasText: POINT_REPORT }).waitFor()
  } finally {
    await school.context.close()
  }

  const coordinator = await loginAs(browser, 'coord.kerch', `/control/decisions/${kerch.id}`)
  try {
    const page = coordinator.page
    await page.getByTestId('decision-card').waitFor()
    const p = point(page, '4.1')
    await p.getByTestId('point-reports-toggle').click()
    const report = p.locator('[data-testid="point-report"]', { hasText: POINT_REPORT })
    await report.getByTestId('review-accept').click()
    await p.getByTestId('review-done').waitFor()
    await p.locator('[data-testid="point-schools"]', { hasText: 'принято 1' }).waitFor()
    assert.match(await p.getByTestId('point-schools').innerText(), /Отчитались 1 из \d+, принято 1/)
  } finally {
    await coordinator.context.close()
  }
})

test('an overdue point shows in the coordinator\'s «Моя работа», marked overdue', async () => {
  const { context, page } = await loginAs(browser, 'coord.kerch', '/')
  try {
    await page.getByTestId('nav-my-work').click()
    await page.locator('[data-testid="my-work"][data-loading="false"]').waitFor()
    const item = page.locator('[data-testid="work-item"][data-type="POINT"][data-number="2.2"]').first()
    await item.waitFor()
    assert.equal(await item.getAttribute('data-overdue'), 'true')
    assert.match(await item.getByTestId('work-overdue').innerText(), /просрочено/)
    await item.getByTestId('work-link').click()
    await page.getByTestId('decision-card').waitFor()
    assert.match(page.url(), new RegExp(`/control/decisions/${kerch.id}#point-`))
  } finally {
    await context.close()
  }
})

test('the region\'s analyst sees the overdue Kerch point 2.2 on the control dashboard', async () => {
  const { context, page } = await loginAs(browser, 'analyst.crimea', '/')
  try {
    await page.getByTestId('nav-control').click()
    await page.locator('[data-testid="control-dashboard"][data-loading="false"]').waitFor()
    const overdue = await page.getByTestId('control-tile-overdue').getByTestId('control-tile-count').innerText()
    assert.ok(Number(overdue) > 0, `overdue tile shows ${overdue}`)
    const item = page
      .locator('[data-testid="control-items"] [data-testid="work-item"][data-type="POINT"][data-number="2.2"]')
      .filter({ has: page.locator(`[data-testid="work-link"][href^="/control/decisions/${kerch.id}#point-"]`) })
      .first()
    await item.waitFor()
    assert.equal(await item.getAttribute('data-overdue'), 'true')
    assert.match(await item.getByTestId('work-overdue').innerText(), /просрочено/)
  } finally {
    await context.close()
  }
})
