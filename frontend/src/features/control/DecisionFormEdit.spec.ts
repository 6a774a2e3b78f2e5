import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CRIMEA_BODIES } from '@/test/bodyFixtures'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import DecisionForm from './DecisionForm.vue'
import { modelFromDecision, normalizePath, pointPaths, rowErrors, rowsFromDecision, toDecisionInput, type PointRow } from './decisionForm'
import type { DecisionPoint, DecisionView } from './types'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const UO = { label: 'Управлению образования Администрации г.Керчи', person: 'Димарцо Е.В.', bodyId: 7, bodyName: 'УО г. Керчи' }
const SCHOOLS = { label: 'Руководителям общеобразовательных организаций', allSchools: true }
const pt = (id: number, number: string, parentId?: number, extra: Partial<DecisionPoint> = {}): DecisionPoint => ({
  id, number, parentId, text: `Текст пункта ${number}`, status: 'ASSIGNED', version: 1, ...extra,
})

/** The Kerch decision 5/3 as the server shows it: nested points, «3.2» twice, a sub-point «а)» under 4. */
const DECISION: DecisionView = {
  id: 5,
  kind: 'COLLEGIUM_DECISION',
  number: '5/3',
  date: '2020-10-21',
  title: 'О работе с образовательными организациями с низкими образовательными результатами',
  preamble: 'Заслушав и обсудив информацию…',
  issuerLabel: 'Коллегия управления образования Администрации города Керчи',
  issuerBodyId: 7,
  regionId: 1,
  regionName: 'Республика Крым',
  municipalityId: 2,
  municipalityName: 'Городской округ Керчь',
  controllerLabel: 'Управление образования',
  controllerBodyId: 7,
  controllerBodyName: 'УО г. Керчи',
  controllerPerson: 'Димарцо Е.В.',
  points: [
    pt(1, '2', undefined, { assignees: [UO], effectiveAssignees: [UO] }),
    pt(2, '2.2', 1, { deadlineText: 'ноябрь - декабрь', due: '2020-12-31', reportCount: 1, effectiveAssignees: [UO] }),
    pt(3, '3'),
    pt(4, '3.2', 3),
    pt(41, '3.2.1', 4),
    pt(5, '3.2', 3, { extensions: [{ previousDue: '2020-12-31', newDue: '2021-02-01', reason: 'Карантин' }] }),
    pt(6, '4', undefined, { assignees: [SCHOOLS, { label: 'МБУ ДПО «ИМЦ»' }], deadlineText: 'Октябрь 2021, далее - ежегодно' }),
    pt(7, 'а)', 6),
  ],
  version: 4,
}

