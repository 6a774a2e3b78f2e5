// Importing a decision from its file, end to end: the Kerch coordinator uploads the Kerch collegium decision (seed 000)
// as text, sees it beside its numbered lines with the warning that point 3.2's deadline «февраль 2020 г.» comes
// before the decision's own date, corrects that deadline, saves, and lands on the decision with its file as the source
// and without that warning. axe-core finds nothing serious on the import page, before and after reading the file.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { launch, loginAs } from './helpers.mjs'
import { axeViolations, settle, watchRequests } from './a11y.mjs'

const SEED = fileURLToPath(new URL('../../backend/src/test/resources/seeds/000_9cd72ec4476df246.txt', import.meta.url))
const RUN = Date.now().toString(36)

let browser

before(async () => {
  browser = await launch()
})

after(async () => {
  await browser?.close()
})

test('the coordinator imports seed 000, fixes the deadline before the document’s date, and saves it with its source', async () => {
  const text = await readFile(SEED)
  const { context, page } = await loginAs(browser, 'coord.kerch', '/control/decisions')
  watchRequests(page)
  try {
    await page.getByTestId('decision-import').click()
    await page.waitForURL((url) => url.pathname === '/documents/import')
    await page.locator('[data-testid="document-import"][data-step="file"]').waitFor()
    await settle(page)
    assert.deepEqual(await axeViolations(page), [], 'the file step')

    await page.locator('[data-testid="import-file"] input[type="file"]').setInputFiles({ name: 'reshenie-5-3.txt', mimeType: 'text/plain', buffer: text })
    await page.getByTestId('import-read').click()
    await page.locator('[data-testid="document-import"][data-step="draft"]').waitFor()
    await settle(page)

    // The source text line by line, and the points as read.
    assert.ok((await page.getByTestId('import-line').count()) > 40)
    assert.equal(await page.locator('[data-testid="import-number"] input').inputValue(), '5/3')
    assert.equal(await page.locator('[data-testid="import-date"] input').inputValue(), '2020-10-21')
    const numbers = await page.locator('[data-testid="import-item"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-number')))
    assert.deepEqual(numbers, ['1', '2', '2.1', '2.2', '3', '3.1', '3.2', '3.2', '4', '4.1'])

    // The warning sits at the first 3.2, whose deadline was read as «февраль 2020 г.».
    const early = page.locator('[data-testid="import-item"][data-number="3.2"]').first()
    const warning = early.locator('[data-testid="import-item-warning"][data-kind="DEADLINE_BEFORE_DOCUMENT"]')
    assert.match(await warning.innerText(), /февраль 2020.*раньше даты самого документа/s)
    assert.equal(await early.locator('[data-testid="import-item-deadline"] input').inputValue(), 'февраль 2020 г.')

    // Focus on the point marks the lines it was read from.
    await early.locator('[data-testid="import-item-text"] textarea:not([aria-hidden])').focus()
    const marked = await page.locator('[data-testid="import-line"][data-active="true"]').evaluateAll((ls) => ls.map((l) => l.textContent))
    assert.ok(marked.some((l) => l.includes('Срок: февраль 2020 г.')), `marked lines: ${marked.join(' | ')}`)
    assert.deepEqual(await axeViolations(page), [], 'the draft step')

    await early.locator('[data-testid="import-item-deadline"] input').fill('февраль 2021 г.')
    await warning.waitFor({ state: 'detached' })
    await page.locator('[data-testid="import-number"] input').fill(`5/3-${RUN}`)
    await page.getByTestId('import-save').click()

    await page.waitForURL(/\/control\/decisions\/\d+$/)
    await page.getByTestId('decision-card').waitFor()
    assert.match(await page.getByTestId('decision-heading').innerText(), new RegExp(`5/3-${RUN}`))
    const source = page.getByTestId('document-source')
    assert.match(await source.innerText(), /Источник:\s*reshenie-5-3\.txt/)
    const warnings = await page.getByTestId('warning').allInnerTexts()
    assert.ok(!warnings.some((w) => w.includes('февраль 2020')), `warnings: ${warnings.join(' | ')}`)
    assert.ok(warnings.some((w) => w.includes('«3.2» встречается в документе дважды')), `warnings: ${warnings.join(' | ')}`)
    const p = page.locator('[data-testid="point"][data-number="3.2"]').first()
    assert.equal(await p.getByTestId('point-deadline').innerText(), 'февраль 2021 г.')

    // The kept file downloads as it was uploaded.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('document-source-file').click()])
    assert.equal(download.suggestedFilename(), 'reshenie-5-3.txt')
    assert.deepEqual(await readFile(await download.path()), text)
  } finally {
    await context.close()
  }
})
