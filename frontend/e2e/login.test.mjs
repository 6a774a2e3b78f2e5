// Logging in through the real Keycloak: a tab opened in a browser that has a session logs in without leaving the SPA
// (keycloak-js's check-sso in a hidden frame), or through Keycloak and back when the frame gets no session; without a
// session, Keycloak's login page and back to the same address;
// Keycloak down: a plain message; a setup link opens without Keycloak; the splash is there before any script runs.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { BASE, launch, loginAs } from './helpers.mjs'

const KEYCLOAK = process.env.E2E_KEYCLOAK_URL || (await (await fetch(`${BASE}/config.json`)).json()).keycloakUrl

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

/** Every address the tab's own document went to (not its frames'), from the start. */
function documentsOf(page) {
  const addresses = []
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) addresses.push(frame.url())
  })
  return addresses
}

test("without a session the SPA sends the browser to Keycloak's login page, and back to the same address", async () => {
  const { context, page } = await loginAs(browser, 'coord.kerch', '/schools?q=Керчь')
  try {
    const url = new URL(page.url())
    assert.equal(url.pathname + decodeURIComponent(url.search), '/schools?q=Керчь')
    assert.equal(url.hash, '', "Keycloak's code is gone from the address")
    await page.getByTestId('school-list').waitFor()
  } finally {
    await context.close()
  }
})

test('a page opened in a new tab of a logged-in browser logs in without leaving the SPA', async () => {
  const { context } = await loginAs(browser, 'school.kerch1')
  try {
    const tab = await context.newPage()
    const documents = documentsOf(tab)
    const frames = []
    tab.on('framenavigated', (frame) => frame !== tab.mainFrame() && frames.push(new URL(frame.url()).pathname))
    await tab.goto(`${BASE}/plans/roadmaps`)
    await tab.getByTestId('user-name').waitFor()
    await tab.getByTestId('roadmap-list').waitFor()
    assert.deepEqual(
      documents.filter((address) => !address.startsWith(BASE)),
      [],
      'the tab itself never went to Keycloak',
    )
    assert.ok(frames.includes('/silent-check-sso.html'), `the hidden frame came back to the silent page: ${frames}`)
    // one hidden frame: keycloak-js does not first check in two more whether third-party cookies are blocked (0.2 s)
    assert.deepEqual(frames.filter((path) => path.includes('3p-cookies')), [], `no third-party cookie check: ${frames}`)
    assert.equal(new URL(tab.url()).pathname, '/plans/roadmaps')
    // the hidden frames are gone once the session is taken over
    assert.equal(await tab.locator('iframe').count(), 0)
  } finally {
    await context.close()
  }
})

test('a browser that keeps its Keycloak cookie from hidden frames still logs a new tab in, through Keycloak and back', async () => {
  const { context } = await loginAs(browser, 'coord.kerch')
  try {
    const tab = await context.newPage()
    // what Keycloak answers the check-sso frame when the browser does not send it the session's cookie there
    await tab.route(`${KEYCLOAK}/realms/rostok/protocol/openid-connect/auth?**`, (route) => {
      if (route.request().frame() === tab.mainFrame()) return route.continue()
      const asked = new URL(route.request().url()).searchParams
      const back = `${asked.get('redirect_uri')}#error=login_required&state=${asked.get('state')}`
      return route.fulfill({ status: 302, headers: { location: back } })
    })
    const toKeycloak = []
    tab.on('request', (r) => r.isNavigationRequest() && r.frame() === tab.mainFrame() && r.url().startsWith(KEYCLOAK) && toKeycloak.push(r.url()))
    await tab.goto(`${BASE}/control/decisions`)
    await tab.getByTestId('user-name').waitFor()
    await tab.getByTestId('decision-list').waitFor()
    assert.equal(toKeycloak.length, 1, 'the tab itself went to Keycloak once, which sent it straight back')
    assert.equal(new URL(tab.url()).pathname, '/control/decisions')
    assert.equal(await tab.locator('#username').count(), 0, 'no login form: Keycloak knew the session')
  } finally {
    await context.close()
  }
})

test('when Keycloak does not answer, the SPA says so in Russian instead of a blank page', async () => {
  for (const loggedIn of [false, true]) {
    const context = loggedIn ? (await loginAs(browser, 'coord.kerch')).context : await browser.newContext({ locale: 'ru-RU' })
    try {
      await context.route(`${KEYCLOAK}/**`, (route) => route.abort('connectionrefused'))
      const page = await context.newPage()
      page.setDefaultTimeout(20_000)
      await page.goto(`${BASE}/schools`)
      const failed = page.getByTestId('start-failed')
      await failed.waitFor()
      assert.equal(await failed.locator('h1').textContent(), 'Вход в Росток временно недоступен')
      assert.match(await failed.locator('p').textContent(), new RegExp(`Сервер входа \\(Keycloak, ${KEYCLOAK}\\) не отвечает`))
      assert.equal(await page.getByRole('status').count(), 0, 'the splash is gone')
      assert.equal(new URL(page.url()).origin, BASE)
    } finally {
      await context.close()
    }
  }
})

test('a setup link opens without Keycloak', async () => {
  const context = await browser.newContext({ locale: 'ru-RU' })
  try {
    const asked = []
    await context.route(`${KEYCLOAK}/**`, (route) => {
      asked.push(route.request().url())
      return route.abort('connectionrefused')
    })
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    await page.goto(`${BASE}/welcome/no-such-link`)
    await page.getByTestId('welcome-invalid').waitFor()
    assert.deepEqual(asked, [])
  } finally {
    await context.close()
  }
})

test('the splash says «Загрузка…» in Russian before any script runs', async () => {
  const context = await browser.newContext({ locale: 'ru-RU' })
  try {
    await context.route(`${BASE}/assets/**`, (route) => route.abort())
    const page = await context.newPage()
    await page.goto(`${BASE}/schools`)
    const splash = page.getByRole('status')
    assert.equal(await splash.getAttribute('aria-live'), 'polite')
    assert.deepEqual(await splash.locator('p').allTextContents(), ['Росток', 'Загрузка…'])
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru')
    assert.equal(await page.title(), 'Росток')
  } finally {
    await context.close()
  }
})
