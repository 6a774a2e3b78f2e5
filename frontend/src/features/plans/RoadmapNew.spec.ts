import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '@/services/types'
import { ADMIN, CRIMEA_BODIES, listOption } from '@/test/bodyFixtures'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { FEODOSIA, KERCH } from '@/test/fixtures'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { actionsOf, renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import RoadmapNew from './RoadmapNew.vue'

const STAFF: Me = {
  username: 'staff.s1',
  roles: ['school-staff'],
  actions: actionsOf('school-staff'),
  scope: 'SCHOOL',
  regionId: 1,
  municipalityId: 2,
  organizationId: 31,
  organizationName: 'МБОУ «Школа № 1»',
  organizationKind: 'SCHOOL',
  schoolId: 31,
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const SCHOOL_PLAN = `/plans/roadmaps/new?level=SCHOOL&parentMeasureId=55&title=${encodeURIComponent('План мероприятий МБОУ «Школа № 1» по п. 2.3 Адресная помощь')}`

async function render(reply: Parameters<typeof fakeApi>[0][string], me: Me = STAFF, path = SCHOOL_PLAN) {
  const server = fakeApi({
    'POST /api/v1/roadmaps': reply,
    'GET /api/v1/roadmaps/40': json({ id: 40, title: 'План', measures: [] }),
    'GET /api/v1/indicators': json({ items: [{ id: 9, code: 'VPR_F2', name: 'Доля двоек ВПР', unit: '%' }], total: 1 }),
    'GET /api/v1/bodies': page(CRIMEA_BODIES),
    'GET /api/v1/regions': page([{ id: 1, name: 'Республика Крым' }]),
    'GET /api/v1/municipalities': page([KERCH, FEODOSIA]),
  })
  const options = renderOptions({ path, me })
  await options.ready
  const wrapper = mount(RoadmapNew, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server, router: options.router }
}

async function fill(wrapper: Awaited<ReturnType<typeof render>>['wrapper']) {
  await wrapper.find('[data-testid="editor-number"] input').setValue('1')
  await wrapper.find('[data-testid="editor-text"] textarea').setValue('Провести консультации для учащихся')
  await wrapper.find('[data-testid="editor-responsible"] input').setValue('Зам. директора; ИМЦ')
  await wrapper.find('[data-testid="editor-add-indicator"]').trigger('click')
  const vm = wrapper.findComponent({ name: 'RoadmapEditorMeasures' })
  const rows = vm.props('modelValue') as { indicators: { indicatorId: number | null; targetValue: string }[] }[]
  rows[0].indicators[0].indicatorId = 9
  await wrapper.find('[data-testid="editor-indicator-target"] input').setValue('10,5')
}

describe('RoadmapNew', () => {
  it('sends a school plan on a municipal measure, with its indicators, and opens it', async () => {
    const { wrapper, server, router } = await render(json({ id: 40, title: 'План' }, 201))
    expect(server.to('GET', '/api/v1/indicators')[0].url.searchParams.get('regionId')).toBe('1')
    await fill(wrapper)
    await wrapper.find('form').trigger('submit')
    await settle()
    const body = JSON.parse(server.to('POST', '/api/v1/roadmaps')[0].body)
    expect(body).toMatchObject({
      title: 'План мероприятий МБОУ «Школа № 1» по п. 2.3 Адресная помощь',
      level: 'SCHOOL',
      regionId: 1,
      municipalityId: 2,
      schoolId: 31,
      parentMeasureId: 55,
    })
    expect(body.ownerBodyId).toBeUndefined()
    expect(body.measures).toEqual([
      {
        number: '1',
        text: 'Провести консультации для учащихся',
        responsible: [{ label: 'Зам. директора' }, { label: 'ИМЦ' }],
        indicators: [{ indicatorId: 9, targetValue: 10.5 }],
      },
    ])
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/plans/roadmaps/40'), { timeout: 10000 })
  })

  it('shows the server’s field error next to its field', async () => {
    const { wrapper } = await render(
      problem({ status: 400, title: 'Bad Request', detail: 'Проверьте поля', errors: [{ field: 'measures[0].responsible[1].bodyId', message: 'Не найден орган «ИМЦ»' }, { field: 'periodTo', message: 'Конец раньше начала' }] }),
    )
    await fill(wrapper)
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[data-testid="editor-responsible"]').text()).toContain('Не найден орган «ИМЦ»')
    expect(wrapper.find('[data-testid="new-period-to"]').text()).toContain('Конец раньше начала')
    expect(wrapper.find('[data-testid="new-message"]').text()).toContain('Проверьте поля')
  })
})

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

async function measure(wrapper: VueWrapper, index: number, number: string, text: string) {
  const row = wrapper.findAll('[data-testid="editor-measure"]')[index]
  await row.find('[data-testid="editor-number"] input').setValue(number)
  await row.find('[data-testid="editor-text"] textarea').setValue(text)
  return row
}

describe('RoadmapNew, bodies and territory', () => {
  it('sends the coordinator’s body as the owner and the responsible picked from the region’s bodies', async () => {
    const { wrapper, server } = await render(json({ id: 40, title: 'План' }, 201), { ...COORDINATOR, organizationId: 7 }, '/plans/roadmaps/new')
    expect(server.to('GET', '/api/v1/bodies')[0].url.searchParams.get('regionId')).toBe('1')
    expect(wrapper.find('[data-testid="territory-region"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="new-owner"] .v-autocomplete__selection').text()).toBe('УО г. Керчи')
    await wrapper.find('[data-testid="new-title"] input').setValue('Дорожная карта г. Керчи')
    const first = await measure(wrapper, 0, '1', 'Совещание с руководителями')
    await pick(first.find('[data-testid="editor-responsible"]'), 'ИМЦ', 'МБУ ДПО «ИМЦ» г. Керчи')
    await wrapper.find('[data-testid="editor-add"]').trigger('click')
    const second = await measure(wrapper, 1, '2', 'Самодиагностика')
    await pick(second.find('[data-testid="editor-responsible"]'), '', 'Все общеобразовательные организации')
    await wrapper.find('form').trigger('submit')
    await settle()
    const body = JSON.parse(server.to('POST', '/api/v1/roadmaps')[0].body)
    expect(body).toMatchObject({ level: 'MUNICIPALITY', regionId: 1, municipalityId: 2, ownerBodyId: 7, approvalIssuer: 'УО г. Керчи' })
    expect(body.measures.map((m: { responsible: unknown }) => m.responsible)).toEqual([
      [{ label: 'МБУ ДПО г. Керчи РК «Информационно-методический центр»', bodyId: 11 }],
      [{ label: 'Все общеобразовательные организации', allSchools: true }],
    ])
  })

  it('makes an admin choose the region, and the municipality of a municipal plan', async () => {
    const { wrapper, server } = await render(json({ id: 40, title: 'План' }, 201), ADMIN, '/plans/roadmaps/new')
    expect(server.to('GET', '/api/v1/bodies')).toHaveLength(0)
    await wrapper.find('[data-testid="new-title"] input').setValue('Региональная дорожная карта')
    await measure(wrapper, 0, '1', 'Мониторинг')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(server.to('POST', '/api/v1/roadmaps')).toHaveLength(0)
    expect(wrapper.find('[data-testid="territory-region"]').text()).toContain('Выберите субъект РФ')
    expect(wrapper.find('[data-testid="territory-municipality"]').exists()).toBe(false)

    await pick(wrapper.find('[data-testid="territory-region"]'), 'Крым', 'Республика Крым')
    expect(server.to('GET', '/api/v1/bodies').at(-1)?.url.searchParams.get('regionId')).toBe('1')
    expect(server.to('GET', '/api/v1/indicators').at(-1)?.url.searchParams.get('regionId')).toBe('1')
    await pick(wrapper.find('[data-testid="new-level"]'), '', 'Муниципальный')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(server.to('POST', '/api/v1/roadmaps')).toHaveLength(0)
    expect(wrapper.find('[data-testid="territory-municipality"]').text()).toContain('Выберите муниципальное образование')

    await pick(wrapper.find('[data-testid="territory-municipality"]'), 'Керч', 'Городской округ Керчь')
    await pick(wrapper.find('[data-testid="new-owner"]'), 'Керч', 'УО г. Керчи')
    await wrapper.find('form').trigger('submit')
    await settle()
    const body = JSON.parse(server.to('POST', '/api/v1/roadmaps')[0].body)
    expect(body).toMatchObject({ level: 'MUNICIPALITY', regionId: 1, municipalityId: 2, ownerBodyId: 7 })
  })
})

describe('RoadmapNew, a school’s plan and a partnership’s', () => {
  const MURMANSK_BODIES = [{ id: 50, kind: 'MINISTRY' as const, shortName: 'Минобрнауки Мурманской области', regionId: 2, regionName: 'Мурманская область' }]

  async function renderAdmin(path: string) {
    const server = fakeApi({
      'POST /api/v1/roadmaps': json({ id: 40, title: 'План' }, 201),
      'GET /api/v1/indicators': json({ items: [{ id: 9, code: 'VPR_F2', name: 'Доля двоек ВПР', unit: '%' }], total: 1 }),
      'GET /api/v1/bodies': (r) => page(r.url.searchParams.get('regionId') === '2' ? MURMANSK_BODIES : CRIMEA_BODIES),
      'GET /api/v1/regions': page([{ id: 1, name: 'Республика Крым' }, { id: 2, name: 'Мурманская область' }]),
      'GET /api/v1/municipalities': page([KERCH, FEODOSIA]),
      'GET /api/v1/schools': page([{ id: 5, shortName: 'МБОУ СОШ №1', municipalityId: 2, municipalityName: 'Городской округ Керчь', regionId: 1 }]),
      'GET /api/v1/schools/5': json({ id: 5, shortName: 'МБОУ СОШ №1', municipalityId: 2, municipalityName: 'Городской округ Керчь', regionId: 1 }),
    })
    const options = renderOptions({ path, me: ADMIN })
    await options.ready
    const wrapper = mount(RoadmapNew, { global: options.global, attachTo: document.body })
    await settle()
    return { wrapper, server, router: options.router }
  }

  it('asks for the school of a partnership’s plan, sends it with its municipality, and goes back to the partnership', async () => {
    const path = `/plans/roadmaps/new?level=PARTNERSHIP&partnershipId=31&title=${encodeURIComponent('План взаимодействия')}`
    const { wrapper, server, router } = await renderAdmin(path)
    await pick(wrapper.find('[data-testid="territory-region"]'), 'Крым', 'Республика Крым')
    expect(wrapper.find('[data-testid="new-school"]').exists()).toBe(true)
    await measure(wrapper, 0, '1', 'Взаимопосещение уроков')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(server.to('POST', '/api/v1/roadmaps')).toHaveLength(0)
    expect(wrapper.find('[data-testid="new-school"]').text()).toContain('Выберите школу')

    await pick(wrapper.find('[data-testid="new-school"]'), '', 'МБОУ СОШ №1')
    expect(server.to('GET', '/api/v1/schools').at(-1)?.url.searchParams.get('regionId')).toBe('1')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(JSON.parse(server.to('POST', '/api/v1/roadmaps')[0].body)).toMatchObject({ level: 'PARTNERSHIP', regionId: 1, municipalityId: 2, schoolId: 5 })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/partnerships/31?roadmapId=40'), { timeout: 10000 })
  })

  it('takes the region and municipality of the school given by the link', async () => {
    const { wrapper, server } = await renderAdmin(`/plans/roadmaps/new?level=PARTNERSHIP&schoolId=5&title=${encodeURIComponent('План взаимодействия')}`)
    expect(wrapper.find('[data-testid="territory-region"] .v-autocomplete__selection').text()).toBe('Республика Крым')
    await measure(wrapper, 0, '1', 'Взаимопосещение уроков')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(JSON.parse(server.to('POST', '/api/v1/roadmaps')[0].body)).toMatchObject({ level: 'PARTNERSHIP', regionId: 1, municipalityId: 2, schoolId: 5 })
  })

  it('takes the school from the link, and clears the bodies and the school of the former region when the region changes', async () => {
    const { wrapper, server } = await renderAdmin('/plans/roadmaps/new?level=SCHOOL&schoolId=5')
    await pick(wrapper.find('[data-testid="territory-region"]'), 'Крым', 'Республика Крым')
    await settle()
    expect(wrapper.find('[data-testid="new-school"] .v-autocomplete__selection').text()).toBe('МБОУ СОШ №1')
    await pick(wrapper.find('[data-testid="new-level"]'), '', 'Региональный')
    await pick(wrapper.find('[data-testid="new-owner"]'), 'Минобр', 'Минобразования Крыма')
    const row = await measure(wrapper, 0, '1', 'Совещание')
    await pick(row.find('[data-testid="editor-responsible"]'), 'ИМЦ', 'МБУ ДПО «ИМЦ» г. Керчи')
    await row.find('[data-testid="editor-responsible"] input').setValue('Отдел качества;')
    await settle()
    expect(wrapper.findAll('[data-testid="body-chip"]')).toHaveLength(2)

    await pick(wrapper.find('[data-testid="territory-region"]'), 'Мурман', 'Мурманская область')
    expect(server.to('GET', '/api/v1/bodies').at(-1)?.url.searchParams.get('regionId')).toBe('2')
    expect(wrapper.find('[data-testid="new-owner"] .v-autocomplete__selection').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="body-chip"]').map((c) => c.attributes('data-body-id') ?? null)).toEqual([null])
    expect(wrapper.find('[data-testid="new-region-notice"]').text()).toContain('органы прежнего субъекта убраны')
    await pick(wrapper.find('[data-testid="new-level"]'), '', 'Школьный')
    expect(wrapper.find('[data-testid="new-school"] .v-autocomplete__selection').exists()).toBe(false)
  })
})

