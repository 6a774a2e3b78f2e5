// Events of the work, end to end: the Kerch coordinator records a visit to School № 1 on a measure of the Kerch
// roadmap for 2026–2027 (date, place, the school, people by role, lessons observed, conclusions, a PDF); the region's
// analyst sees it on the plan; the school's staff see it on their school's page and may not record on the authority's
// measure. Screenshots go to /tmp/shots/events-*.png.
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { BASE, apiAs, launch, loginAs, schoolByInn, tokenFor } from './helpers.mjs'
import { axeViolations, settle } from './a11y.mjs'

const KERCH_PLAN = 'План мероприятий («дорожная карта») по переводу общеобразовательных организаций с низкими образовательными результатами в эффективный режим работы на 2026–2027 годы'
const KERCH_SCHOOL_1_INN = '9189294439'
const RUN = Date.now().toString(36)
const FINDINGS = `Посещены уроки математики в 5-х и 6-х классах (автотест ${RUN})`
const CONCLUSIONS = 'Учителям рекомендовано включать задания ВПР в повторение'
const PDF = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`)
const SHOTS = '/tmp/shots'

let browser
let plan // RoadmapSummary
let school // School

before(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launch()
  const found = await apiAs('coord.kerch', `/api/v1/roadmaps?q=${encodeURIComponent('на 2026–2027 годы')}`)
  plan = found.items.find((r) => r.title === KERCH_PLAN)
  assert.ok(plan, 'coord.kerch sees the Kerch roadmap for 2026–2027')
  school = await schoolByInn('coord.kerch', KERCH_SCHOOL_1_INN)
})

after(async () => {
  await browser?.close()
})

const row = (page, number) => page.locator(`[data-testid="measure-row"][data-number="${number}"]`).first()

async function openEvents(page, number) {
  await page.getByTestId('roadmap-card').waitFor()
  await row(page, number).getByTestId('measure-reports-toggle').click()
  const events = page.getByTestId('work-events').first()
  await events.waitFor()
  return events
}

test('a coordinator records a visit to a school with lessons observed, people by role and a file', async () => {
  const { context, page } = await loginAs(browser, 'coord.kerch', `/plans/roadmaps/${plan.id}`)
  try {
    const measure = row(page, '2')
    await page.getByTestId('roadmap-card').waitFor()
    const counted = (await measure.getByTestId('measure-event-count').innerText()).match(/(\d+) событ/)
    assert.ok(counted && Number(counted[1]) >= 2, 'the demo visit and interview are counted on the measure')
    const events = await openEvents(page, '2')
    // the demo's visit and interview are there, the latest first
    await events.locator('[data-testid="event"][data-kind="INTERVIEW"]').waitFor()
    assert.match(await events.locator('[data-testid="event"][data-kind="VISIT"]').first().innerText(), /посещено уроков: 4/)

    await events.getByTestId('event-record').click()
    const form = page.getByTestId('event-form')
    await form.waitFor()
    await form.getByTestId('event-kind').click()
    await page.locator('.v-overlay--active .v-list-item', { hasText: 'Выезд в школу' }).click()
    await form.getByTestId('event-held-on').locator('input').fill('2026-11-25')
    await form.getByTestId('event-place').locator('input').fill('МБОУ «Школа № 1», г. Керчь')
    await form.getByTestId('event-schools').locator('input').fill(school.shortName.slice(0, 8))
    await page.locator('.v-overlay--active .v-list-item', { hasText: school.shortName }).first().click()
    await page.keyboard.press('Escape').catch(() => {})
    await form.getByTestId('event-participant-role').locator('input').fill('учитель математики')
    await form.getByTestId('event-participant-count').locator('input').fill('2')
    await form.getByTestId('event-findings').locator('textarea').first().fill(FINDINGS)
    await form.getByTestId('event-lessons').locator('input').fill('3')
    await form.getByTestId('event-conclusions').locator('textarea').first().fill(CONCLUSIONS)
    await page.locator('[data-testid="event-files"] input[type="file"]').setInputFiles({ name: 'spravka.pdf', mimeType: 'application/pdf', buffer: PDF })
    await settle(page)
    assert.deepEqual(await axeViolations(page), [], 'the event dialog has no serious accessibility violation')
    await page.screenshot({ path: `${SHOTS}/events-dialog.png` })
    await page.getByTestId('event-save').click()
    await form.waitFor({ state: 'detached' })
    const saved = events.locator('[data-testid="event"]', { hasText: FINDINGS })
    await saved.waitFor()
    const text = await saved.innerText()
    assert.match(text, /25\.11\.2026/)
    assert.match(text, /посещено уроков: 3/)
    assert.match(text, /учитель математики — 2/)
    assert.match(text, new RegExp(CONCLUSIONS))
    assert.match(await saved.getByTestId('evidence-file').innerText(), /spravka\.pdf/)
    await saved.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/events-coordinator.png` })
  } finally {
    await context.close()
  }
})

test('the region’s analyst sees the visit on the plan', async () => {
  const { context, page } = await loginAs(browser, 'analyst.crimea', `/plans/roadmaps/${plan.id}`)
  try {
    const events = await openEvents(page, '2')
    const saved = events.locator('[data-testid="event"]', { hasText: FINDINGS })
    await saved.waitFor()
    assert.match(await saved.innerText(), /Выезд в школу/)
    await saved.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/events-analyst.png` })
  } finally {
    await context.close()
  }
})

test('school staff see the visit on their school’s page, and may not record on the authority’s measure', async () => {
  const { context, page } = await loginAs(browser, 'school.kerch1', `/schools/${school.id}`)
  try {
    const panel = page.getByTestId('school-events')
    await panel.locator('[data-testid="event"]', { hasText: FINDINGS }).waitFor()
    assert.match(await panel.innerText(), /Семинар/) // the demo's seminar named the school too
    await settle(page)
    assert.deepEqual(await axeViolations(page), [], 'the school page with its events has no serious accessibility violation')
    await panel.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/events-school.png`, fullPage: true })

    await page.goto(`${BASE}/plans/roadmaps/${plan.id}`)
    const events = await openEvents(page, '2')
    await events.locator('[data-testid="event"]', { hasText: FINDINGS }).waitFor()
    assert.equal(await events.getByTestId('event-record').count(), 0, 'no «Записать событие» on the authority’s measure')
    assert.equal(await events.getByTestId('event-edit').count(), 0)
    const measure = (await apiAs('school.kerch1', `/api/v1/roadmaps/${plan.id}`)).measures.find((m) => m.number === '2')
    const refused = await fetch(`${BASE}/api/v1/roadmaps/${plan.id}/measures/${measure.id}/events`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await tokenFor('school.kerch1')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ heldOn: '2026-11-26', findings: 'Не должно записаться' }),
    })
    assert.equal(refused.status, 403)
  } finally {
    await context.close()
  }
})
