// The school list as an analyst uses it instead of Excel: filters, sorting, paging, links, export, language.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, test } from 'node:test'
import { BASE, COLUMNS, column, launch, listTotal, loginAs, number } from './helpers.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

test('filter by municipality, sort by pupils, page through, and the link reproduces the view', async () => {
  const { context, page } = await loginAs(browser, 'analyst.crimea', '/schools?size=10')
  try {
    assert.equal(await listTotal(page), 38)

    // Municipality filter through the autocomplete.
    await page.locator('[data-testid="filter-municipality"] input').click()
    await page.locator('[data-testid="filter-municipality"] input').fill('Керч')
    await page.locator('.v-overlay--active .v-list-item', { hasText: 'Городской округ Керчь' }).click()
    await page.waitForURL(/municipalityId=\d+/)
    assert.equal(await listTotal(page), 22)

    // Sort by pupils, descending (two clicks on the header).
    const header = page.locator('[data-testid="school-table"] thead th', { hasText: 'Обучающихся' })
    await header.click()
    await page.waitForURL(/sort=pupils/)
    await header.click()
    await page.waitForURL(/sort=-pupils/)
    await listTotal(page)
    const first = (await column(page, COLUMNS.pupils)).map(number)
    assert.equal(first.length, 10)
    assert.deepEqual(first, [...first].sort((a, b) => b - a))

    // Next page: the URL says so, and it continues the order.
    await page.locator('[data-testid="school-table"] .v-pagination__next button').click()
    await page.waitForURL(/page=2/)
    await listTotal(page)
    const second = (await column(page, COLUMNS.pupils)).map(number)
    assert.equal(second.length, 10)
    assert.ok(first.at(-1) >= second[0], `${first.at(-1)} >= ${second[0]}`)
    const secondNames = await column(page, COLUMNS.shortName)

    // The same address in a new tab shows the same page.
    const again = await context.newPage()
    await again.goto(page.url())
    assert.equal(await listTotal(again), 22)
    assert.deepEqual(await column(again, COLUMNS.shortName), secondNames)
    assert.ok(new URL(again.url()).searchParams.get('municipalityId'))
  } finally {
    await context.close()
  }
})

test('a text search narrows the list and an empty result offers to reset the filters', async () => {
  const { context, page } = await loginAs(browser, 'analyst.crimea', '/schools')
  try {
    await listTotal(page)
    await page.locator('[data-testid="filter-q"] input').fill('гимназия')
    await page.waitForURL(/q=/)
    const total = await listTotal(page)
    assert.ok(total > 0 && total < 38, `found ${total}`)

    await page.locator('[data-testid="filter-q"] input').fill('нет такой школы xyz')
    await page.waitForURL(/xyz/)
    await page.getByTestId('empty-state').waitFor()
    assert.match(await page.getByTestId('empty-state').textContent(), /Школы не найдены/)
    await page.getByTestId('reset-filters').click()
    await page.waitForURL((url) => !url.search.includes('q='))
    assert.equal(await listTotal(page), 38)
  } finally {
    await context.close()
  }
})

test('CSV export downloads the filtered list with the server file name', async () => {
  const { context, page } = await loginAs(browser, 'coord.kerch', '/schools')
  try {
    assert.equal(await listTotal(page), 22)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()])
    assert.match(download.suggestedFilename(), /^schools-.*\.csv$/)
    const text = await readFile(await download.path(), 'utf8')
    assert.equal(text.charCodeAt(0), 0xfeff, 'UTF-8 with BOM, for Excel')
    const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/)
    assert.equal(lines.length, 1 + 22, 'header and one line per school')
    assert.ok(lines[0].includes(';'), 'semicolon-separated')
    assert.ok(text.includes('МБОУ СОШ №1'))
  } finally {
    await context.close()
  }
})

test('the language switch turns the interface to English and back, and is remembered', async () => {
  const { context, page } = await loginAs(browser, 'analyst.crimea', '/schools')
  try {
    await listTotal(page)
    assert.equal((await page.getByTestId('user-role').textContent()).trim(), 'Региональный аналитик')
    await page.getByTestId('lang-en').click()
    await page.getByText('Regional analyst').first().waitFor()
    assert.equal((await page.getByTestId('page-title').textContent()).trim(), 'Schools')
    assert.match(await page.getByTestId('export-csv').textContent(), /Export CSV/)
    assert.match(await page.getByTestId('nav-regions').textContent(), /Territories/)

    await page.reload()
    await listTotal(page)
    assert.equal((await page.getByTestId('user-role').textContent()).trim(), 'Regional analyst')
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en')

    await page.getByTestId('lang-ru').click()
    await page.getByText('Региональный аналитик').first().waitFor()
    assert.equal((await page.getByTestId('page-title').textContent()).trim(), 'Школы')
  } finally {
    await context.close()
  }
})
