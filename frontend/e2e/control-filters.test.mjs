// The control dashboard's filters live in the address: the Crimean analyst narrows the dashboard to the Kerch
// education authority from its row, back returns the whole region and forward the filter, a reload keeps it, and
// the XLSX export asks for the same filters.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

let browser
let kerch // the Kerch education authority
let all // the dashboard of the whole region, as the API gives it

before(async () => {
  browser = await launch()
  const bodies = await apiAs('analyst.crimea', '/api/v1/bodies?size=500')
  kerch = bodies.items.find((b) => b.shortName === 'УО г. Керчи')
  assert.ok(kerch, 'analyst.crimea sees the Kerch education authority')
  all = await apiAs('analyst.crimea', '/api/v1/control/dashboard')
})

after(async () => {
  await browser?.close()
})

const loaded = (page) => page.locator('[data-testid="control-dashboard"][data-loading="false"]').waitFor()
/** Waits until the «on control» tile shows n. */
const shows = (page, n) =>
  page.waitForFunction((x) => document.querySelector('[data-testid="control-tile-open"] [data-testid="control-tile-count"]')?.textContent?.trim() === String(x), n)
const openCount = async (page) => Number(await page.getByTestId('control-tile-open').getByTestId('control-tile-count').innerText())

test('the body filter is in the address: set from the table, undone by back, kept on reload, used by the export', async () => {
  const { context, page } = await loginAs(browser, 'analyst.crimea', '/control')
  try {
    await loaded(page)
    assert.equal(await openCount(page), all.total.open)
    const only = await apiAs('analyst.crimea', `/api/v1/control/dashboard?bodyId=${kerch.id}`)
    assert.ok(only.total.open < all.total.open, 'the Kerch authority answers for part of the region’s items')

    await page.locator(`[data-testid="control-body-row"][data-key="body:${kerch.id}"] [data-testid="control-body-link"]`).click()
    await page.waitForURL((url) => url.searchParams.get('bodyId') === String(kerch.id))
    await shows(page, only.total.open)

    await page.goBack()
    await page.waitForURL((url) => !url.searchParams.has('bodyId'))
    await shows(page, all.total.open)
    await page.goForward()
    await page.waitForURL((url) => url.searchParams.get('bodyId') === String(kerch.id))
    await shows(page, only.total.open)

    // A reload (a shared link, a bookmark) shows the same filtered dashboard.
    await page.reload()
    await loaded(page)
    assert.equal(await openCount(page), only.total.open)
    assert.match(await page.getByTestId('control-body').innerText(), /УО г\. Керчи/)

    const [request] = await Promise.all([
      page.waitForRequest((r) => new URL(r.url()).pathname === '/api/v1/control/export'),
      page.getByTestId('control-export').click(),
    ])
    assert.equal(new URL(request.url()).searchParams.get('bodyId'), String(kerch.id))
  } finally {
    await context.close()
  }
})