describe('decision form: a decision as read, back as the server takes it', () => {
  it('keeps every point’s id, its place in the tree, its assignees and its deadline as written', () => {
    const rows = rowsFromDecision(DECISION)
    expect(rows.map((r) => [r.id, r.number, r.locked])).toEqual([
      [1, '2', false], [2, '2.2', true], [3, '3', false], [4, '3.2', false], [41, '3.2.1', false], [5, '3.2', true], [6, '4', false], [7, 'а)', false],
    ])
    expect(rows[0].assignees).toEqual([{ label: 'Управлению образования Администрации г.Керчи', person: 'Димарцо Е.В.', bodyId: 7 }])
    expect(rows[6].assignees).toEqual([{ label: 'Руководителям общеобразовательных организаций', allSchools: true }, { label: 'МБУ ДПО «ИМЦ»' }])

    const input = toDecisionInput(modelFromDecision(DECISION), rows, DECISION.version)
    expect(input).toMatchObject({
      kind: 'COLLEGIUM_DECISION', number: '5/3', date: '2020-10-21', regionId: 1, municipalityId: 2, version: 4,
      issuerLabel: 'Коллегия управления образования Администрации города Керчи', issuerBodyId: 7,
      controllerLabel: 'Управление образования', controllerBodyId: 7, controllerPerson: 'Димарцо Е.В.',
      preamble: 'Заслушав и обсудив информацию…',
    })
    const shape = (ps: typeof input.points): unknown[] => ps.map((p) => [p.id, p.number, ...(p.points?.length ? [shape(p.points)] : [])])
    expect(shape(input.points)).toEqual([
      [1, '2', [[2, '2.2']]],
      [3, '3', [[4, '3.2', [[41, '3.2.1']]], [5, '3.2']]],
      [6, '4', [[7, 'а)']]],
    ])
    expect(input.points[0].assignees).toEqual([{ label: 'Управлению образования Администрации г.Керчи', person: 'Димарцо Е.В.', bodyId: 7 }])
    expect(input.points[0].points?.[0].deadlineText).toBe('ноябрь - декабрь')
    expect(input.points[2]).toMatchObject({
      deadlineText: 'Октябрь 2021, далее - ежегодно',
      assignees: [{ label: 'Руководителям общеобразовательных организаций', allSchools: true }, { label: 'МБУ ДПО «ИМЦ»' }],
    })
  })

  it('moves a renumbered point by its new number, and sends a new point without an id', () => {
    const rows = rowsFromDecision(DECISION)
    rows[4].number = '3.3' // 3.2.1 renumbered: no longer under 3.2, but under 3
    rows.push({ number: '5', text: 'Новый пункт', deadlineText: 'до 1 марта 2021 года', assignees: [] })
    const input = toDecisionInput(modelFromDecision(DECISION), rows, 4)
    expect(input.points.map((p) => [p.id, p.number])).toEqual([[1, '2'], [3, '3'], [6, '4'], [undefined, '5']])
    const three = input.points[1]
    expect(three.points?.map((p) => [p.id, p.number, p.points?.length])).toEqual([[4, '3.2', 0], [41, '3.3', 0], [5, '3.2', 0]])
    expect(input.points[2].points?.map((p) => [p.id, p.number])).toEqual([[7, 'а)']])
    expect(input.points[3]).toEqual({ number: '5', text: 'Новый пункт', deadlineText: 'до 1 марта 2021 года', assignees: [], points: [] })
  })

  it('places the server’s errors on points next to their rows, and keeps the rest for the form', () => {
    const rows = rowsFromDecision(DECISION)
    expect(pointPaths(rows)).toEqual([
      'points[0]', 'points[0].points[0]', 'points[1]', 'points[1].points[0]', 'points[1].points[0].points[0]', 'points[1].points[1]', 'points[2]', 'points[2].points[0]',
    ])
    const { byRow, rest } = rowErrors(
      {
        'points[1].points[0].points[0].text': 'Укажите текст пункта',
        'points[2].assignees[1].bodyId': 'Орган 99 не найден',
        'points[2].id': 'Пункт 99 не найден в этом решении',
        'points[9].text': 'Укажите текст пункта',
        title: 'Укажите заголовок',
      },
      rows,
    )
    expect(byRow[4]).toEqual({ text: 'Укажите текст пункта', other: [] })
    expect(byRow[6]).toEqual({ assignees: 'Орган 99 не найден', other: ['Пункт 99 не найден в этом решении'] })
    expect(rest).toEqual({ 'points[9].text': 'Укажите текст пункта', title: 'Укажите заголовок' })
  })

  it('reads the index-on-the-next-name paths of bean validation («points.points[0].text[1]») as the service’s', () => {
    expect(normalizePath('points.points[0].text[1]')).toBe('points[0].points[1].text')
    expect(normalizePath('points.text[2]')).toBe('points[2].text')
    expect(normalizePath('points.assignees[0].label[1]')).toBe('points[0].assignees[1].label')
    expect(normalizePath('points[0].points[1].text')).toBe('points[0].points[1].text')
    expect(normalizePath('title')).toBe('title')
    const rows = rowsFromDecision(DECISION)
    expect(rowErrors({ 'points.points[1].points[0].text[0]': 'Укажите текст пункта' }, rows).byRow[4]).toEqual({ text: 'Укажите текст пункта', other: [] })
  })

  it('keeps a controller given as a body only', () => {
    const model = modelFromDecision({ ...DECISION, controllerLabel: undefined })
    expect(model.controller).toEqual({ label: 'УО г. Керчи', bodyId: 7 })
    expect(modelFromDecision({ ...DECISION, controllerLabel: undefined, controllerBodyId: undefined }).controller).toBeNull()
  })
})

const PUT = 'PUT /api/v1/decisions/5'

