import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { VAutocomplete } from 'vuetify/components'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { ANALYST, renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import type { Me } from '@/services/types'
import { saveBlob } from '@/services/download'
import ControlDashboard from './ControlDashboard.vue'
import { controlChartOption, dueParts, filtersFromQuery, queryFromFilters, rowBodyId } from './controlDashboard'
import type { ControlDashboard as Dashboard } from './types'

// ECharts draws on a canvas jsdom lacks: the chart is replaced by an element that shows the option it was given.
vi.mock('vue-echarts', async () => {
  const { defineComponent, h } = await import('vue')
  return {
    default: defineComponent({
      props: { option: { type: Object, required: true } },
      name: 'VChartStub',
      setup: (props) => () => h('div', { 'data-testid': 'echart', 'data-option': JSON.stringify(props.option) }),
    }),
  }
})

// The browser download itself is not jsdom's: record what would be saved.
vi.mock('@/services/download', async (original) => ({ ...(await original<typeof import('@/services/download')>()), saveBlob: vi.fn() }))

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const DASHBOARD: Dashboard = {
  today: '2026-11-24',
  total: { open: 12, overdue: 3, dueIn7: 2, dueIn30: 5 },
  byBody: [
    { key: 'body:20', name: 'УО г. Керчи', counts: { open: 7, overdue: 3, dueIn7: 1, dueIn30: 2 } },
    { key: 'schools', name: 'Все школы', counts: { open: 5, overdue: 0, dueIn7: 1, dueIn30: 3 } },
  ],
  byTerritory: [{ key: 'M-2', name: 'Городской округ Керчь', counts: { open: 12, overdue: 3, dueIn7: 2, dueIn30: 5 } }],
  items: [
    { type: 'POINT', planId: 5, planTitle: 'Решение коллегии № 5/3', itemId: 22, number: '2.2', text: 'Провести мониторинг', due: '2020-12-31', overdue: true, status: 'ASSIGNED' },
    { type: 'MEASURE', planId: 3, planTitle: 'Дорожная карта', itemId: 40, number: '13', text: 'Совещание', due: '2026-11-30', overdue: false, status: 'PLANNED' },
  ],
}

const BODIES = [
  { id: 10, shortName: 'Минобразования Крыма', regionName: 'Республика Крым' },
  { id: 20, shortName: 'УО г. Керчи', municipalityId: 2, municipalityName: 'Городской округ Керчь' },
  { id: 30, shortName: 'УО г. Феодосии', municipalityId: 3, municipalityName: 'Городской округ Феодосия' },
]

async function render(me: Me, reply = json(DASHBOARD), path = '/control') {
  const api = fakeApi({
    'GET /api/v1/control/dashboard': reply,
    'GET /api/v1/municipalities': page([{ id: 2, name: 'Городской округ Керчь' }, { id: 3, name: 'Городской округ Феодосия' }]),
    'GET /api/v1/bodies': page(BODIES),
  })
  const options = renderOptions({ path, me })
  await options.ready
  const wrapper = mount(ControlDashboard, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, api, router: options.router }
}

const municipalityFilter = (wrapper: VueWrapper) => wrapper.findAllComponents(VAutocomplete).find((c) => c.attributes('data-testid') === 'control-municipality')!
const bodyFilter = (wrapper: VueWrapper) => wrapper.findAllComponents(VAutocomplete).find((c) => c.attributes('data-testid') === 'control-body')!
const asked = (api: ReturnType<typeof fakeApi>) => api.to('GET', '/api/v1/control/dashboard').map((r) => Object.fromEntries(r.url.searchParams))

describe('ControlDashboard', () => {
  it('shows the four counts, the tables by body and territory and the items, overdue first with their links', async () => {
    const { wrapper } = await render(ANALYST)
    const tile = (key: string) => wrapper.find(`[data-testid="control-tile-${key}"] [data-testid="control-tile-count"]`).text()
    expect([tile('open'), tile('overdue'), tile('dueIn7'), tile('dueIn30')]).toEqual(['12', '3', '2', '5'])
    const bodies = wrapper.findAll('[data-testid="control-body-row"]')
    expect(bodies.map((r) => r.findAll('td').map((c) => c.text()))).toEqual([
      ['УО г. Керчи', '3', '1', '2', '2'],
      ['Все школы', '0', '1', '3', '2'],
    ])
    expect(wrapper.find('[data-testid="control-territory-row"]').text()).toContain('Городской округ Керчь')
    const rows = wrapper.findAll('[data-testid="control-items"] [data-testid="work-item"]')
    expect(rows.map((r) => [r.attributes('data-number'), r.attributes('data-overdue')])).toEqual([
      ['2.2', 'true'],
      ['13', 'false'],
    ])
    expect(rows[0].find('[data-testid="work-link"]').attributes('href')).toBe('/control/decisions/5#point-22')
    const option = JSON.parse(wrapper.find('[data-testid="echart"]').attributes('data-option')!)
    expect(option.series.map((s: { name: string }) => s.name)).toEqual(['Просрочено', 'До 7 дней', '8–30 дней', 'Позже или без срока'])
  })

  it('asks for the chosen municipality only, for an analyst, and keeps it in the URL', async () => {
    const { wrapper, api, router } = await render(ANALYST)
    expect(asked(api)).toEqual([{}])
    municipalityFilter(wrapper).vm.$emit('update:modelValue', 3)
    await settle()
    expect(router.currentRoute.value.query).toEqual({ municipalityId: '3' })
    expect(asked(api)).toEqual([{}, { municipalityId: '3' }])
  })

  it('reads the filters from the URL and follows back and forward', async () => {
    const { wrapper, api, router } = await render(ANALYST, json(DASHBOARD), '/control?municipalityId=2&bodyId=20')
    expect(asked(api)).toEqual([{ municipalityId: '2', bodyId: '20' }])
    expect(municipalityFilter(wrapper).props('modelValue')).toBe(2)
    expect(bodyFilter(wrapper).props('modelValue')).toBe(20)
    // With a municipality chosen, the body filter offers its bodies and the region's.
    expect((bodyFilter(wrapper).props('items') as { title: string }[]).map((b) => b.title)).toEqual(['Минобразования Крыма', 'УО г. Керчи'])

    bodyFilter(wrapper).vm.$emit('update:modelValue', null)
    await settle()
    expect(router.currentRoute.value.query).toEqual({ municipalityId: '2' })
    router.back()
    await settle()
    expect(router.currentRoute.value.query).toEqual({ municipalityId: '2', bodyId: '20' })
    expect(asked(api)).toEqual([{ municipalityId: '2', bodyId: '20' }, { municipalityId: '2' }, { municipalityId: '2', bodyId: '20' }])
  })

  it('narrows to a body from its row in the table or its bar in the chart', async () => {
    const { wrapper, api, router } = await render(ANALYST)
    const links = wrapper.findAll('[data-testid="control-body-link"]')
    expect(links.map((l) => l.text())).toEqual(['УО г. Керчи']) // every school is no body
    expect(links[0].attributes('href')).toBe('/control?bodyId=20')
    await links[0].trigger('click')
    await settle()
    expect(router.currentRoute.value.query).toEqual({ bodyId: '20' })
    expect(asked(api).at(-1)).toEqual({ bodyId: '20' })

    await router.push('/control')
    await settle()
    // The chart draws the rows bottom-up: bar 1 is the first row.
    wrapper.findComponent({ name: 'ControlDashboardChart' }).findComponent({ name: 'VChartStub' }).vm.$emit('click', { dataIndex: 1 })
    await settle()
    expect(router.currentRoute.value.query).toEqual({ bodyId: '20' })
  })

  it('offers a coordinator the body filter but no municipality filter, and asks nothing about municipalities', async () => {
    const { wrapper, api } = await render(COORDINATOR, json(DASHBOARD), '/control?municipalityId=3&bodyId=20')
    expect(wrapper.find('[data-testid="control-municipality"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="control-body"]').exists()).toBe(true)
    expect(api.to('GET', '/api/v1/municipalities')).toHaveLength(0)
    expect(asked(api)).toEqual([{ bodyId: '20' }])
  })

  it('exports with the same filters', async () => {
    const { wrapper } = await render(ANALYST, json(DASHBOARD), '/control?municipalityId=2')
    const routes = {
      'GET /api/v1/control/export': new Response(new Blob(['xlsx']), { headers: { 'Content-Disposition': 'attachment; filename="control.xlsx"' } }),
    }
    const exported = fakeApi({ ...routes, 'GET /api/v1/control/dashboard': json(DASHBOARD) })
    bodyFilter(wrapper).vm.$emit('update:modelValue', 20)
    await settle()
    await wrapper.find('[data-testid="control-export"]').trigger('click')
    await settle()
    expect(vi.mocked(saveBlob)).toHaveBeenCalledWith(expect.anything(), 'control.xlsx')
    expect(Object.fromEntries(exported.to('GET', '/api/v1/control/export')[0].url.searchParams)).toEqual({ municipalityId: '2', bodyId: '20' })
  })

  it('shows the error and the empty state', async () => {
    const failed = await render(ANALYST, problem({ status: 403, title: 'Forbidden', detail: 'Нет доступа' }))
    expect(failed.wrapper.find('[data-testid="error-state"]').exists()).toBe(true)
    document.body.innerHTML = ''
    const empty = await render(ANALYST, json({ ...DASHBOARD, total: { open: 0, overdue: 0, dueIn7: 0, dueIn30: 0 }, byBody: [], byTerritory: [], items: [] }))
    expect(empty.wrapper.find('[data-testid="empty-state"]').text()).toContain('На контроле ничего нет')
  })
})

describe('dashboard filters', () => {
  it('reads the URL query, ignoring anything malformed, and writes only what is set', () => {
    expect(filtersFromQuery({ municipalityId: '3', bodyId: ['20', '21'] })).toEqual({ municipalityId: 3, bodyId: 20 })
    expect(filtersFromQuery({ municipalityId: 'x', bodyId: '0' })).toEqual({})
    expect(queryFromFilters({ bodyId: 20 })).toEqual({ bodyId: '20' })
    expect(rowBodyId({ key: 'body:20' })).toBe(20)
    expect([rowBodyId({ key: 'schools' }), rowBodyId({ key: 'label:ИМЦ' })]).toEqual([undefined, undefined])
  })
})

describe('controlChartOption', () => {
  it('splits each body into disjoint parts, the most overdue body on top', () => {
    expect(dueParts({ open: 7, overdue: 3, dueIn7: 1, dueIn30: 2 })).toEqual({ overdue: 3, dueIn7: 1, dueIn30: 1, later: 2 })
    const option = controlChartOption(DASHBOARD.byBody!, (key) => key)
    expect(option.yAxis.data).toEqual(['Все школы', 'УО г. Керчи'])
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['overdue', 'items', [0, 3]],
      ['dueIn7', 'items', [1, 1]],
      ['dueIn30', 'items', [2, 1]],
      ['later', 'items', [2, 2]],
    ])
  })
})
