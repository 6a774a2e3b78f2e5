// Shared pieces of the browser tests: Chromium, logging in through the real Keycloak page, API calls.
import { chromium } from 'playwright-core'

export const BASE = (process.env.E2E_BASE_URL || 'http://localhost:4173').replace(/\/$/, '')
export const PASSWORD = process.env.E2E_PASSWORD || 'rostok'
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** A fresh browser context (own cookies and localStorage) with one page, logged in as `user`, at `path`. */
export async function loginAs(browser, user, path = '/') {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'ru-RU', viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  await page.goto(BASE + path)
  // No Keycloak session in a fresh context: keycloak-js's check-sso finds none and sends us to the login page (PKCE).
  await page.waitForSelector('#username')
  await page.fill('#username', user)
  await page.fill('#password', PASSWORD)
  await page.click('#kc-login')
  await page.waitForURL((url) => url.href.startsWith(BASE))
  await page.getByTestId('user-name').waitFor()
  return { context, page }
}

let keycloakUrl
async function keycloak() {
  if (!keycloakUrl) {
    const config = await (await fetch(`${BASE}/config.json`)).json()
    keycloakUrl = process.env.E2E_KEYCLOAK_URL || config.keycloakUrl
  }
  return keycloakUrl
}

/** An access token for `user` from the rostok-tests client (password grant, for tests only). */
export async function tokenFor(user) {
  const response = await fetch(`${await keycloak()}/realms/rostok/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'rostok-tests', username: user, password: PASSWORD }),
  })
  if (!response.ok) throw new Error(`token for ${user}: HTTP ${response.status} ${await response.text()}`)
  return (await response.json()).access_token
}

/** Calls the API as `user` through the SPA server's proxy; returns the parsed JSON. */
export async function apiAs(user, path, init = {}) {
  const token = await tokenFor(user)
  const response = await fetch(`${BASE}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers || {}) },
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method || 'GET'} ${path}: HTTP ${response.status} ${text}`)
  return text ? JSON.parse(text) : undefined
}

/** The school with this INN, as `user` sees it. */
export async function schoolByInn(user, inn) {
  const page = await apiAs(user, `/api/v1/schools?q=${inn}`)
  const school = page.items.find((s) => s.inn === inn)
  if (!school) throw new Error(`${user} does not see the school with INN ${inn}`)
  return school
}

/** Waits until the school list has loaded, and returns its total. */
export async function listTotal(page) {
  await page.locator('[data-testid="school-list"][data-loading="false"] [data-testid="school-total"]').waitFor()
  return Number(await page.getByTestId('school-total').getAttribute('data-total'))
}

/** The visible table's column `index` (0-based) of every row. */
export async function column(page, index) {
  return page.$$eval(
    '[data-testid="school-table"] tbody tr',
    (rows, i) => rows.map((r) => r.querySelectorAll('td')[i]?.textContent?.trim() ?? '').filter(Boolean),
    index,
  )
}

export const COLUMNS = { shortName: 0, inn: 1, type: 2, settlement: 3, municipality: 4, pupils: 5, teachers: 6, principal: 7 }
export const number = (text) => Number(String(text).replace(/\s/g, ''))
