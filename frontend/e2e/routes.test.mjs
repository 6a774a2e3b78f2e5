// Individual routes (ИОМ), end to end in Lesosibirsk: the coordinator builds a route for a mathematics teacher of
// МБОУ СОШ №1 (school.lesosibirsk1's school) with a mentor from its partner school; the school's staff report a step
// and find the other one in «Моя работа»; the region's analyst sees the routes in the summary and the list.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

const RUN = Date.now().toString(36)
const TITLE = `ИОМ: текстовые задачи (автотест ${RUN})`
const COURSE = `Курс «Методика обучения решению текстовых задач» (КИПК, 36 ч.) ${RUN}`
const MENTORING = `Посещение уроков наставника ${RUN}`
const REPORT = `Курс пройден, удостоверение получено (${RUN})`

let browser
let teacherId // a mathematics teacher of МБОУ СОШ №1
let partnerName // the partner school, where the mentor teaches

before(async () => {
  browser = await launch()
  const me = await apiAs('school.lesosibirsk1', '/api/v1/me')
  assert.ok(me.schoolId, 'school.lesosibirsk1 works at a school')
  // a demo route's teacher works at a ШНОР school; that school becomes СОШ №1's partner (if it is not yet)
  const demo = (await apiAs('coord.lesosibirsk', '/api/v1/routes?size=50')).items.find((r) => r.schoolId !== me.schoolId)
  assert.ok(demo, 'the demo has routes in Lesosibirsk')
  partnerName = demo.schoolName
  const existing = (await apiAs('coord.lesosibirsk', `/api/v1/partnerships?schoolId=${me.schoolId}&size=100`)).items
  const inForce = existing.find((p) => p.status !== 'CLOSED' && [p.weakSchoolId, p.partnerSchoolId].includes(demo.schoolId))
  if (!inForce) {
    await apiAs('coord.lesosibirsk', '/api/v1/partnerships', {
      method: 'POST',
      body: JSON.stringify({ weakSchoolId: me.schoolId, partnerSchoolId: demo.schoolId }),
    })
  }
  // СОШ №1's mathematics teachers are the mentor candidates for the partner's teacher
  const candidates = await apiAs('coord.lesosibirsk', `/api/v1/teachers/${demo.teacherId}/mentor-candidates?subject=MATHEMATICS`)
  const ours = candidates.find((c) => c.schoolId === me.schoolId)
  assert.ok(ours, 'СОШ №1 has a mathematics teacher')
  teacherId = ours.id
})

after(async () => {
  await browser?.close()
})

async function choose(page, field, option) {
  await field.click()
  await page.getByRole('option', { name: option }).first().click()
}

test('the coordinator builds a route with a mentor of the partner school', async () => {
  const { context, page } = await loginAs(browser, 'coord.lesosibirsk', `/teachers/${teacherId}/routes`)
  try {
    // the tab's own title under the teacher's page title
    await page.getByRole('heading', { level: 2, name: 'Индивидуальные маршруты педагога' }).waitFor()
    await page.getByTestId('route-create').click()
    const editor = page.getByTestId('route-editor')
    await editor.waitFor()
    // nothing but the defaults: refused, the fields say why
    await page.getByTestId('route-save').click()
    await page.getByTestId('route-editor-message').waitFor()

    await page.locator('[data-testid="route-title"] input').fill(TITLE)
    const first = page.getByTestId('editor-step').nth(0)
    await first.locator('[data-testid="step-text"] input').fill(COURSE)
    await first.locator('[data-testid="step-topic"] input').fill('Текстовые задачи')
    await page.getByTestId('add-step').click()
    const second = page.getByTestId('editor-step').nth(1)
    await choose(page, second.getByTestId('step-kind'), 'Наставничество')
    await second.locator('[data-testid="step-text"] input').fill(MENTORING)
    await choose(page, second.getByTestId('step-mentor-select'), partnerName)
    await page.getByTestId('route-save').click()
    await editor.waitFor({ state: 'hidden' })

    const card = page.getByTestId('route-card').filter({ hasText: TITLE })
    await card.waitFor()
    assert.equal(await card.getByTestId('route-step').count(), 2)
    const mentor = await card.getByTestId('step-mentor').innerText()
    assert.match(mentor, new RegExp(partnerName.replace(/[«»()№]/g, '.')))
  } finally {
    await context.close()
  }
})

test('the school reports a step and finds the other in «Моя работа»', async () => {
  const { context, page } = await loginAs(browser, 'school.lesosibirsk1', `/teachers/${teacherId}/routes`)
  try {
    const card = page.getByTestId('route-card').filter({ hasText: TITLE })
    await card.waitFor()
    await card.getByTestId('route-step').nth(0).getByTestId('report-step').click()
    await page.getByTestId('route-text-dialog').waitFor()
    await page.locator('[data-testid="route-text"] textarea').first().fill(REPORT)
    await page.getByTestId('route-text-send').click()
    await card.getByTestId('step-report').filter({ hasText: REPORT }).waitFor()
    assert.equal(await card.getByTestId('route-step').nth(0).getAttribute('data-status'), 'DONE')

    await page.getByTestId('nav-my-work').click()
    const item = page.locator('[data-testid="work-item"][data-type="ROUTE_STEP"]').filter({ hasText: MENTORING })
    await item.waitFor()
    assert.equal(await page.locator('[data-testid="work-item"]').filter({ hasText: COURSE }).count(), 0)
  } finally {
    await context.close()
  }
})

test('the analyst sees the routes of the region in the summary and the list', async () => {
  const { context, page } = await loginAs(browser, 'analyst.krasnoyarsk', '/')
  try {
    await page.getByTestId('nav-individual-routes').click()
    await page.getByTestId('routes-summary').waitFor()
    const active = Number((await page.getByTestId('summary-all').getByTestId('summary-active').innerText()).replace(/\s/g, ''))
    assert.ok(active >= 4, `active routes: ${active}`)
    await page.getByTestId('route-row').filter({ hasText: TITLE }).waitFor()
  } finally {
    await context.close()
  }
})
