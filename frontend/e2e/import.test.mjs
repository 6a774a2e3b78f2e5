// Import from Excel: the template downloads, and a sheet with errors is refused as a whole with its rows listed.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { launch, listTotal, loginAs } from './helpers.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

test('the empty template comes back rejected with its row errors, and nothing is imported', async () => {
  const { context, page } = await loginAs(browser, 'analyst.crimea', '/schools')
  try {
    const before = await listTotal(page)
    await page.getByTestId('import-open').click()
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-template').click()])
    assert.equal(template.suggestedFilename(), 'schools-template.xlsx')

    await page.locator('[data-testid="import-file"] input[type="file"]').setInputFiles(await template.path())
    await page.getByTestId('import-upload').click()
    await page.getByTestId('import-errors').waitFor()
    assert.match(await page.getByTestId('import-message').textContent(), /ничего не загружено/)
    const rows = await page.$$eval('[data-testid="import-errors"] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
    )
    assert.ok(rows.length >= 1, 'at least one error row')
    assert.match(rows[0][0], /^\d+$/, 'a row number')
    assert.ok(rows[0][2].length > 0, 'a message')

    await page.keyboard.press('Escape')
    await page.getByTestId('import-errors').waitFor({ state: 'hidden' })
    assert.equal(await listTotal(page), before)
  } finally {
    await context.close()
  }
})

test('a municipal coordinator is not offered the import', async () => {
  const { context, page } = await loginAs(browser, 'coord.kerch', '/schools')
  try {
    await listTotal(page)
    assert.equal(await page.getByTestId('import-open').count(), 0)
    assert.equal(await page.getByTestId('school-add').count(), 1)
  } finally {
    await context.close()
  }
})
