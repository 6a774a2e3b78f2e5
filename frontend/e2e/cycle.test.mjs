// The management cycle: the Crimean analyst sees the matrix of the region's municipalities (Керчь and Феодосия among
// them), sorts it by the total, opens what proves a cell; the Kerch coordinator sees only Kerch's row, as a checklist.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

let browser
let matrix // the analyst's matrix as the API gives it

before(async () => {
  browser = await launch()
  matrix = await apiAs('analyst.crimea', '/api/v1/cycle')
})

after(async () => {
  await browser?.close()
})

const loaded = (page) => page.locator('[data-testid="cycle-page"][data-loading="false"]').waitFor()
const rowNames = (page) => page.locator('[data-testid="cycle-matrix"] tbody th').allInnerTexts()

test('the analyst sees the region’s matrix, sorts it by the total and opens what proves a cell', async () => {
  const kerch = matrix.rows.find((r) => r.municipalityName.includes('Керчь'))
  const feodosia = matrix.rows.find((r) => r.municipalityName.includes('Феодосия'))
  assert.ok(kerch && feodosia, 'the Crimean matrix has Kerch and Feodosia')
  const { context, page } = await loginAs(browser, 'analyst.crimea', '/cycle')
  try {
    await loaded(page)
    const names = await rowNames(page)
    assert.equal(names.length, matrix.rows.length)
    assert.ok(names.some((n) => n.includes('Керчь')) && names.some((n) => n.includes('Феодосия')))
    // each cell says its state in words, not by colour alone
    const roadmapCell = page.getByTestId(`cycle-cell-${kerch.municipalityId}-MUNICIPAL_ROADMAP`)
    assert.match(await roadmapCell.locator('a, span').first().getAttribute('aria-label'), /Муниципальная дорожная карта: (выполнено|нет)/)

    // by the total, the most complete first; Kerch (a roadmap in force, recommendations) stands above Feodosia
    await page.getByTestId('cycle-sort-total').click()
    await loaded(page)
    await page.getByTestId('cycle-sort-total').click()
    await page.waitForFunction(() => document.querySelector('[data-testid="cycle-sort-total"]')?.closest('th')?.getAttribute('aria-sort') === 'descending')
    await loaded(page)
    const sorted = await apiAs('analyst.crimea', '/api/v1/cycle?sort=-total')
    await page.waitForFunction((first) => document.querySelector('[data-testid="cycle-matrix"] tbody th')?.textContent?.includes(first), sorted.rows[0].municipalityName)
    const byTotal = await rowNames(page)
    assert.deepEqual(byTotal.map((n) => n.split('\n')[0].trim()), sorted.rows.map((r) => r.municipalityName))

    // Kerch's municipal roadmap cell opens the roadmap that proves it
    const proof = kerch.cells.find((c) => c.position === 'MUNICIPAL_ROADMAP')
    assert.equal(proof.state, 'DONE', 'the demo gives Kerch a roadmap in force')
    await roadmapCell.locator('a').click()
    await page.waitForURL((url) => url.pathname === `/plans/roadmaps/${proof.link.id}`)
    await page.getByTestId('page-title').waitFor()
  } finally {
    await context.close()
  }
})

test('the Kerch coordinator sees only their own row, as what is done and what is missing', async () => {
  const own = await apiAs('coord.kerch', '/api/v1/cycle')
  assert.equal(own.rows.length, 1)
  const { context, page } = await loginAs(browser, 'coord.kerch', '/cycle')
  try {
    await loaded(page)
    assert.match(await page.getByTestId('page-title').innerText(), /Керчь/)
    assert.equal(await page.getByTestId('cycle-matrix').count(), 0)
    assert.match(await page.getByTestId('cycle-done').innerText(), /Муниципальная дорожная карта/)
    const missing = own.rows[0].cells.filter((c) => c.state === 'MISSING')
    assert.ok(missing.length > 0)
    for (const c of missing) assert.equal(await page.getByTestId(`cycle-missing-${c.position}`).count(), 1)
    assert.doesNotMatch(await page.locator('main').innerText(), /Феодосия/)
  } finally {
    await context.close()
  }
})
