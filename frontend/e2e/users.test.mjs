// People and access, end to end against the real Keycloak: the admin sees accounts of every role; the Kerch
// coordinator sees only school staff of Kerch, may give no other role, creates an account for School № 1 and gets a
// one-time link; the link, opened without login, sets the password; the new person logs in with it and sees no
// «Пользователи»; the coordinator then disables the account. Screenshots go to /tmp/shots/users-*.png.
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { BASE, apiAs, launch, loginAs, schoolByInn } from './helpers.mjs'

const KERCH_SCHOOL_1_INN = '9189294439'
const RUN = Date.now().toString(36)
const EMAIL = `e2e.${RUN}@school1.kerch.example.ru`
const NEW_PASSWORD = `Росток-${RUN}-пароль`
const SHOTS = '/tmp/shots'

let browser
let school
/** The link the coordinator got for the new account. */
let link

before(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launch()
  school = await schoolByInn('coord.kerch', KERCH_SCHOOL_1_INN)
})

after(async () => {
  await browser?.close()
})

/** The user list once it has loaded. */
async function loaded(page) {
  await page.locator('[data-testid="user-list"][data-loading="false"] [data-testid="users-total"]').waitFor()
}

/** Types into the search field and waits for the list read with it. */
async function search(page, text) {
  const read = page.waitForResponse((r) => r.url().includes('/api/v1/users?') && new URL(r.url()).searchParams.get('q') === (text || null))
  await page.locator('[data-testid="filter-q"] input').fill(text)
  await read
  await loaded(page)
}

/** The usernames listed for a search. */
async function found(page, text) {
  await search(page, text)
  return page.locator('[data-testid="account-name"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-username')))
}

async function roleOptions(page) {
  await page.getByTestId('user-create').click()
  await page.getByTestId('user-create-dialog').waitFor()
  await page.locator('[data-testid="user-role"] .v-field').click()
  // the menu's options are in the page before its opening transition shows them (innerText '' until then)
  await page.waitForFunction(() => [...document.querySelectorAll('.v-overlay--active [role="option"]')]
    .some((o) => o.innerText.trim() !== ''))
  const options = await page.locator('.v-overlay--active [role="option"]').allInnerTexts()
  await page.keyboard.press('Escape')
  return options.map((o) => o.trim())
}

test('the admin sees accounts of every role and may give every role', async () => {
  const { context, page } = await loginAs(browser, 'admin', '/users')
  try {
    await loaded(page)
    assert.ok(Number(await page.getByTestId('users-total').getAttribute('data-total')) > 0)
    assert.deepEqual(await found(page, 'analyst.crimea'), ['analyst.crimea'], 'the admin sees the analyst')
    assert.deepEqual(await found(page, 'coord.kerch'), ['coord.kerch'], 'the admin sees the coordinator')
    await search(page, '')
    await page.screenshot({ path: `${SHOTS}/users-admin.png`, fullPage: true })
    const roles = await roleOptions(page)
    assert.deepEqual(roles, ['Администратор', 'Региональный аналитик', 'Муниципальный координатор', 'Сотрудник школы'])
  } finally {
    await context.close()
  }
})

test('the coordinator sees only school staff of Kerch and may give no other role', async () => {
  const me = await apiAs('coord.kerch', '/api/v1/me')
  const listed = await apiAs('coord.kerch', '/api/v1/users?size=200')
  assert.ok(listed.total > 0, 'the coordinator sees the Kerch school staff')
  for (const user of listed.items) {
    assert.equal(user.role, 'school-staff', `${user.username} is school staff`)
    assert.equal(user.municipalityId, me.municipalityId, `${user.username} works in Kerch`)
  }
  const { context, page } = await loginAs(browser, 'coord.kerch', '/users')
  try {
    await loaded(page)
    assert.deepEqual(await found(page, 'school.kerch1'), ['school.kerch1'])
    assert.deepEqual(await found(page, 'analyst.crimea'), [], 'no analyst for the coordinator')
    assert.deepEqual(await found(page, 'school.feodosia1'), [], 'no school staff of another municipality')
    await page.getByTestId('empty-state').waitFor()
    await search(page, '')
    assert.deepEqual(await roleOptions(page), ['Сотрудник школы'])
  } finally {
    await context.close()
  }
})

