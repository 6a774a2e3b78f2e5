// Professional deficits: the analyst reads Lesosibirsk's diagnostic by subject and topic, ШНОР against the others; the
// coordinator uploads a sheet with a bad row (listed, nothing written) and then a good one; the school's staff enter a
// diagnostic of a teacher and see the deficit marked. Each page is checked with axe too.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { axeViolations, settle } from './a11y.mjs'
import { apiAs, launch, loginAs, schoolByInn } from './helpers.mjs'
import { xlsxFile } from './xlsx.mjs'

const LESOSIBIRSK = '04722000'
const SCHOOL_1_INN = '2481430102'
const HEADER = ['ИНН школы', 'Фамилия', 'Имя', 'Отчество', 'Предмет', 'Дата', 'Способ оценки', 'Тема/компетенция', 'Балл', 'Максимальный балл', 'Дефицит']

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

async function lesosibirskId() {
  const page = await apiAs('analyst.krasnoyarsk', '/api/v1/municipalities?size=500')
  return page.items.find((m) => m.oktmo === LESOSIBIRSK).id
}

async function noSeriousViolations(page, where) {
  await settle(page)
  assert.deepEqual(await axeViolations(page), [], `axe on ${where}`)
}

test('the analyst reads Lesosibirsk’s deficits by subject and topic, the ШНОР schools against the others', async () => {
  const municipality = await lesosibirskId()
  const expected = await apiAs('analyst.krasnoyarsk', `/api/v1/deficits/summary?municipalityId=${municipality}`)
  const { context, page } = await loginAs(browser, 'analyst.krasnoyarsk', '/')
  try {
    await page.getByTestId('nav-deficits').click()
    await page.getByTestId('deficit-summary-page').waitFor()
    await page.goto(page.url().replace(/\/deficits.*$/, `/deficits?municipalityId=${municipality}`))
    await page.getByTestId('deficit-table').waitFor()
    assert.match(await page.getByTestId('deficit-territory').textContent(), /Лесосибирск/)
    assert.match(await page.getByTestId('deficit-list-year').textContent(), /ШНОР — школы перечня на \d{4} год/)
    const headers = await page.$$eval('[data-testid="deficit-table"] thead th', (ths) => ths.map((th) => th.textContent.trim()))
    assert.deepEqual(headers, ['Предмет, тема', 'Все школы', 'ШНОР', 'Остальные'])
    for (const subject of ['MATHEMATICS', 'RUSSIAN']) {
      const row = expected.subjects.find((s) => s.subject === subject)
      const cells = page.locator(`tbody[data-subject="${subject}"] tr[data-row="subject"] td`)
      assert.equal(Number(await cells.nth(0).getAttribute('data-assessed')), row.all.assessed)
      assert.equal(Number(await cells.nth(0).getAttribute('data-with-deficit')), row.all.withDeficit)
      assert.equal(Number(await cells.nth(1).getAttribute('data-assessed')), row.lowResults.assessed)
      assert.equal(Number(await cells.nth(2).getAttribute('data-assessed')), row.others.assessed)
      assert.equal(await page.locator(`tbody[data-subject="${subject}"] tr[data-row="topic"]`).count(), row.topics.length)
    }
    assert.equal(await page.locator('tbody[data-subject="MATHEMATICS"] tr[data-topic="Решение текстовых задач"]').count(), 1)
    assert.equal(await page.locator('tbody[data-subject="RUSSIAN"] tr[data-topic="Пунктуация"]').count(), 1)
    assert.match(await page.locator('tbody[data-subject="MATHEMATICS"] tr[data-row="subject"] td').first().textContent(), /\d+,\d %/)
    await noSeriousViolations(page, '/deficits')
  } finally {
    await context.close()
  }
})

