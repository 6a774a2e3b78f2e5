// The school's page as each role reads it, on the demo data: Lesosibirsk's school №1 has four years of monitoring
// (2019/2020 … 2022/2023, all published) and a place in the analyses of its monitorings; Kerch's school №1 has the points
// «of every school» of the Kerch collegium decision 5/3. The analyst of Krasnoyarsk reads the four years beside the
// medians, the coordinator of Kerch and the staff of Kerch's school №1 read the points addressed to the school; every
// block says plainly when there is nothing; a school reaches no other school's page. Screenshots go to /tmp/shots.
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { BASE, apiAs, launch, loginAs } from './helpers.mjs'

const SHOTS = process.env.E2E_SHOTS || '/tmp/shots'
const BLOCKS = ['indicators', 'positions', 'roadmaps', 'points', 'recommendations', 'partnerships', 'submissions']

let browser
let lesosibirsk1
let kerch1
let kerch2

before(async () => {
  browser = await launch()
  mkdirSync(SHOTS, { recursive: true })
  lesosibirsk1 = (await apiAs('school.lesosibirsk1', '/api/v1/me')).schoolId
  kerch1 = (await apiAs('school.kerch1', '/api/v1/me')).schoolId
  kerch2 = (await apiAs('school.kerch2', '/api/v1/me')).schoolId
  assert.ok(lesosibirsk1 && kerch1 && kerch2, 'the demo school users are bound to their schools')
})

after(async () => {
  await browser?.close()
})

/** Waits until every block of the page has its answer: a list, a table, or its plain «Пока нет …». */
async function blocksOf(page) {
  for (const block of BLOCKS) {
    const card = page.getByTestId(`dossier-${block}`)
    await card.waitFor()
    await card.getByRole('progressbar', { name: 'Загрузка…' }).waitFor({ state: 'detached' })
  }
}

/** Each block shows as many items as the API answered, or its empty text when it answered none. */
async function assertBlocksMatch(page, dossier) {
  const counts = {
    indicators: ['dossier-indicator', dossier.indicatorHistory.length],
    positions: ['dossier-position', dossier.positions.length],
    roadmaps: ['dossier-roadmap', dossier.roadmaps.length],
    points: ['dossier-point', dossier.points.length],
    recommendations: ['dossier-recommendation', dossier.recommendations.length],
    partnerships: ['dossier-partnership', dossier.partnerships.length],
    submissions: ['dossier-submission', dossier.submissions.length],
  }
  for (const [block, [item, n]] of Object.entries(counts)) {
    const card = page.getByTestId(`dossier-${block}`)
    assert.equal(await card.getByTestId(item).count(), n, `${block}: ${n} items`)
    if (n === 0) assert.match(await card.getByTestId(`dossier-${block}-empty`).innerText(), /^Пока нет/, `${block} says it is empty`)
  }
}

test('the Krasnoyarsk analyst reads four years of Lesosibirsk’s school №1 beside the medians, and its positions', async () => {
  const dossier = await apiAs('analyst.krasnoyarsk', `/api/v1/schools/${lesosibirsk1}/dossier`)
  assert.equal(dossier.historyCampaignIds.length, 4, 'four published monitorings of Lesosibirsk')
  const success = dossier.indicatorHistory.find((r) => r.code === 'SUCC_RATE')
  assert.equal(success.values.length, 4)
  assert.ok(dossier.positions.length >= 1, 'the demo analysed its monitorings')
  const { context, page } = await loginAs(browser, 'analyst.krasnoyarsk', `/schools/${lesosibirsk1}`)
  try {
    await blocksOf(page)
    await assertBlocksMatch(page, dossier)
    const row = page.locator('[data-testid="dossier-indicator"][data-code="SUCC_RATE"]')
    assert.equal(await row.getAttribute('data-campaigns'), '4')
    assert.match(await row.innerText(), /4 кампании/)
    await row.getByTestId('dossier-sparkline').locator('canvas').waitFor()
    const latest = success.values[3]
    assert.match(await row.getByTestId('dossier-latest').innerText(), latest.interval ? /\d+ % \(\d+–\d+\)/ : /\d/)
    const position = page.getByTestId('dossier-position').first()
    assert.match(await position.innerText(), /Место: \d+ из \d+/)
    await position.getByTestId('position-chip').waitFor()
    await page.getByTestId('dossier-indicators').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/school-analyst.png`, fullPage: true })
  } finally {
    await context.close()
  }
})

test('the Kerch coordinator reads the points of decision 5/3 addressed to school №1, and no school of Feodosia', async () => {
  const dossier = await apiAs('coord.kerch', `/api/v1/schools/${kerch1}/dossier`)
  assert.ok(dossier.points.some((p) => p.decisionNumber === '5/3'), 'decision 5/3 has points of every school')
  const { context, page } = await loginAs(browser, 'coord.kerch', `/schools/${kerch1}`)
  try {
    await blocksOf(page)
    await assertBlocksMatch(page, dossier)
    const points = page.getByTestId('dossier-points')
    assert.match(await points.innerText(), /№ 5\/3 от 21\.10\.2020/)
    await points.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/school-coordinator.png`, fullPage: true })

    const feodosia = (await apiAs('analyst.crimea', '/api/v1/schools?municipalityId=' + (await apiAs('coord.feodosia', '/api/v1/me')).municipalityId + '&size=1')).items[0]
    await page.goto(`${BASE}/schools/${feodosia.id}`)
    await page.getByTestId('not-found').waitFor()
  } finally {
    await context.close()
  }
})

test('the staff of Kerch’s school №1 see their own page, and no other school’s', async () => {
  const dossier = await apiAs('school.kerch1', `/api/v1/schools/${kerch1}/dossier`)
  const { context, page } = await loginAs(browser, 'school.kerch1', `/schools/${kerch1}`)
  try {
    await blocksOf(page)
    await assertBlocksMatch(page, dossier)
    assert.ok(dossier.submissions.length >= 1)
    await page.screenshot({ path: `${SHOTS}/school-staff.png`, fullPage: true })

    await assert.rejects(apiAs('school.kerch1', `/api/v1/schools/${kerch2}/dossier`), /HTTP 404/)
    await page.goto(`${BASE}/schools/${kerch2}`)
    await page.getByTestId('not-found').waitFor()
  } finally {
    await context.close()
  }
})
