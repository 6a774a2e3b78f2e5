// The main flows without the mouse: Tab to a field, type, Enter on the button. A school corrects its profile, a
// coordinator accepts a school's monitoring data, a coordinator moves a roadmap on to «Выполнена». Each one on records
// that no other browser test touches (the second Kerch school, the Feodosia submissions, the Olenegorsk roadmap).
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

const RUN = Date.now().toString(36)

let browser

before(async () => {
  browser = await launch()
})

after(async () => {
  await browser?.close()
})

/** Presses Tab (Shift+Tab with `back`) until the focus is on, or inside, the element; fails after `max` presses. */
async function tabTo(page, selector, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    const there = await page.evaluate((s) => {
      const target = document.querySelector(s)
      return !!target && !!document.activeElement && (target === document.activeElement || target.contains(document.activeElement))
    }, selector)
    if (there) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))
  assert.fail(`${selector} not reached with ${max} presses of Tab; the focus is on ${focused}`)
}

/** Polls the API until `check` holds for the record. */
async function until(user, path, check, what) {
  for (let i = 0; i < 50; i++) {
    const record = await apiAs(user, path)
    if (check(record)) return record
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  assert.fail(`${path}: ${what}`)
}

test('a school corrects its profile with the keyboard only', async () => {
  const user = 'school.kerch2'
  const me = await apiAs(user, '/api/v1/me')
  const principal = `Семёнова Светлана Алексеевна (${RUN})`
  const { context, page } = await loginAs(browser, user, `/schools/${me.schoolId}/edit`)
  try {
    await page.getByTestId('school-form').waitFor()
    await tabTo(page, '[data-testid="field-principal"] input')
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type(principal)
    await tabTo(page, '[data-testid="form-save"]')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === `/schools/${me.schoolId}`)
    assert.equal((await apiAs(user, `/api/v1/schools/${me.schoolId}`)).principal, principal)
  } finally {
    await context.close()
  }
})

test('a coordinator accepts a school’s monitoring data with the keyboard only', async () => {
  const user = 'coord.feodosia'
  const submitted = (await apiAs(user, '/api/v1/submissions?size=100')).items.filter((s) => s.status === 'SUBMITTED')
  assert.ok(submitted.length > 0, `${user} has handed-in data to review (the e2e database is fresh)`)
  const { campaignId, schoolId } = submitted.at(-1)
  const { context, page } = await loginAs(browser, user, `/monitoring/campaigns/${campaignId}/schools/${schoolId}`)
  try {
    await page.getByTestId('review-panel').waitFor()
    await tabTo(page, '[data-testid="review-accept"]')
    await page.keyboard.press('Enter')
    await page.locator('[data-testid="submission-page"][data-status="ACCEPTED"]').waitFor()
    await until(user, `/api/v1/campaigns/${campaignId}/schools/${schoolId}/submission`, (s) => s.status === 'ACCEPTED', 'accepted')
  } finally {
    await context.close()
  }
})

test('a coordinator moves a roadmap on to «Выполнена» with the keyboard only', async () => {
  const user = 'coord.olenegorsk'
  const roadmap = (await apiAs(user, '/api/v1/roadmaps')).items.find((r) => r.status === 'IN_PROGRESS')
  assert.ok(roadmap, `${user} has a roadmap in progress (the e2e database is fresh)`)
  const { context, page } = await loginAs(browser, user, `/plans/roadmaps/${roadmap.id}`)
  try {
    await page.getByTestId('roadmap-card').waitFor()
    await tabTo(page, '[data-testid="roadmap-move-COMPLETED"]')
    await page.keyboard.press('Enter')
    // The dialog takes the focus: Tab reaches its «Да» without leaving it.
    await page.getByTestId('roadmap-move-confirm').waitFor()
    await tabTo(page, '[data-testid="roadmap-move-confirm"]', { max: 5 })
    await page.keyboard.press('Enter')
    await until(user, `/api/v1/roadmaps/${roadmap.id}`, (r) => r.status === 'COMPLETED', 'completed')
  } finally {
    await context.close()
  }
})
