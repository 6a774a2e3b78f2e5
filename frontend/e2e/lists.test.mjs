// Lists of ШНОР, end to end: the Krasnoyarsk analyst drafts a list (for 2031: the demo's list of 2021 is approved
// already, see EffectDemo) with the demo rule («2 of 3, two years
// in a row») on Lesosibirsk's two monitorings (newest first), sees the candidates with the values behind them, adds a
// school by hand and leaves a candidate off, each with a reason, approves the list by an order; the school card of a
// school on the list then shows the list in the school's history (and that of the one left off, as not included).
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

const ANALYST = 'analyst.krasnoyarsk'
const CURRENT = 'Мониторинг показателей программы повышения качества образования в ШНОР и ШНСУ'
const PREVIOUS = 'Мониторинг качества образования в школах Лесосибирска за 2019/2020 учебный год'
const RULE = 'Низкие результаты два года подряд'
const RULE_TEXT = '2 из 3: VPR_F2 ≥ 15; OGE_F2_RU ≥ 15; SUCC_RATE < 60; 2 года подряд'
const REASON = 'Доля «двоек» ВПР уточнена по протоколам перепроверки (автотест)'
const ADDED = 'Ходатайство управления образования Лесосибирска (автотест)'
/** The demo has Lesosibirsk's ШНОР list of 2021 approved (EffectDemo): this test's list is for a year no list has. */
const YEAR = 2031

let browser
let region

before(async () => {
  browser = await launch()
  const me = await apiAs(ANALYST, '/api/v1/me')
  region = me.regionId
  // A list of this kind for the year approved by an earlier run (a database kept between runs) would refuse a second one.
  const approved = (await apiAs(ANALYST, `/api/v1/school-lists?regionId=${region}&kind=LOW_RESULTS&year=${YEAR}&status=APPROVED`)).items
  assert.deepEqual(approved, [], `no approved ШНОР list for ${YEAR} yet (the e2e database is fresh)`)
})

after(async () => {
  await browser?.close()
})

/** Picks options of a Vuetify select or autocomplete by their visible text, then closes its menu. */
async function choose(page, testId, ...options) {
  await page.locator(`[data-testid="${testId}"] .v-field`).click()
  for (const option of options) {
    await page.locator('.v-overlay--active [role="option"]').filter({ hasText: option }).first().click()
  }
  await page.keyboard.press('Escape')
}

