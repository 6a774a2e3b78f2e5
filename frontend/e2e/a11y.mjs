// axe-core in the browser tests: waiting for a page's content, and its serious or critical violations.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** The impacts a page may not have. */
const BLOCKING = new Set(['serious', 'critical'])

const inFlight = new WeakMap()

/** Counts the page's API requests in flight, for `settle`. Call it right after opening the page. */
export function watchRequests(page) {
  const state = { count: 0, last: Date.now() }
  inFlight.set(page, state)
  const api = (request) => new URL(request.url()).pathname.startsWith('/api/')
  page.on('request', (r) => {
    if (api(r)) state.count++, (state.last = Date.now())
  })
  for (const event of ['requestfinished', 'requestfailed']) {
    page.on(event, (r) => {
      if (api(r)) state.count--, (state.last = Date.now())
    })
  }
}

const LOADING = '.v-progress-linear--active .v-progress-linear__indeterminate, [data-loading="true"], .v-data-table--loading, .v-skeleton-loader'

/**
 * Waits until the page has loaded its content: a heading shown, no API request in flight for 400 ms (those started
 * by what just rendered included), no loading bar or table, and Vuetify's transitions over.
 */
export async function settle(page) {
  const state = inFlight.get(page)
  const deadline = Date.now() + 20_000
  await page.waitForSelector('h1')
  for (;;) {
    const quiet = !state || (state.count <= 0 && Date.now() - state.last > 400)
    if (quiet && !(await page.$(LOADING))) break
    if (Date.now() > deadline) throw new Error(`${page.url()} still loading after 20 s`)
    await page.waitForTimeout(100)
  }
  // Transitions (a table fading in after loading) and animations that end; a spinner's run forever.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  )
  await page.waitForTimeout(100)
}

/** The page's violations of impact serious or critical, one line each: rule, impact, target, and what is wrong. */
export async function axeViolations(page) {
  // Evaluated, not added as a <script>: the SPA's Content-Security-Policy (script-src 'self') refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE)
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] })
    // The one documented exclusion, a Vuetify artefact: a tooltip once shown and closed again keeps its overlay in the
    // page with role="tooltip" and its text hidden (display: none), so axe finds a tooltip without a name. The open
    // tooltip has its text.
    const closedTooltip = (v, n) =>
      v.id === 'aria-tooltip-name' &&
      n.target.length === 1 &&
      getComputedStyle(document.querySelector(n.target[0])?.querySelector('.v-overlay__content') ?? document.body).display === 'none'
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes
        .filter((n) => !closedTooltip(v, n))
        .map((n) => ({ target: n.target.join(' '), impact: n.impact, summary: n.failureSummary })),
    }))
  })
  return violations
    .filter((v) => BLOCKING.has(v.impact))
    .flatMap((v) => v.nodes.filter((n) => BLOCKING.has(n.impact ?? v.impact)).map((n) => `${v.id} (${n.impact ?? v.impact}) at ${n.target}: ${n.summary?.split('\n').slice(0, 2).join(' ')}`))
}
