// Targets against actuals and the links the documents make, end to end: a Lesosibirsk roadmap's measures judged
// against the published monitoring («достигнуто», «пока нет», «без показателя», the share of measures with an
// indicator), and a decision point that controls the roadmap shown on the roadmap's page and back.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

const RUN = Date.now().toString(36)
let browser
let roadmap // RoadmapView
let decision // DecisionView

before(async () => {
  browser = await launch()
  const me = await apiAs('coord.lesosibirsk', '/api/v1/me')
  const indicators = await apiAs('coord.lesosibirsk', `/api/v1/indicators?regionId=${me.regionId}&q=VPR_F2`)
  const vprF2 = indicators.items.find((i) => i.code === 'VPR_F2')
  assert.ok(vprF2, 'the region has VPR_F2')
  // VPR_F2 is lower-is-better: any median is at most 100 % (reached), none is below 0 % (not yet)
  roadmap = await apiAs('coord.lesosibirsk', '/api/v1/roadmaps', {
    method: 'POST',
    body: JSON.stringify({
      title: `План повышения качества образования (автотест ${RUN})`,
      level: 'MUNICIPALITY',
      regionId: me.regionId,
      municipalityId: me.municipalityId,
      periodFrom: '2020-09-01',
      periodTo: '2022-12-31',
      measures: [
        { number: '1', text: 'Адресная методическая помощь', deadlineText: 'весь период', indicators: [{ indicatorId: vprF2.id, targetValue: 100 }] },
        { number: '2', text: 'Работа с обучающимися группы риска', deadlineText: 'весь период', indicators: [{ indicatorId: vprF2.id, targetValue: 0 }] },
        { number: '3', text: 'Семинар по обмену опытом', deadlineText: 'весь период' },
      ],
    }),
  })
  decision = await apiAs('coord.lesosibirsk', '/api/v1/decisions', {
    method: 'POST',
    body: JSON.stringify({
      kind: 'COLLEGIUM_DECISION',
      number: `${RUN}/1`,
      date: '2021-10-21',
      title: 'О работе со школами с низкими образовательными результатами',
      issuerLabel: 'Коллегия управления образования',
      regionId: me.regionId,
      municipalityId: me.municipalityId,
      points: [
        { number: '1', text: 'Взять под контроль выполнение мероприятий Дорожной карты', deadlineText: 'весь период', plans: [{ roadmapId: roadmap.id }] },
        {
          number: '2',
          text: 'По итогам мониторинга внести коррективы в Дорожную карту',
          deadlineText: 'до 1 марта 2022 года',
          plans: [{ roadmapId: roadmap.id, measureId: roadmap.measures.find((m) => m.number === '2').id }],
        },
      ],
    }),
  })
})

after(async () => {
  await browser?.close()
})

const row = (page, number) => page.locator(`[data-testid="measure-row"][data-number="${number}"]`).first()

test('the coordinator sees each target reached or not yet, a measure without an indicator, and the counts', async () => {
  const { context, page } = await loginAs(browser, 'coord.lesosibirsk', `/plans/roadmaps/${roadmap.id}`)
  try {
    await page.getByTestId('roadmap-card').waitFor()
    const reached = row(page, '1').getByTestId('target-check')
    assert.equal(await reached.getAttribute('data-status'), 'REACHED')
    assert.match(await reached.innerText(), /VPR_F2\s+достигнуто/)
    assert.equal(await row(page, '2').getByTestId('target-check').getAttribute('data-status'), 'NOT_YET')
    assert.match(await row(page, '2').getByTestId('target-check').innerText(), /пока нет/)
    assert.equal(await row(page, '3').getByTestId('target-check').count(), 0)
    assert.equal(await row(page, '3').getByTestId('target-none').innerText(), 'без показателя')
    assert.match(await page.getByTestId('targets-reached').innerText(), /достигнуто: 1/)
    assert.match(await page.getByTestId('targets-not-yet').innerText(), /пока нет: 1/)
    assert.match(await page.getByTestId('targets-share').innerText(), /Мероприятий с показателем: 2 из 3 \(67 %\)/)
  } finally {
    await context.close()
  }
})

test('the analyst sees the points that control the roadmap, and goes from a point to the decision and back', async () => {
  const { context, page } = await loginAs(browser, 'analyst.krasnoyarsk', `/plans/roadmaps/${roadmap.id}`)
  try {
    await page.getByTestId('controlling-points').waitFor()
    const items = page.getByTestId('controlling-point')
    assert.equal(await items.count(), 2)
    const texts = await items.allInnerTexts()
    assert.ok(texts.some((t) => t.includes(`Решение № ${decision.number} от 21.10.2021, п. 1`)), texts.join(' | '))
    assert.ok(texts.some((t) => /п\. 2\s+— мероприятие 2/.test(t)), texts.join(' | '))
    await items.first().click()
    await page.waitForURL(new RegExp(`/control/decisions/${decision.id}`))
    const link = page.getByTestId('point-plan').first()
    await link.waitFor()
    assert.match(await link.innerText(), /План повышения качества образования/)
    await link.click()
    await page.waitForURL(new RegExp(`/plans/roadmaps/${roadmap.id}`))
    await page.getByTestId('roadmap-card').waitFor()
  } finally {
    await context.close()
  }
})