test('the analyst drafts a ШНОР list, adds a school and leaves one off with reasons, approves it by an order', async () => {
  const { context, page } = await loginAs(browser, ANALYST, '/')
  try {
    await page.getByTestId('nav-lists').click()
    await page.locator('[data-testid="school-lists"][data-loading="false"]').waitFor()
    await page.getByTestId('list-new').click()
    await page.waitForURL(/\/lists\/new$/)

    await choose(page, 'new-rule', RULE)
    assert.equal((await page.getByTestId('new-rule-text').innerText()).trim(), `Школы с низкими образовательными результатами (ШНОР): ${RULE_TEXT}`)
    // Picked oldest first: the form orders them newest first, and the year follows the newest (2020/2021 → 2021).
    await choose(page, 'new-campaigns', PREVIOUS, CURRENT)
    const order = await page.locator('[data-testid="new-campaigns-order"] li').allInnerTexts()
    assert.deepEqual(order.map((s) => s.trim()), [`2020/2021 — ${CURRENT}`, `2019/2020 — ${PREVIOUS}`])
    assert.equal(await page.locator('[data-testid="new-year"] input').inputValue(), '2021')
    await page.locator('[data-testid="new-year"] input').fill(String(YEAR))
    assert.equal(await page.locator('[data-testid="new-exit-years"] input').inputValue(), '1')

    const posted = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/school-lists')
    await page.getByTestId('new-list-save').click()
    const body = JSON.parse((await posted).postData())
    assert.equal(body.year, YEAR)
    assert.equal(body.exitYears, 1)
    await page.waitForURL(/\/lists\/\d+$/)
    const card = page.getByTestId('list-card')
    await card.waitFor()
    const listId = Number(await card.getAttribute('data-id'))
    assert.equal(await card.getAttribute('data-status'), 'DRAFT')
    assert.equal((await page.getByTestId('page-title').innerText()).trim(), `Перечень ШНОР на ${YEAR} год`)
    assert.equal((await page.getByTestId('list-rule-text').innerText()).trim(), RULE_TEXT)
    // The campaigns as the server keeps them: newest first.
    const campaigns = await apiAs(ANALYST, `/api/v1/campaigns?regionId=${region}&size=500`)
    const id = (name) => campaigns.items.find((c) => c.name === name).id
    assert.deepEqual(body.campaignIds, [id(CURRENT), id(PREVIOUS)])

    // Candidates proposed by the rule, each with the values of both years behind it.
    const included = page.locator('[data-testid="entries-table"] tbody tr:has([data-testid="entry-included"][data-included="true"])')
    await included.first().waitFor()
    const candidates = await included.count()
    assert.ok(candidates >= 1, 'the rule proposes schools')
    assert.equal(await page.locator('[data-testid="entries-table"] [data-testid="list-source"][data-source="RULE"]').count(), candidates)
    const first = included.first()
    const firstSchool = Number(await first.getByTestId('entry-school-link').getAttribute('data-school'))
    await first.getByTestId('entry-expand').click()
    const evidence = page.locator(`[data-testid="entry-evidence-row"][data-school="${firstSchool}"]`)
    await evidence.waitFor()
    const years = evidence.getByTestId('evidence-campaign')
    assert.equal(await years.count(), 2)
    assert.deepEqual(await years.evaluateAll((els) => els.map((e) => e.getAttribute('data-holds'))), ['true', 'true'])
    assert.match(await years.first().innerText(), /2020\/2021[\s\S]*правило выполняется[\s\S]*выполнено условий: [23] из 3/)
    assert.equal(await evidence.locator('[data-testid="evidence-check"]').count(), 6)
    assert.ok((await evidence.locator('[data-testid="evidence-check"][data-state="met"]').count()) >= 4, 'at least 2 of 3 met in each year')

    // Add a school by hand, with the reason (the schools already considered are not offered).
    await page.getByTestId('list-add-school').click()
    const picker = page.locator('[data-testid="entry-dialog"] [data-testid="school-picker"]')
    await picker.locator('.v-field').click()
    await page.locator('.v-overlay--active [role="option"]').first().click()
    await page.locator('[data-testid="entry-reason"] textarea').first().fill(ADDED)
    await page.getByTestId('entry-save').click()
    await page.getByTestId('entry-dialog').waitFor({ state: 'hidden' })
    const manual = page.locator('[data-testid="entries-table"] tbody tr:has([data-testid="list-source"][data-source="MANUAL"])')
    await manual.waitFor()
    const added = Number(await manual.getByTestId('entry-school-link').getAttribute('data-school'))
    assert.equal(await manual.locator('[data-testid="entry-included"]').getAttribute('data-included'), 'true')
    assert.equal(await manual.getByTestId('entry-expand').count(), 1)

    // Leave the last candidate of the rule off, with the reason; an empty reason is refused in the dialog.
    const proposed = page.locator('[data-testid="entries-table"] tbody tr:has([data-testid="list-source"][data-source="RULE"])')
    const last = proposed.last()
    const dropped = Number(await last.getByTestId('entry-exclude').getAttribute('data-school'))
    await last.getByTestId('entry-exclude').click()
    const dialog = page.getByTestId('entry-dialog')
    await page.getByTestId('entry-save').click()
    await page.locator('[data-testid="entry-reason"]').getByText('Укажите причину').waitFor()
    await page.locator('[data-testid="entry-reason"] textarea').first().fill(REASON)
    await page.getByTestId('entry-save').click()
    await dialog.waitFor({ state: 'hidden' })
    const droppedRow = page.locator(`[data-testid="entries-table"] tbody tr:has([data-testid="entry-school-link"][data-school="${dropped}"])`)
    await droppedRow.locator('[data-testid="entry-included"][data-included="false"]').waitFor()
    assert.match(await droppedRow.getByTestId('entry-reason').innerText(), new RegExp(REASON.replace(/[«»()]/g, '.')))
    // The candidates less the one left off, plus the one added.
    assert.equal(await page.locator('[data-testid="entries-table"] [data-testid="entry-included"][data-included="true"]').count(), candidates)

    // Approve by an order of the ministry.
    await page.getByTestId('list-approve').click()
    await page.locator('[data-testid="approve-number"] input').fill('01-12/345')
    await page.locator('[data-testid="approve-date"] input').fill('2030-12-15')
    const bodySelection = page.locator('[data-testid="approve-body"] .v-autocomplete__selection')
    if (!(await bodySelection.count())) {
      await page.locator('[data-testid="approve-body"] .v-field').click()
      await page.locator('.v-overlay--active [role="option"]').first().click()
    }
    await page.getByTestId('approve-save').click()
    await page.locator('[data-testid="list-card"][data-status="APPROVED"]').waitFor()
    await page.getByTestId('list-notice').filter({ hasText: 'Перечень утверждён' }).waitFor()
    assert.match(await page.getByTestId('list-order').innerText(), /^Приказ № 01-12\/345 от 15\.12\.2030/)
    assert.equal(await page.getByTestId('list-approve').count(), 0, 'an approved list has no actions')
    assert.equal(await page.getByTestId('entry-exclude').count(), 0)

    const saved = await apiAs(ANALYST, `/api/v1/school-lists/${listId}`)
    assert.equal(saved.status, 'APPROVED')
    assert.equal(saved.entries.find((e) => e.schoolId === dropped).reason, REASON)

    assert.equal(saved.entries.find((e) => e.schoolId === added).source, 'MANUAL')

    // The school card of a school on the list: the list in its history, with the reason it is there.
    await page.locator(`[data-testid="entry-school-link"][data-school="${added}"]`).click()
    await page.waitForURL(new RegExp(`/schools/${added}$`))
    const item = page.locator(`[data-testid="school-lists-history"] [data-testid="school-list-item"][data-list="${listId}"]`)
    await item.waitFor()
    assert.equal(await item.getAttribute('data-included'), 'true')
    const text = await item.innerText()
    assert.match(text, new RegExp(`Перечень ШНОР на ${YEAR} год`))
    assert.match(text, /Утверждён/)
    assert.match(text, /в перечне/)
    assert.match(text, /добавлена вручную/)
    assert.match(text, /Приказ № 01-12\/345 от 15\.12\.2030/)
    assert.ok(text.includes(ADDED), text)
    // And the one left off: proposed, not included.
    await page.goBack()
    await page.locator(`[data-testid="entry-school-link"][data-school="${dropped}"]`).click()
    const off = page.locator(`[data-testid="school-lists-history"] [data-testid="school-list-item"][data-list="${listId}"]`)
    await off.waitFor()
    assert.equal(await off.getAttribute('data-included'), 'false')
    assert.match(await off.innerText(), /не включена/)
  } finally {
    await context.close()
  }
})

