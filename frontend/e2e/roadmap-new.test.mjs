// A new roadmap, end to end: the Kerch coordinator opens the form from the roadmap list, is stopped by an empty
// title (nothing is sent), then fills the header and two measures, picks one measure's responsible body with the
// keyboard and «every school» for the other, saves, and the card shows both measures, the picked responsible and
// the deadlines as read.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

const RUN = Date.now().toString(36)
const TITLE = `Дорожная карта сопровождения ШНОР г. Керчи (автотест ${RUN})`
const IMC = 'МБУ ДПО «ИМЦ» г. Керчи'
const IMC_FULL = 'МБУ ДПО г. Керчи РК «Информационно-методический центр»'

let browser
let imc // the Kerch methodological centre, as the coordinator sees it

before(async () => {
  browser = await launch()
  const bodies = await apiAs('coord.kerch', '/api/v1/bodies?size=500')
  imc = bodies.items.find((b) => b.shortName === IMC)
  assert.ok(imc, 'coord.kerch sees the Kerch methodological centre')
})

after(async () => {
  await browser?.close()
})

/** The roadmaps with this run's title, as the coordinator sees them. */
async function created() {
  const page = await apiAs('coord.kerch', `/api/v1/roadmaps?q=${encodeURIComponent(RUN)}`)
  return page.items.filter((r) => r.title === TITLE)
}

test('a coordinator drafts a roadmap with two measures, picking their responsible, and sees it on its card', async () => {
  const { context, page } = await loginAs(browser, 'coord.kerch', '/plans/roadmaps')
  const posted = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/roadmaps') posted.push(r)
  })
  try {
    await page.getByTestId('roadmap-new').click()
    await page.waitForURL(/\/plans\/roadmaps\/new$/)
    const title = page.getByTestId('new-title')
    await title.waitFor()
    // The coordinator's own body is the owner; the bodies of Crimea are offered (the picker has loaded them).
    await page.locator('[data-testid="new-owner"] .v-autocomplete__selection', { hasText: 'УО г. Керчи' }).waitFor()

    // An empty title: the field says so, and nothing is sent.
    await page.getByTestId('new-save').click()
    await title.getByText('Заполните поле').waitFor()
    assert.equal(posted.length, 0, 'an invalid form sends nothing')
    assert.deepEqual(await created(), [])

    await title.locator('input').fill(TITLE)
    await page.locator('[data-testid="new-period-from"] input').fill('2026-09-01')
    await page.locator('[data-testid="new-period-to"] input').fill('2027-08-31')
    await page.getByTestId('new-approval-kind').click()
    await page.getByRole('option', { name: 'Приказ' }).click()
    await page.locator('[data-testid="new-approval-number"] input').fill('312-о')
    await page.locator('[data-testid="new-approval-date"] input').fill('2026-08-25')

    const measures = page.getByTestId('editor-measure')
    const first = measures.nth(0)
    await first.locator('[data-testid="editor-number"] input').fill('1')
    await first.locator('[data-testid="editor-text"] textarea').first().fill('Совещание с руководителями ШНОР по итогам мониторинга')
    await first.locator('[data-testid="editor-deadline"] input').fill('до 1 марта 2027 года')
    // The responsible with the keyboard: type, arrow down to the body, Enter.
    const responsible = first.locator('[data-testid="editor-responsible"] input').first()
    await responsible.click()
    await responsible.pressSequentially('ИМЦ')
    await page.getByRole('option', { name: new RegExp(IMC.replace(/[.«»]/g, '.')) }).waitFor()
    await responsible.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    const chip = first.locator('[data-testid="body-chip"]')
    await chip.waitFor()
    assert.equal(await chip.getAttribute('data-body-id'), String(imc.id))
    assert.equal((await chip.innerText()).trim(), IMC_FULL)

    // leave the picker first: unfocused, it drops the empty input line under its chips and the form moves up 28 px;
    // a click that takes the focus away ends above the button it pressed
    await page.getByRole('heading', { name: 'Мероприятия' }).click()
    await first.getByText('Из списка или текстом').waitFor({ state: 'hidden' })
    await page.getByTestId('editor-add').click()
    const second = measures.nth(1)
    await second.locator('[data-testid="editor-number"] input').fill('2')
    await second.locator('[data-testid="editor-text"] textarea').first().fill('Самодиагностика школ по показателям мониторинга')
    await second.locator('[data-testid="editor-deadline"] input').fill('ежеквартально')
    await second.locator('[data-testid="editor-responsible"] input').first().click()
    await page.getByRole('option', { name: 'Все общеобразовательные организации' }).click()
    await page.keyboard.press('Escape')
    assert.equal(await second.locator('[data-testid="body-chip"]').getAttribute('data-all-schools'), 'true')

    await page.getByTestId('new-save').click()
    await page.waitForURL(/\/plans\/roadmaps\/\d+$/)
    await page.getByTestId('roadmap-card').waitFor()
    assert.equal(posted.length, 1)

    assert.match(await page.getByTestId('field-owner').innerText(), /УО г\. Керчи/)
    assert.match(await page.getByTestId('field-approval').innerText(), /Приказ № 312-о от 25\.08\.2026/)
    const row = (n) => page.locator(`[data-testid="measure-row"][data-number="${n}"]`)
    assert.equal(await page.getByTestId('measure-row').count(), 2)
    assert.equal(await row('1').getByTestId('measure-deadline').innerText(), 'до 1 марта 2027 года')
    assert.equal(await row('1').getByTestId('measure-reading').innerText(), 'до 01.03.2027')
    assert.match(await row('1').getByTestId('measure-responsible').innerText(), new RegExp(`${IMC_FULL.replace(/[.«»]/g, '.')}\\s*\\(${IMC.replace(/[.«»]/g, '.')}\\)`))
    assert.match(await row('2').getByTestId('measure-reading').innerText(), /^ежеквартально/)
    assert.match(await row('2').getByTestId('measure-responsible').innerText(), /Все общеобразовательные организации\s*\(все школы\)/)

    // And as the API keeps it: the body of the first, every school for the second.
    const [summary] = await created()
    const roadmap = await apiAs('coord.kerch', `/api/v1/roadmaps/${summary.id}`)
    assert.equal(roadmap.status, 'DRAFT')
    assert.deepEqual(
      roadmap.measures.map((m) => m.responsible.map((r) => ({ bodyId: r.bodyId ?? null, allSchools: r.allSchools }))),
      [[{ bodyId: imc.id, allSchools: false }], [{ bodyId: null, allSchools: true }]],
    )
    assert.equal(roadmap.measures[0].schedule.kind, 'DATE')
    assert.equal(roadmap.measures[1].schedule.kind, 'RECURRING')
  } finally {
    await context.close()
  }
})
