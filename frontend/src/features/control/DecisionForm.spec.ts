import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '@/services/types'
import { ADMIN, CRIMEA_BODIES, listOption } from '@/test/bodyFixtures'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { FEODOSIA, KERCH } from '@/test/fixtures'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import { ALL_SCHOOLS_LABEL } from '@/features/territory/bodyRefs'
import DecisionForm from './DecisionForm.vue'
import { toPointInputs, type PointRow } from './decisionForm'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function render(reply: Parameters<typeof fakeApi>[0][string], me: Me = { ...COORDINATOR, organizationId: 7 }) {
  const server = fakeApi({
    'POST /api/v1/decisions': reply,
    'GET /api/v1/decisions/12': json({ id: 12, number: '6/1', points: [] }),
    'GET /api/v1/bodies': page(CRIMEA_BODIES),
    'GET /api/v1/regions': page([{ id: 1, name: 'Республика Крым' }, { id: 4, name: 'Мурманская область' }]),
    'GET /api/v1/municipalities': page([KERCH, FEODOSIA]),
  })
  const options = renderOptions({ path: '/control/decisions/new', me })
  await options.ready
  const wrapper = mount(DecisionForm, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server, router: options.router }
}

async function fill(wrapper: VueWrapper) {
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

/** Opens a picker's list, types to narrow it, and clicks the option with this title. */
async function pick(field: Pick<VueWrapper, 'find'>, text: string, title: string) {
  const input = field.find('input')
  await input.trigger('focus')
  await input.setValue(text)
  await input.trigger('keydown', { key: 'ArrowDown' })
  await settle()
  listOption(title).click()
  await settle()
  await input.trigger('keydown', { key: 'Escape' })
  await settle()
}

describe('DecisionForm', () => {
  it('sends the decision with its points nested by number and opens it', async () => {
    const { wrapper, server, router } = await render(json({ id: 12, number: '6/1' }, 201))
    expect(server.to('GET', '/api/v1/bodies')[0].url.searchParams.get('regionId')).toBe('1')
    expect(wrapper.find('[data-testid="territory-region"]').exists()).toBe(false)
    await fill(wrapper)
    await wrapper.find('form').trigger('submit')
    await settle()
    const body = JSON.parse(server.to('POST', '/api/v1/decisions')[0].body)
    expect(body).toMatchObject({ kind: 'COLLEGIUM_DECISION', number: '6/1', date: '2026-11-20', regionId: 1, municipalityId: 2, issuerBodyId: 7, issuerLabel: 'УО г. Керчи' })
    expect(body.controllerBodyId).toBeUndefined()
    expect(body.points).toEqual([{ number: '1', text: 'Принять к сведению', assignees: [], points: [{ number: '1.1', text: 'Провести совещание', assignees: [], points: [] }] }])
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/control/decisions/12'), { timeout: 10000 })
  })

  it('sends the picked controller and assignees: a body with its person, every school, text as written', async () => {
    const { wrapper, server } = await render(json({ id: 12, number: '6/1' }, 201))
    await fill(wrapper)
    await pick(wrapper.find('[data-testid="form-controller"]'), 'ИМЦ', 'МБУ ДПО «ИМЦ» г. Керчи')
    const first = wrapper.find('[data-testid="form-point"] [data-testid="form-point-assignees"]')
    await pick(first, 'Керч', 'УО г. Керчи')
    const person = wrapper.find('[data-testid="form-point"] [data-testid="body-person"] input')
    await person.setValue('Димарцо Е.В.')
    await pick(first, '', 'Все общеобразовательные организации')
    const second = wrapper.findAll('[data-testid="form-point"]')[1].find('[data-testid="form-point-assignees"] input')
    await second.setValue('Руководителям ОО (Петрова А.А.);')
    await settle()
    await wrapper.find('form').trigger('submit')
    await settle()
    const body = JSON.parse(server.to('POST', '/api/v1/decisions')[0].body)
    expect(body).toMatchObject({ controllerLabel: 'МБУ ДПО г. Керчи РК «Информационно-методический центр»', controllerBodyId: 11 })
    expect(body.points[0].assignees).toEqual([
      { label: 'Управление образования Администрации города Керчи', person: 'Димарцо Е.В.', bodyId: 7 },
      { label: ALL_SCHOOLS_LABEL, allSchools: true },
    ])
    expect(body.points[0].points[0].assignees).toEqual([{ label: 'Руководителям ОО', person: 'Петрова А.А.' }])
  })

  it('asks for the required fields before sending, and shows the server’s refusal', async () => {
    const { wrapper, server } = await render(problem({ status: 409, title: 'Conflict', detail: 'Решение № 6/1 от 20.11.2026 уже есть' }))
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(server.to('POST', '/api/v1/decisions')).toHaveLength(0)
    expect(wrapper.find('[data-testid="form-number"]').text()).toContain('Заполните поле')
    await fill(wrapper)
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[data-testid="form-message"]').text()).toBe('Решение № 6/1 от 20.11.2026 уже есть')
  })

  it('lets an admin choose the region and municipality, and offers that region’s bodies', async () => {
    const { wrapper, server } = await render(json({ id: 12, number: '6/1' }, 201), ADMIN)
    expect(server.to('GET', '/api/v1/bodies')).toHaveLength(0)
    await fill(wrapper)
    await wrapper.find('[data-testid="form-issuer"] input').setValue('Коллегия Министерства')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(server.to('POST', '/api/v1/decisions')).toHaveLength(0)
    expect(wrapper.find('[data-testid="territory-region"]').text()).toContain('Выберите субъект РФ')

    await pick(wrapper.find('[data-testid="territory-region"]'), 'Крым', 'Республика Крым')
    expect(server.to('GET', '/api/v1/bodies').at(-1)?.url.searchParams.get('regionId')).toBe('1')
    expect(server.to('GET', '/api/v1/municipalities').at(-1)?.url.searchParams.get('regionId')).toBe('1')
    await pick(wrapper.find('[data-testid="territory-municipality"]'), 'Феод', 'Городской округ Феодосия')
    await wrapper.find('form').trigger('submit')
    await settle()
    const body = JSON.parse(server.to('POST', '/api/v1/decisions')[0].body)
    expect(body).toMatchObject({ regionId: 1, municipalityId: 3, issuerLabel: 'Коллегия Министерства' })
    expect(body.issuerBodyId).toBeUndefined()
  })
})

const row = (number: string, extra: Partial<PointRow> = {}): PointRow => ({ number, text: `Текст ${number}`, deadlineText: '', assignees: [], ...extra })

describe('decision form', () => {
  it('nests the points by their numbers, as the document does', () => {
    const points = toPointInputs([
      row('1'),
      row('2', { assignees: [{ label: 'Управлению образования Администрации г.Керчи', person: 'Димарцо Е.В.', bodyId: 7 }] }),
      row('2.1', { deadlineText: 'ноябрь - декабрь' }),
      row('3'),
      row('3.2'),
      row('3.2.1'),
      row('4', { assignees: [{ label: 'Руководителям общеобразовательных организаций', allSchools: true }, { label: ' ' }] }),
    ])
    expect(points.map((p) => p.number)).toEqual(['1', '2', '3', '4'])
    expect(points[1].assignees).toEqual([{ label: 'Управлению образования Администрации г.Керчи', person: 'Димарцо Е.В.', bodyId: 7 }])
    expect(points[1].points?.map((p) => [p.number, p.deadlineText])).toEqual([['2.1', 'ноябрь - декабрь']])
    expect(points[2].points?.[0].points?.[0].number).toBe('3.2.1')
    expect(points[3].assignees).toEqual([{ label: 'Руководителям общеобразовательных организаций', allSchools: true }])
  })

  it('keeps an assignee without a person or body as written', () => {
    expect(toPointInputs([row('1', { assignees: [{ label: ' МБУ ДПО «ИМЦ» ', person: ' ' }] })])[0].assignees).toEqual([{ label: 'МБУ ДПО «ИМЦ»' }])
  })
})