test('the coordinator creates an account for School № 1 and gets the link to hand over', async () => {
  const { context, page } = await loginAs(browser, 'coord.kerch', '/users')
  try {
    await loaded(page)
    await page.getByTestId('user-create').click()
    const dialog = page.getByTestId('user-create-dialog')
    await dialog.waitFor()
    // the only role is chosen already; an empty form is refused in the browser
    await page.getByTestId('user-create-save').click()
    await dialog.getByText('Заполните поле').first().waitFor()
    const picker = page.locator('[data-testid="school-picker"] input')
    await picker.click()
    await picker.pressSequentially(school.inn, { delay: 20 })
    await page.getByRole('option', { name: school.shortName }).first().click()
    await page.locator('[data-testid="user-last-name"] input').fill('Автотестова')
    await page.locator('[data-testid="user-first-name"] input').fill('Вера')
    await page.locator('[data-testid="user-middle-name"] input').fill('Павловна')
    await page.locator('[data-testid="user-email"] input').fill(EMAIL)
    await page.getByTestId('user-create-save').click()
    const setup = page.getByTestId('account-setup')
    await setup.waitFor()
    assert.match(await setup.innerText(), /Передайте ссылку человеку: по ней он задаст пароль\. Ссылка действует до/)
    link = await page.locator('[data-testid="setup-link"] input').inputValue()
    assert.match(link, /\/welcome\/[^/]+$/)
    await page.screenshot({ path: `${SHOTS}/users-created-link.png` })
    await page.getByTestId('user-create-done').click()
    await search(page, EMAIL)
    await page.locator(`[data-testid="account-name"]`).filter({ hasText: 'Автотестова Вера Павловна' }).waitFor()
    assert.match(await page.locator('[data-testid="user-table"] tbody tr').first().innerText(), /пароль не задан[\s\S]*ещё не входил\(а\)/)
  } finally {
    await context.close()
  }
})

test('the link, opened without login, sets the password; the person logs in with it', async () => {
  assert.ok(link, 'the previous test made the link')
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  try {
    // the link as the person would open it: the SPA under test, whatever host the backend wrote
    await page.goto(BASE + new URL(link).pathname)
    await page.getByTestId('welcome-name').waitFor()
    assert.equal(await page.getByTestId('welcome-name').innerText(), 'Учётная запись: Автотестова Вера Павловна')
    const username = await page.getByTestId('welcome-username').getAttribute('data-username')
    await page.locator('[data-testid="welcome-password"] input').fill('короткий')
    await page.getByTestId('welcome-save').click()
    await page.getByText('Пароль должен быть не короче 10 символов').waitFor()
    await page.locator('[data-testid="welcome-password"] input').fill(NEW_PASSWORD)
    await page.locator('[data-testid="welcome-repeat"] input').fill(NEW_PASSWORD)
    await page.screenshot({ path: `${SHOTS}/users-welcome.png` })
    await page.getByTestId('welcome-save').click()
    await page.getByTestId('welcome-done').waitFor()
    await page.screenshot({ path: `${SHOTS}/users-welcome-done.png` })

    await page.getByTestId('welcome-login').click()
    await page.waitForSelector('#username')
    await page.fill('#username', username)
    await page.fill('#password', NEW_PASSWORD)
    await page.click('#kc-login')
    await page.waitForURL((url) => url.href.startsWith(BASE))
    await page.getByTestId('user-name').waitFor()
    assert.match(await page.getByTestId('user-name').innerText(), /Вера/)
    assert.equal(await page.getByTestId('nav-users').count(), 0, 'school staff have no «Пользователи»')

    // the link is spent
    const again = await context.newPage()
    await again.goto(BASE + new URL(link).pathname)
    await again.getByTestId('welcome-invalid').waitFor()
  } finally {
    await context.close()
  }
})

test('the coordinator disables the new account, asked first', async () => {
  const { context, page } = await loginAs(browser, 'coord.kerch', '/users')
  try {
    await loaded(page)
    await search(page, EMAIL)
    const row = page.locator('[data-testid="user-table"] tbody tr').filter({ hasText: 'Автотестова Вера Павловна' })
    await row.waitFor()
    assert.doesNotMatch(await row.innerText(), /ещё не входил/, 'the login is recorded')
    await row.getByTestId('user-actions').click()
    await page.getByTestId('user-action-disable').click()
    await page.getByTestId('user-action-dialog').waitFor()
    await page.getByTestId('user-action-confirm').click()
    await page.getByTestId('user-notice').waitFor()
    await row.locator('[data-testid="user-status"][data-enabled="false"]').waitFor()
    await page.screenshot({ path: `${SHOTS}/users-coordinator.png`, fullPage: true })
  } finally {
    await context.close()
  }
})
