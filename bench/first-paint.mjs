// First paint of the SPA's main pages in Chromium (issue 16): against a running backend and a served SPA, logs in through
// Keycloak as the demo users, warms up, then opens each page N times, each time in a fresh tab of the logged-in browser
// context (as a bookmark or a reload opens it), and measures from the moment the address is opened:
//   first paint — first contentful paint (PerformanceObserver 'paint') of the page's document;
//   content     — the frame in which the page's main content is shown: its heading and data (table rows, cards), with
//                 no loading bar, spinner or loading table left.
// Both count from the start of the first navigation, whatever the number of documents the tab goes through: keycloak-js
// takes the Keycloak session over in hidden frames (check-sso), or — when the browser blocks third-party cookies or the
// check is late — sends the tab to Keycloak, which knows the session and sends it straight back with a code, and the SPA
// starts again there; either way the login is part of what a user waits for, and the times are the final document's.
//
//   BENCH_SPA_URL=http://localhost:4178 BENCH_API_URL=http://localhost:8094 node bench/first-paint.mjs
//
// Knobs: BENCH_RUNS (10), BENCH_WARMUPS (1 visit of every page before measuring), BENCH_USERS (analyst.crimea,coord.kerch,
// school.kerch1), BENCH_PASSWORD (rostok), BENCH_JSON (a file for every measurement; with BENCH_WATERFALL=1 each
// also lists its requests, start and end in ms from the opening of the address, the hidden frames' included), BENCH_TABLE (a file to append one
// TSV row per page for bench/all.sh), CHROMIUM_PATH (/usr/bin/chromium). Prints a markdown table. Needs the packages of
// frontend/ (playwright-core), and a Keycloak realm whose rostok-spa client admits the SPA's address.
// The analysis page needs an analysis run of the analyst's campaign: when the campaign has none, one is started.
import { appendFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const { chromium } = createRequire(new URL('../frontend/package.json', import.meta.url))('playwright-core')

const SPA = (process.env.BENCH_SPA_URL || 'http://localhost:4178').replace(/\/$/, '')
const API = (process.env.BENCH_API_URL || 'http://localhost:8094').replace(/\/$/, '')
const RUNS = Number(process.env.BENCH_RUNS || 10)
const WARMUPS = Number(process.env.BENCH_WARMUPS || 1)
const USERS = (process.env.BENCH_USERS || 'analyst.crimea,coord.kerch,school.kerch1').split(',')
const PASSWORD = process.env.BENCH_PASSWORD || 'rostok'
const GOAL_MS = 1000
const WATERFALL = process.env.BENCH_WATERFALL === '1'
const CAMPAIGN = 'Ежегодный мониторинг по выявлению ШНОР'

/** Anything that says the page is still loading (as e2e/a11y.mjs's settle, and the spinners of the home page's counts). */
const BUSY = [
  '.v-progress-linear--active .v-progress-linear__indeterminate',
  '[data-loading="true"]',
  '.v-data-table--loading',
  '.v-skeleton-loader',
  '.v-main .v-progress-circular--indeterminate',
].join(', ')

const list = (root, table) => `[data-testid="${root}"][data-loading="false"] [data-testid="${table}"] tbody tr`

// ------------------------------------------------------------------ the API, for the records the pages show

let keycloakUrl
async function token(user) {
  keycloakUrl ??= process.env.KEYCLOAK_URL || (await (await fetch(`${SPA}/config.json`)).json()).keycloakUrl
  const response = await fetch(`${keycloakUrl}/realms/rostok/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'rostok-tests', username: user, password: PASSWORD }),
  })
  if (!response.ok) throw new Error(`token of ${user}: HTTP ${response.status} ${await response.text()}`)
  return (await response.json()).access_token
}

async function api(user, path, init = {}) {
  const response = await fetch(`${API}/api/v1${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${await token(user)}`, 'Content-Type': 'application/json' },
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method || 'GET'} ${path} as ${user}: HTTP ${response.status} ${text}`)
  return text ? JSON.parse(text) : undefined
}

/** The main pages the user may open, each with the selector of its main content. */
async function pagesOf(user) {
  const me = await api(user, '/me')
  const may = (operation) => me.actions.includes(operation)
  const school = me.schoolId ?? (await api(user, '/schools?size=1&sort=shortName')).items[0]?.id
  const pages = [
    { name: 'home', path: '/', content: '[data-testid="home"] h1' },
    { name: 'schools registry', path: '/schools', content: list('school-list', 'school-table') },
    { name: 'school page', path: `/schools/${school}`, content: '[data-testid="school-card"] h1' },
  ]
  if (may('createCampaign')) {
    const found = (await api(user, `/campaigns?q=${encodeURIComponent(CAMPAIGN)}`)).items.find((c) => c.name === CAMPAIGN)
    const campaign = found ?? (await api(user, '/campaigns?size=1&respondent=SCHOOL')).items[0]
    if (campaign) {
      pages.push({ name: 'campaign', path: `/monitoring/campaigns/${campaign.id}`, content: '[data-testid="campaign-card"] h1' })
      if (may('getAnalysis')) {
        const runs = await api(user, `/campaigns/${campaign.id}/analyses`)
        if (runs.length === 0) await api(user, `/campaigns/${campaign.id}/analyses`, { method: 'POST', body: JSON.stringify({ comparison: 'REGION' }) })
        pages.push({
          name: 'analysis',
          path: `/monitoring/campaigns/${campaign.id}/analysis`,
          content: '[data-testid="analysis-page"][data-loading="false"] h1',
        })
      }
    }
  }
  if (may('saveSubmission')) pages.push({ name: 'tasks', path: '/monitoring/tasks', content: 'main h1' })
  pages.push(
    { name: 'roadmaps', path: '/plans/roadmaps', content: list('roadmap-list', 'roadmap-table') },
    { name: 'decisions', path: '/control/decisions', content: list('decision-list', 'decision-table') },
  )
  if (may('myWork')) pages.push({ name: 'my work', path: '/control/my-work', content: '[data-testid="my-work"][data-loading="false"] h1' })
  if (may('trend')) pages.push({ name: 'trends', path: '/trends', content: '[data-testid="trends-page"][data-loading="false"] h1' })
  return pages
}

// ------------------------------------------------------------------ the browser

/**
 * Runs in every document of the tab before its scripts. In the SPA's documents it keeps the start of the first one
 * (sessionStorage lives as long as the tab), the first contentful paint, and the first frame in which the main content
 * is there and nothing is loading. Not in frames: keycloak-js's silent check-sso page is of the SPA's origin too.
 */
function probe({ origin, content, busy }) {
  if (location.origin !== origin || window !== window.top) return
  const t0 = Number(sessionStorage.getItem('bench.t0')) || performance.timeOrigin
  sessionStorage.setItem('bench.t0', String(t0))
  const since = (t) => performance.timeOrigin + t - t0
  const state = (window.__bench = { documents: Number(sessionStorage.getItem('bench.documents') || 0) + 1 })
  sessionStorage.setItem('bench.documents', String(state.documents))
  new PerformanceObserver((entries) => {
    for (const e of entries.getEntries()) if (e.name === 'first-contentful-paint') state.fcp = since(e.startTime)
  }).observe({ type: 'paint', buffered: true })
  let scheduled = false
  const check = () => {
    scheduled = false
    if (state.content !== undefined || !document.querySelector(content) || document.querySelector(busy)) return
    state.content = since(performance.now()) // this frame is the first to show it
    observer.disconnect()
  }
  const observer = new MutationObserver(() => {
    if (!scheduled) (scheduled = true), requestAnimationFrame(check)
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true })
}

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

async function login(browser, user) {
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  await page.goto(SPA + '/')
  await page.waitForSelector('#username')
  await page.fill('#username', user)
  await page.fill('#password', PASSWORD)
  await page.click('#kc-login')
  await page.getByTestId('user-name').waitFor()
  await page.close()
  return context
}

/** Opens the page in a fresh tab; the times in ms from the start, and the requests the tab made. */
async function open(context, spec) {
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  await page.addInitScript(probe, { origin: SPA, content: spec.content, busy: BUSY })
  const requests = []
  const waterfall = []
  const started = Date.now()
  page.on('requestfinished', (r) => {
    requests.push(r.url())
    if (!WATERFALL) return
    const t = r.timing()
    waterfall.push({ url: r.url(), start: Math.round(t.startTime - started), end: Math.round(t.startTime - started + t.responseEnd) })
  })
  try {
    await page.goto(SPA + spec.path, { waitUntil: 'commit' })
    await page.waitForFunction(() => window.__bench?.content !== undefined && window.__bench?.fcp !== undefined, null, { polling: 100 })
    const result = await page.evaluate(() => window.__bench)
    const api = requests.filter((u) => u.startsWith(SPA + '/api/')).length
    const measured = { fcp: result.fcp, content: result.content, documents: result.documents, requests: requests.length, api }
    return WATERFALL ? { ...measured, waterfall: waterfall.sort((a, b) => a.start - b.start) } : measured
  } catch (error) {
    throw new Error(`${spec.path}: ${error.message.split('\n')[0]} (${page.url()})`)
  } finally {
    await page.close()
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(xs.length * 0.95) - 1)]
const ms = (x) => Math.round(x).toLocaleString('en-US')

const browser = await launch()
const rows = []
const all = []
try {
  for (const user of USERS) {
    const pages = await pagesOf(user)
    const context = await login(browser, user)
    for (let i = 0; i < WARMUPS; i++) for (const spec of pages) await open(context, spec)
    const times = new Map(pages.map((p) => [p, []]))
    // round by round, so that a slow moment of the machine falls on every page alike
    for (let i = 0; i < RUNS; i++) {
      for (const spec of pages) {
        const t = await open(context, spec)
        times.get(spec).push(t)
        all.push({ user, page: spec.name, path: spec.path, ...t })
      }
    }
    for (const spec of pages) {
      const t = times.get(spec)
      const fcp = t.map((x) => x.fcp)
      const content = t.map((x) => x.content)
      rows.push({
        user,
        name: spec.name,
        path: spec.path,
        fcp: [median(fcp), p95(fcp)],
        content: [median(content), p95(content)],
        requests: median(t.map((x) => x.requests)),
        api: median(t.map((x) => x.api)),
        documents: median(t.map((x) => x.documents)),
      })
    }
    await context.close()
  }
} finally {
  await browser.close()
}

const ok = (r) => (r.content[1] <= GOAL_MS ? '✓' : '✗')
console.log(`\n## First paint of the SPA's pages (${new Date().toISOString().slice(0, 10)}, ${SPA}, API ${API})`)
console.log(`${RUNS} opens of each page in a fresh tab of a logged-in browser after ${WARMUPS} warm-up rounds; times from the start`)
console.log('of the navigation, the login through Keycloak included. Goal: ≤ 1 s.\n')
console.log('| user | page | path | first paint, median / p95 | content shown, median / p95 | requests (API) | documents | ≤ 1 s |')
console.log('|---|---|---|---|---|---|---|---|')
for (const r of rows) {
  console.log(
    `| ${r.user} | ${r.name} | \`${r.path}\` | ${ms(r.fcp[0])} / ${ms(r.fcp[1])} ms | **${ms(r.content[0])}** / ${ms(r.content[1])} ms | ${r.requests} (${r.api}) | ${r.documents} | ${ok(r)} |`,
  )
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(all, null, 1))
if (process.env.BENCH_TABLE) {
  for (const r of rows) {
    appendFileSync(
      process.env.BENCH_TABLE,
      [
        `first paint, ${r.path} (${r.user}), median/p95`,
        `${ms(r.fcp[0])} / ${ms(r.fcp[1])} ms (content shown ${ms(r.content[0])} / ${ms(r.content[1])} ms)`,
        '—',
        '—',
        '≤ 1 s',
      ].join('\t') + '\n',
    )
  }
}