test('the coordinator uploads results with a bad row (listed, nothing added), then good ones', async () => {
  const school = await schoolByInn('coord.lesosibirsk', SCHOOL_1_INN)
  const deficits = await apiAs('coord.lesosibirsk', `/api/v1/schools/${school.id}/deficits`)
  const teacher = deficits.subjects.find((s) => s.subject === 'MATHEMATICS').assessed[0]
  const [last, first, middle = ''] = teacher.name.split(' ')
  const count = async () => (await apiAs('coord.lesosibirsk', `/api/v1/teachers/${teacher.teacherId}/assessments`)).items.length
  const before = await count()
  const row = (topic, score, max = '10') => [SCHOOL_1_INN, last, first, middle, 'Математика', '20.11.2026', 'Диагностика ИМЦ г. Лесосибирска', topic, score, max, '']
  const bad = await xlsxFile('deficits-bad', [HEADER, row('Решение текстовых задач', '3'), row('Функции и графики', 'двенадцать')])
  const good = await xlsxFile('deficits-good', [HEADER, row('Решение текстовых задач', '3'), row('Функции и графики', '8')])

  const { context, page } = await loginAs(browser, 'coord.lesosibirsk', '/deficits')
  try {
    await page.getByTestId('deficit-table').waitFor()
    await page.getByTestId('deficit-import-open').click()
    await page.locator('[data-testid="deficit-import-file"] input[type="file"]').setInputFiles(bad)
    await page.getByTestId('deficit-import-upload').click()
    await page.getByTestId('deficit-import-message').or(page.getByTestId('deficit-import-success')).waitFor()
    await page.getByTestId('deficit-import-errors').waitFor({ timeout: 3000 }).catch(async () => {
      throw new Error(`no row errors: ${await page.getByTestId('deficit-import-dialog').textContent()}`)
    })
    assert.match(await page.getByTestId('deficit-import-message').textContent(), /ничего не записано/)
    const errors = await page.$$eval('[data-testid="deficit-import-errors"] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())))
    assert.equal(errors.length, 1)
    assert.equal(errors[0][0], '3')
    assert.equal(errors[0][1], 'Балл')
    assert.equal(await count(), before)

    await page.locator('[data-testid="deficit-import-file"] input[type="file"]').setInputFiles(good)
    await page.getByTestId('deficit-import-upload').click()
    await page.getByTestId('deficit-import-success').waitFor()
    assert.match(await page.getByTestId('deficit-import-success').textContent(), /Загружено диагностик: 1, тем: 2/)
    assert.equal(await count(), before + 1)
  } finally {
    await context.close()
  }
})

test('the school’s staff enter a diagnostic of a teacher and see the deficit marked', async () => {
  const me = await apiAs('school.lesosibirsk1', '/api/v1/me')
  const { context, page } = await loginAs(browser, 'school.lesosibirsk1', `/schools/${me.schoolId}`)
  try {
    await page.getByTestId('school-deficits').waitFor()
    await page.locator('[data-testid="school-deficits-subject"][data-subject="RUSSIAN"] [data-row="teacher"] a').first().click()
    await page.getByTestId('teacher-assessments').waitFor()
    const before = await page.getByTestId('assessment').count()
    await noSeriousViolations(page, 'the teacher’s assessments')

    await page.getByTestId('assessment-add').click()
    await page.getByTestId('assessment-form').waitFor()
    await page.locator('[data-testid="assessment-method"] input').fill('Внутришкольная диагностика')
    await page.locator('[data-testid="topic-name"] input').first().fill('Синтаксис и пунктуация')
    await page.locator('[data-testid="topic-score"] input').first().fill('3')
    await page.locator('[data-testid="topic-max"] input').first().fill('10')
    assert.equal(await page.getByTestId('topic-shown').first().getAttribute('data-deficit'), 'true')
    await page.getByTestId('topic-add').click()
    await page.locator('[data-testid="topic-name"] input').nth(1).fill('Орфоэпия')
    await page.locator('[data-testid="topic-score"] input').nth(1).fill('9')
    await page.locator('[data-testid="topic-max"] input').nth(1).fill('10')
    assert.equal(await page.getByTestId('topic-shown').nth(1).getAttribute('data-deficit'), 'false')
    await noSeriousViolations(page, 'the assessment form')
    await page.getByTestId('assessment-save').click()
    await page.getByTestId('assessment-form').waitFor({ state: 'hidden' })
    await page.getByTestId('assessment-notice').waitFor()
    assert.equal(await page.getByTestId('assessment').count(), before + 1)
    const entered = page.getByTestId('assessment').first()
    assert.equal(await entered.locator('tr[data-row="topic"][data-deficit="true"]').count(), 1)
    assert.match(await entered.locator('tr[data-row="topic"][data-deficit="true"]').textContent(), /Синтаксис и пунктуация.*Дефицит/)
    assert.match(await entered.getByTestId('assessment-deficits').textContent(), /1 дефицит/)
  } finally {
    await context.close()
  }
})