test('the analyst reads the region’s rules a page at a time, and the lists filtered by the server', async () => {
  const { context, page } = await loginAs(browser, ANALYST, '/lists')
  try {
    await page.locator('[data-testid="school-lists"][data-loading="false"]').waitFor()
    const all = await apiAs(ANALYST, '/api/v1/school-lists?size=500')
    assert.equal(Number(await page.getByTestId('lists-total').getAttribute('data-total')), all.total)

    // The lists of 2021 (the demo's approved one among them): the server filters, the table shows what it sends.
    const asked = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/v1/school-lists' && new URL(r.url()).searchParams.get('year') === '2021')
    await choose(page, 'filter-year', '2021')
    const query = new URL((await asked).url()).searchParams
    assert.equal(query.get('page'), '0')
    assert.equal(query.get('sort'), '-year,kind')
    const of2021 = await apiAs(ANALYST, '/api/v1/school-lists?year=2021&size=500')
    await page.locator(`[data-testid="school-lists"][data-loading="false"] [data-testid="lists-total"][data-total="${of2021.total}"]`).waitFor()
    const links = await page.getByTestId('list-link').evaluateAll((as) => as.map((a) => Number(a.getAttribute('data-id'))))
    assert.deepEqual(links, of2021.items.slice(0, 25).map((l) => l.id))

    // The rules, in the order they were written, each in words.
    await page.getByTestId('rules-link').click()
    await page.locator('[data-testid="rules-page"][data-loading="false"] [data-testid="rule"]').first().waitFor()
    const rules = (await apiAs(ANALYST, `/api/v1/identification-rules?regionId=${region}&size=25`)).items
    const shown = await page.getByTestId('rule').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-id'))))
    assert.deepEqual(shown, rules.map((r) => r.id))
    const texts = (await page.getByTestId('rule-text').allInnerTexts()).map((s) => s.trim())
    assert.ok(texts.includes(RULE_TEXT), texts.join(' | '))
    assert.ok((await page.getByTestId('rule-edit').count()) >= 1, 'the analyst may change the rules')
  } finally {
    await context.close()
  }
})
