// Each role sees the registry of its own scope: region, municipality, school.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { BASE, COLUMNS, column, launch, listTotal, loginAs, schoolByInn } from './helpers.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

test('a regional analyst of Crimea lands on a Russian home page and sees the whole region, nothing of Kaliningrad', async () => {
  const { context, page } = await loginAs(browser, 'analyst.crimea')
  try {
    await page.getByTestId('home-greeting').waitFor()
    assert.match(await page.getByTestId('home-greeting').textContent(), /^Здравствуйте, .+!$/)
    assert.equal((await page.getByTestId('home-role').textContent()).trim(), 'Региональный аналитик')
    assert.equal((await page.getByTestId('home-scope').textContent()).trim(), 'Республика Крым')
    await page.getByTestId('home-schools-count').waitFor()
    assert.equal((await page.getByTestId('home-schools-count').textContent()).trim(), '38 школ')

    await page.goto(`${BASE}/schools?size=100&sort=municipalityName`)
    assert.equal(await listTotal(page), 38)
    const municipalities = new Set(await column(page, COLUMNS.municipality))
    assert.deepEqual([...municipalities].sort(), ['Городской округ Керчь', 'Городской округ Феодосия'])
  } finally {
    await context.close()
  }
})

test('a municipal coordinator of Kerch sees only the 22 schools of Kerch', async () => {
  const { context, page } = await loginAs(browser, 'coord.kerch', '/schools?size=50')
  try {
    assert.equal((await page.getByTestId('user-role').textContent()).trim(), 'Муниципальный координатор')
    assert.equal((await page.getByTestId('user-scope').textContent()).trim(), 'Городской округ Керчь')
    assert.equal(await listTotal(page), 22)
    assert.equal((await page.getByTestId('school-total').textContent()).trim(), 'Найдено 22 школы')
    const municipalities = await column(page, COLUMNS.municipality)
    assert.equal(municipalities.length, 22)
    assert.ok(municipalities.every((m) => m === 'Городской округ Керчь'), municipalities.join(', '))
  } finally {
    await context.close()
  }
})

test("school staff see exactly their own school, and another school's page is not found", async () => {
  const other = await schoolByInn('analyst.crimea', '9135175940') // МБОУ «Гимназия №2», Керчь
  const { context, page } = await loginAs(browser, 'school.kerch1', '/schools')
  try {
    assert.equal((await page.getByTestId('user-role').textContent()).trim(), 'Сотрудник школы')
    assert.equal(await listTotal(page), 1)
    assert.deepEqual(await column(page, COLUMNS.shortName), ['МБОУ СОШ №1'])
    assert.deepEqual(await column(page, COLUMNS.municipality), ['Городской округ Керчь'])

    const url = `${BASE}/schools/${other.id}`
    await page.goto(url)
    await page.getByTestId('not-found').waitFor()
    assert.match(await page.getByTestId('not-found').textContent(), /Страница не найдена/)
    assert.equal(page.url(), url, 'the address stays')
    await page.getByTestId('not-found-home').click()
    await page.getByTestId('home-greeting').waitFor()
  } finally {
    await context.close()
  }
})

test('logging out ends the session: the SPA asks for a login again', async () => {
  const { context, page } = await loginAs(browser, 'coord.kerch')
  try {
    await page.getByTestId('logout').click()
    await page.waitForSelector('#username')
    await page.goto(`${BASE}/schools`)
    await page.waitForSelector('#username')
  } finally {
    await context.close()
  }
})