async function render(reply: Parameters<typeof fakeApi>[0][string], decision: DecisionView | (() => DecisionView) = DECISION) {
  const server = fakeApi({
    'GET /api/v1/decisions/5': () => json(typeof decision === 'function' ? decision() : decision),
    [PUT]: reply,
    'GET /api/v1/bodies': page(CRIMEA_BODIES),
  })
  const options = renderOptions({ path: '/control/decisions/5/edit', me: { ...COORDINATOR, organizationId: 7 } })
  await options.ready
  const wrapper = mount(DecisionForm, { props: { id: '5' }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server, router: options.router }
}
const rowsOf = (wrapper: Awaited<ReturnType<typeof render>>['wrapper']) => wrapper.findAll('[data-testid="form-point"]')

describe('DecisionForm: correcting a decision', () => {
  it('opens with the decision as read and sends the change with the version and each point’s id', async () => {
    const { wrapper, server, router } = await render(json({ ...DECISION, version: 5 }))
    expect(wrapper.find('[data-testid="page-title"]').text()).toBe('Изменение решения № 5/3')
    expect((wrapper.find('[data-testid="form-number"] input').element as HTMLInputElement).value).toBe('5/3')
    expect((wrapper.find('[data-testid="form-territory"] input').element as HTMLInputElement).value).toBe('Городской округ Керчь')
    expect(wrapper.find('[data-testid="territory-region"]').exists()).toBe(false)
    const rows = rowsOf(wrapper)
    expect(rows.map((r) => r.attributes('data-id'))).toEqual(['1', '2', '3', '4', '41', '5', '6', '7'])
    expect((rows[1].find('[data-testid="form-point-deadline"] input').element as HTMLInputElement).value).toBe('ноябрь - декабрь')
    expect(rows[0].findAll('[data-testid="body-chip"]').map((c) => c.attributes('data-body-id'))).toEqual(['7'])
    expect(rows[0].find('[data-testid="body-person"] input').element).toHaveProperty('value', 'Димарцо Е.В.')
    // A point with reports or an extension cannot be removed.
    expect(rows[1].find('[data-testid="form-point-remove"]').attributes('disabled')).toBeDefined()
    expect(rows[1].find('[data-testid="form-point-locked"]').exists()).toBe(true)
    expect(rows[2].find('[data-testid="form-point-remove"]').attributes('disabled')).toBeUndefined()

    await rows[1].find('[data-testid="form-point-deadline"] input').setValue('до 1 февраля 2021 года')
    await rows[4].find('[data-testid="form-point-remove"]').trigger('click')
    await wrapper.find('form').trigger('submit')
    await settle()
    const body = JSON.parse(server.to('PUT', '/api/v1/decisions/5')[0].body)
    expect(body).toMatchObject({ version: 4, regionId: 1, municipalityId: 2, number: '5/3' })
    expect(body.points[0]).toMatchObject({ id: 1, points: [{ id: 2, number: '2.2', deadlineText: 'до 1 февраля 2021 года' }] })
    expect(body.points[1].points.map((p: { id: number; points: unknown[] }) => [p.id, p.points.length])).toEqual([[4, 0], [5, 0]])
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/control/decisions/5'), { timeout: 10000 })
  })

  it('on a stale version offers to reload the decision, and reloads it', async () => {
    let reads = 0
    const { wrapper, server } = await render(
      problem({ type: '/problems/stale-version', title: 'Данные уже изменены', status: 409, detail: 'Запись изменена другим пользователем' }),
      () => ({ ...DECISION, title: reads++ ? 'Новое название' : DECISION.title, version: 4 + reads }),
    )
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[data-testid="form-stale"]').text()).toContain('Решение только что изменил другой пользователь')
    expect(wrapper.find('[data-testid="form-message"]').exists()).toBe(false)
    await wrapper.find('[data-testid="form-reload"]').trigger('click')
    await settle()
    expect(server.to('GET', '/api/v1/decisions/5')).toHaveLength(2)
    expect((wrapper.find('[data-testid="form-title"] input').element as HTMLInputElement).value).toBe('Новое название')
    expect(wrapper.find('[data-testid="form-stale"]').exists()).toBe(false)
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(JSON.parse(server.to('PUT', '/api/v1/decisions/5')[1].body).version).toBe(6)
  })

  it('shows why a removed point cannot go: it has reports', async () => {
    const detail = 'По пункту 2.2 уже есть отчёты или продление срока: его нельзя удалить, можно снять с контроля, приняв исполнение'
    const { wrapper } = await render(problem({ type: '/problems/conflict', title: 'Конфликт', status: 409, detail }))
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[data-testid="form-message"]').text()).toBe(detail)
    expect(wrapper.find('[data-testid="form-stale"]').exists()).toBe(false)
  })

  it('shows the server’s field errors next to the fields and points they name', async () => {
    const { wrapper } = await render(
      problem({
        type: '/problems/validation',
        title: 'Ошибка в данных',
        status: 400,
        detail: 'Проверьте данные',
        errors: [
          { field: 'municipalityId', message: 'Муниципальное образование решения не меняется: внесите новое решение' },
          { field: 'points[0].points[0].deadlineText', message: 'Не длиннее 1000 знаков' },
          { field: 'points[2].assignees[1].bodyId', message: 'Орган 99 не найден' },
          { field: 'title', message: 'Не длиннее 1000 знаков' },
        ],
      }),
    )
    await wrapper.find('form').trigger('submit')
    await settle()
    const rows = rowsOf(wrapper)
    expect(rows[1].find('[data-testid="form-point-deadline"]').text()).toContain('Не длиннее 1000 знаков')
    expect(rows[6].find('[data-testid="form-point-assignees"]').text()).toContain('Орган 99 не найден')
    expect(wrapper.find('[data-testid="form-title"]').text()).toContain('Не длиннее 1000 знаков')
    expect(wrapper.find('[data-testid="form-territory"]').text()).toContain('Муниципальное образование решения не меняется')
    expect(wrapper.find('[data-testid="form-message"]').text()).toBe('Проверьте данные')
  })
})

const row = (number: string, extra: Partial<PointRow> = {}): PointRow => ({ number, text: `Текст ${number}`, deadlineText: '', assignees: [], ...extra })
describe('decision form: new points', () => {
  it('nests by number alone when nothing was read', () => {
    const input = toDecisionInput(modelFromDecision({ regionId: 1 }), [row('1'), row('1.1'), row('2')])
    expect(input.version).toBeUndefined()
    expect(input.points.map((p) => [p.number, p.points?.map((c) => c.number)])).toEqual([['1', ['1.1']], ['2', []]])
  })
})
