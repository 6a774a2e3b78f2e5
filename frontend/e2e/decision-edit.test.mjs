// Correcting a decision as entered, end to end: the Kerch coordinator changes a sub-point's deadline on a decision
// it entered and sees the new deadline read; the point keeps its id. A change someone else saved meanwhile is
// refused as stale, and the form offers to reload the decision.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, launch, loginAs } from './helpers.mjs'

const RUN = Date.now().toString(36)
const NUMBER = `А-${RUN}`
const TODAY = new Date().toISOString().slice(0, 10)

let browser
let decision // DecisionView as created

before(async () => {
  browser = await launch()
  const me = await apiAs('coord.kerch', '/api/v1/me')
  decision = await apiAs('coord.kerch', '/api/v1/decisions', {
    method: 'POST',
    body: JSON.stringify({
      kind: 'PROTOCOL',
      number: NUMBER,
      date: TODAY,
      title: `Об организации работы со школами с низкими результатами (автотест ${RUN})`,
      issuerLabel: 'Управление образования Администрации города Керчи',
      regionId: me.regionId,
      municipalityId: me.municipalityId,
      points: [
        {
          number: '1',
          text: 'Провести совещание с руководителями школ',
          assignees: [{ label: 'МБУ ДПО «ИМЦ»', person: 'Иванова И.И.' }],
          deadlineText: 'до 1 декабря 2026 года',
          points: [{ number: '1.1', text: 'Подготовить справку по итогам ВПР', deadlineText: 'ноябрь - декабрь' }],
        },
      ],
    }),
  })
})

after(async () => {
  await browser?.close()
})

const point = (page, number) => page.locator(`[data-testid="point"][data-number="${number}"]`).first()

test('the coordinator corrects a sub-point’s deadline and sees it read; a stale change is refused with a reload', async () => {
  const sub = decision.points.find((p) => p.number === '1.1')
  const { context, page } = await loginAs(browser, 'coord.kerch', `/control/decisions/${decision.id}`)
  try {
    await page.getByTestId('decision-card').waitFor()
    assert.equal(await point(page, '1.1').getByTestId('point-deadline').innerText(), 'ноябрь - декабрь')
    await page.getByTestId('decision-edit').click()
    await page.waitForURL(new RegExp(`/control/decisions/${decision.id}/edit$`))
    await page.locator('[data-testid="decision-form"][data-mode="edit"]').waitFor()
    assert.equal(await page.locator('[data-testid="form-number"] input').inputValue(), NUMBER)
    assert.equal(await page.locator('[data-testid="form-territory"] input').inputValue(), 'Городской округ Керчь')
    assert.equal(await page.locator('[data-testid="form-point"]').count(), 2)
    const first = page.locator('[data-testid="form-point"]').first()
    assert.equal(await first.locator('[data-testid="body-person"] input').inputValue(), 'Иванова И.И.')
    const deadline = page.locator(`[data-testid="form-point"][data-id="${sub.id}"] [data-testid="form-point-deadline"] input`)
    assert.equal(await deadline.inputValue(), 'ноябрь - декабрь')
    await deadline.fill('до 1 марта 2027 года')
    await page.getByTestId('form-save').click()

    await page.waitForURL(new RegExp(`/control/decisions/${decision.id}$`))
    await page.getByTestId('decision-card').waitFor()
    const p = point(page, '1.1')
    await p.getByTestId('point-due').waitFor()
    assert.equal(await p.getByTestId('point-deadline').innerText(), 'до 1 марта 2027 года')
    assert.equal(await p.getByTestId('point-due').innerText(), '01.03.2027')
    assert.match(await p.getByTestId('point-reading').innerText(), /01\.03\.2027/)
    assert.equal(await p.getAttribute('id'), `point-${sub.id}`, 'the point keeps its id')

    // Someone else saves a change while the form is open: saving is refused as stale, and «reload» brings it in.
    await page.getByTestId('decision-edit').click()
    await page.locator('[data-testid="decision-form"][data-mode="edit"]').waitFor()
    const current = await apiAs('coord.kerch', `/api/v1/decisions/${decision.id}`)
    const retitled = `${current.title} (уточнено)`
    const keep = (ps) => ps.map((x) => ({ id: x.id, number: x.number, text: x.text, deadlineText: x.deadlineText, assignees: x.assignees }))
    const byParent = (parentId) => keep(current.points.filter((x) => (x.parentId ?? null) === parentId))
    const [top] = byParent(null)
    await apiAs('coord.kerch', `/api/v1/decisions/${decision.id}`, {
      method: 'PUT',
      body: JSON.stringify({
        kind: current.kind, number: current.number, date: current.date, title: retitled, issuerLabel: current.issuerLabel,
        regionId: current.regionId, municipalityId: current.municipalityId, version: current.version,
        points: [{ ...top, points: byParent(top.id) }],
      }),
    })
    await page.locator('[data-testid="form-preamble"] textarea').first().fill('Заслушав информацию')
    await page.getByTestId('form-save').click()
    await page.getByTestId('form-stale').waitFor()
    await page.getByTestId('form-reload').click()
    await page.getByTestId('form-stale').waitFor({ state: 'detached' })
    assert.equal(await page.locator('[data-testid="form-title"] input').inputValue(), retitled)
    await page.getByTestId('form-save').click()
    await page.waitForURL(new RegExp(`/control/decisions/${decision.id}$`))
    await page.getByTestId('decision-card').waitFor()
  } finally {
    await context.close()
  }
  const saved = await apiAs('coord.kerch', `/api/v1/decisions/${decision.id}`)
  assert.equal(saved.points.find((x) => x.number === '1.1').id, sub.id)
})
