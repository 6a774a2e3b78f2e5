import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, problem } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import DecisionForm from './DecisionForm.vue'
import { parseAssignee, toPointInputs, type PointRow } from './decisionForm'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function render(reply: Parameters<typeof fakeApi>[0][string]) {
  const server = fakeApi({ 'POST /api/v1/decisions': reply, 'GET /api/v1/decisions/12': json({ id: 12, number: '6/1', points: [] }) })
  const options = renderOptions({ path: '/control/decisions/new', me: { ...COORDINATOR, organizationId: 7 } })
  await options.ready
  const wrapper = mount(DecisionForm, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server, router: options.router }
}

async function fill(wrapper: Awaited<ReturnType<typeof render>>['wrapper']) {
  await wrapper.find('[data-testid="form-number"] input').setValue('6/1')
  await wrapper.find('[data-testid="form-date"] input').setValue('2026-11-20')
  await wrapper.find('[data-testid="form-title"] input').setValue('О работе со школами с низкими результатами')
  await wrapper.find('[data-testid="form-point-number"] input').setValue('1')
  await wrapper.find('[data-testid="form-point-text"] textarea').setValue('Принять к сведению')
  await wrapper.find('[data-testid="form-add-point"]').trigger('click')
  const second = wrapper.findAll('[data-testid="form-point"]')[1]
  await second.find('[data-testid="form-point-number"] input').setValue('1.1')
  await second.find('[data-testid="form-point-text"] textarea').setValue('Провести совещание')
}

describe('DecisionForm', () => {
  it('sends the decision with its points nested by number and opens it', async () => {
    const { wrapper, server, router } = await render(json({ id: 12, number: '6/1' }, 201))
    await fill(wrapper)
    await wrapper.find('form').trigger('submit')
    await settle()
    const body = JSON.parse(server.to('POST', '/api/v1/decisions')[0].body)
    expect(body).toMatchObject({ kind: 'COLLEGIUM_DECISION', number: '6/1', date: '2026-11-20', regionId: 1, municipalityId: 2, issuerBodyId: 7, issuerLabel: 'УО г. Керчи' })
    expect(body.points).toEqual([{ number: '1', text: 'Принять к сведению', assignees: [], points: [{ number: '1.1', text: 'Провести совещание', assignees: [], points: [] }] }])
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/control/decisions/12'), { timeout: 3000 })
  })

  it('asks for the required fields before sending, and shows the server’s refusal', async () => {
    const { wrapper, server } = await render(problem({ status: 409, title: 'Conflict', detail: 'Решение № 6/1 от 20.11.2026 уже есть' }))
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(server.sent).toHaveLength(0)
    expect(wrapper.find('[data-testid="form-number"]').text()).toContain('Заполните поле')
    await fill(wrapper)
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[data-testid="form-message"]').text()).toBe('Решение № 6/1 от 20.11.2026 уже есть')
  })
})

const row = (number: string, extra: Partial<PointRow> = {}): PointRow => ({ number, text: `Текст ${number}`, deadlineText: '', assignees: '', allSchools: false, ...extra })

describe('decision form', () => {
  it('nests the points by their numbers, as the document does', () => {
    const points = toPointInputs([row('1'), row('2', { assignees: 'Управлению образования Администрации г.Керчи (Димарцо Е.В.)' }), row('2.1', { deadlineText: 'ноябрь - декабрь' }), row('3'), row('3.2'), row('3.2.1'), row('4', { allSchools: true })])
    expect(points.map((p) => p.number)).toEqual(['1', '2', '3', '4'])
    expect(points[1].assignees).toEqual([{ label: 'Управлению образования Администрации г.Керчи', person: 'Димарцо Е.В.' }])
    expect(points[1].points?.map((p) => [p.number, p.deadlineText])).toEqual([['2.1', 'ноябрь - декабрь']])
    expect(points[2].points?.[0].points?.[0].number).toBe('3.2.1')
    expect(points[3].assignees).toEqual([{ label: 'Руководителям общеобразовательных организаций', allSchools: true }])
  })

  it('keeps an assignee without a person as written', () => {
    expect(parseAssignee(' МБУ ДПО «ИМЦ» ')).toEqual({ label: 'МБУ ДПО «ИМЦ»' })
  })
})
