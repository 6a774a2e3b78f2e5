// Further training, end to end: Kerch School № 1 sees its teachers' due items in «Моя работа», plans a course for two
// teachers at once and records one of them completed with the certificate; the Kerch coordinator sees the school's item
// in «Моя работа» and the municipality's summary; the Crimean analyst downloads the summary as XLSX.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

const RUN = Date.now().toString(36)
const PROGRAMME = `Школа современного учителя математики (автотест ${RUN})`
const DOCUMENT = `9126${RUN}`.slice(0, 16)

let browser
let school // the school of school.kerch1

before(async () => {
  browser = await launch()
  const me = await apiAs('school.kerch1', '/api/v1/me')
  school = await apiAs('school.kerch1', `/api/v1/schools/${me.schoolId}`)
})

after(async () => {
  await browser?.close()
})

/** A date in this year's February, as the date input takes it (the past: a course can be recorded completed). */
const thisYear = (day) => `${new Date().getFullYear()}-02-${String(day).padStart(2, '0')}`

test('school staff see due items in «Моя работа», plan a course for two teachers and complete one with its certificate', async () => {
  const { page, context } = await loginAs(browser, 'school.kerch1', '/control/my-work')
  try {
    await page.locator('[data-testid="my-work"][data-loading="false"]').waitFor()
    for (const type of ['CATEGORY_EXPIRES', 'TRAINING_DUE']) {
      assert.ok((await page.locator(`[data-testid="work-item"][data-type="${type}"]`).count()) > 0, `a ${type} item`)
    }
    const item = page.locator('[data-testid="work-item"][data-type="CATEGORY_EXPIRES"]').first()
    assert.match(await item.getByTestId('work-link').innerText(), /^.+ [А-ЯЁ]\. [А-ЯЁ]\. — истек(ает|ла) квалификационная категория \(.+\) \d\d\.\d\d\.\d{4}$/)

    await page.getByTestId('nav-training').click()
    await page.waitForURL(`**/schools/${school.id}/training`)
    await page.locator('[data-testid="school-training"][data-loading="false"]').waitFor()
    assert.match(await page.getByTestId('training-due-count').innerText(), /^\d+ педагог(а|ов)?$/)
    const plannedBefore = await page.locator('[data-testid="training-planned"] [data-testid="training-row"]').count()

    await page.getByTestId('training-plan-group').click()
    const dialog = page.getByTestId('training-plan-dialog')
    await dialog.waitFor()
    const teachers = page.locator('[data-testid="training-teachers"] input')
    await teachers.click()
    const options = page.getByRole('option')
    await options.nth(0).click()
    await options.nth(1).click()
    await page.keyboard.press('Escape')
    await page.locator('[data-testid="training-programme"] input').fill(PROGRAMME)
    await page.locator('[data-testid="training-provider"] input').fill('ФГАОУ ДПО «Академия Минпросвещения России»')
    await page.locator('[data-testid="training-hours"] input').fill('36')
    await page.locator('[data-testid="training-starts"] input').fill(thisYear(2))
    await page.locator('[data-testid="training-ends"] input').fill(thisYear(20))
    await page.getByTestId('training-plan-send').click()
    await dialog.waitFor({ state: 'hidden' })
    const rows = page.locator('[data-testid="training-planned"] [data-testid="training-row"]').filter({ hasText: PROGRAMME })
    await rows.nth(1).waitFor()
    assert.equal(await rows.count(), 2)
    assert.equal(await page.locator('[data-testid="training-planned"] [data-testid="training-row"]').count(), plannedBefore + 2)
    assert.match(await rows.first().innerText(), /36 ч\./)

    await rows.first().getByTestId('training-complete').click()
    const complete = page.getByTestId('training-complete-dialog')
    await complete.waitFor()
    // no certificate number: refused with the field's message, nothing changes
    await page.getByTestId('training-complete-send').click()
    await complete.getByText('Укажите номер удостоверения').waitFor()
    await page.locator('[data-testid="training-document"] input').fill(DOCUMENT)
    await page.getByTestId('training-complete-send').click()
    await complete.waitFor({ state: 'hidden' })
    const done = page.locator('[data-testid="training-done"] [data-testid="training-row"]').filter({ hasText: PROGRAMME })
    await done.waitFor()
    assert.match(await done.getByTestId('training-document-text').innerText(), new RegExp(`Удостоверение № ${DOCUMENT} от 20\\.02\\.\\d{4}`))
    assert.equal(await page.locator('[data-testid="training-planned"] [data-testid="training-row"]').filter({ hasText: PROGRAMME }).count(), 1)
  } finally {
    await context.close()
  }
})

test('the coordinator sees the school in «Моя работа» and the municipality’s summary', async () => {
  const { page, context } = await loginAs(browser, 'coord.kerch', '/control/my-work')
  try {
    await page.locator('[data-testid="my-work"][data-loading="false"]').waitFor()
    // «МБОУ СОШ №1: …», not «МБОУ СОШ №12: …»
    const ours = new RegExp(`^${school.shortName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `)
    const link = page.locator('[data-testid="work-item"][data-type="TRAINING_DUE"] [data-testid="work-link"]').filter({ hasText: ours })
    assert.equal(await link.count(), 1)
    assert.match(await link.innerText(), /: \d+ педагог(у|ам) пора пройти повышение квалификации$/)
    await link.click()
    await page.waitForURL(`**/schools/${school.id}/training`)
    await page.locator('[data-testid="school-training"][data-loading="false"]').waitFor()

    await page.getByTestId('nav-training').click()
    await page.waitForURL('**/training')
    await page.locator('[data-testid="training-overview"][data-loading="false"]').waitFor()
    const rows = page.locator('[data-testid="training-summary-row"]')
    assert.match(await rows.first().innerText(), /Керчь/)
    assert.ok((await page.locator('[data-testid="training-summary-row"][data-key="total"]').count()) === 1)
  } finally {
    await context.close()
  }
})

test('the analyst downloads the summary as XLSX', async () => {
  const { page, context } = await loginAs(browser, 'analyst.crimea', '/training')
  try {
    await page.locator('[data-testid="training-overview"][data-loading="false"]').waitFor()
    await page.locator('[data-testid="training-summary-row"][data-key="total"]').waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('training-summary-export').click()])
    assert.match(download.suggestedFilename(), /^training-summary-\d{4}\.xlsx$/)
  } finally {
    await context.close()
  }
})
