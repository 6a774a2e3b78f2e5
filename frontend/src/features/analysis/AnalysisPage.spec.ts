import type { Me } from '@/services/types'
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import { KRASNOYARSK_ANALYST, LESOSIBIRSK_CAMPAIGN, LESOSIBIRSK_COORDINATOR, ROWS, RUN, RUN_SUMMARIES } from './analysisFixtures'
import AnalysisPage from './AnalysisPage.vue'

// ECharts draws on a canvas jsdom lacks: the chart is replaced by an element that shows the option it was given.
vi.mock('vue-echarts', async () => {
  const { defineComponent, h } = await import('vue')
  return {
    default: defineComponent({
      props: { option: { type: Object, required: true } },
      setup: (props) => () => h('div', { 'data-testid': 'echart', 'data-option': JSON.stringify(props.option) }),
    }),
  }
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const API = {
  campaign: 'GET /api/v1/campaigns/1',
  runs: 'GET /api/v1/campaigns/1/analyses',
  run: 'POST /api/v1/campaigns/1/analyses',
  run2: 'GET /api/v1/analyses/2',
  run1: 'GET /api/v1/analyses/1',
  schools2: 'GET /api/v1/analyses/2/schools',
  schools1: 'GET /api/v1/analyses/1/schools',
}

async function openPage(routes: Parameters<typeof fakeApi>[0], options: { me?: Me; path?: string } = {}) {
  const server = fakeApi({ [API.campaign]: json(LESOSIBIRSK_CAMPAIGN), ...routes })
  const render = renderOptions({ path: options.path ?? '/monitoring/campaigns/1/analysis', me: options.me ?? KRASNOYARSK_ANALYST })
  await render.ready
  const wrapper = mount(AnalysisPage, { props: { id: '1' }, global: render.global, attachTo: document.body })
  await settle()
  return { wrapper, server, router: render.router }
}

/** Picks a value in the Vuetify select (or autocomplete) with this test id, as a user would. */
const choose = (w: VueWrapper, testId: string, value: unknown) =>
  (w.findComponent(`[data-testid="${testId}"]`) as VueWrapper).vm.$emit('update:modelValue', value)
const tile = (w: VueWrapper, position: string) => w.find(`[data-testid="positions-${position}-value"]`).text()
const query = (server: ReturnType<typeof fakeApi>, path: string) => Object.fromEntries(server.to('GET', path).at(-1)!.url.searchParams)

describe('AnalysisPage: running an analysis', () => {
  it('runs the first analysis with the settings chosen and shows it, its id in the URL', async () => {
    let runs: typeof RUN_SUMMARIES = []
    const { wrapper, server, router } = await openPage({
      [API.runs]: () => json(runs),
      [API.run]: () => ((runs = [RUN_SUMMARIES[0]]), json(RUN, 201)),
      [API.run2]: json(RUN),
      [API.schools2]: page(ROWS, 12, 0, 25),
    })
    expect(wrapper.find('[data-testid="page-title"]').text()).toBe('Анализ данных мониторинга')
    expect(wrapper.find('[data-testid="analysis-empty"]').text()).toContain('Анализ ещё не проводился')
    // The defaults are prefilled.
    expect((wrapper.find('[data-testid="settings-weight-RESULTS"] input').element as HTMLInputElement).value).toBe('50')
    expect((wrapper.find('[data-testid="settings-weakShare"] input').element as HTMLInputElement).value).toBe('20')
    expect(wrapper.find('[data-testid="settings-comparison"]').text()).toContain('Кластер школы (схожие условия)')

    choose(wrapper, 'settings-comparison', 'REGION')
    await wrapper.find('[data-testid="settings-acceptedOnly"] input').setValue(true)
    await wrapper.find('[data-testid="analysis-settings"]').trigger('submit')
    await settle()

    expect(JSON.parse(server.to('POST', '/api/v1/campaigns/1/analyses')[0].body)).toEqual({
      comparison: 'REGION',
      weights: { RESULTS: 0.5, STAFF: 0.2, CONDITIONS: 0.15, MANAGEMENT: 0.15, OBJECTIVITY: 0 },
      clusters: 4,
      weakShare: 0.2,
      strongShare: 0.2,
      minIndicators: 3,
      acceptedOnly: true,
      gapSignal: 15,
      confirmSignal: 50,
      highResultSignal: 2,
    })
    expect(router.currentRoute.value.query).toEqual({ run: '2' })
    expect(tile(wrapper, 'WEAK')).toBe('2')
    expect(tile(wrapper, 'STRONG')).toBe('2')
    expect(tile(wrapper, 'MIDDLE')).toBe('8')
    expect(query(server, '/api/v1/analyses/2/schools')).toEqual({ page: '0', size: '25', sort: 'rank' })
    const rows = wrapper.findAll('[data-testid="analysis-table"] tbody tr')
    expect(rows).toHaveLength(3)
    expect(rows[2].text()).toContain('МБОУ «Гимназия №8»')
    const chip = rows[2].find('[data-testid="position-chip"]')
    expect(chip.text()).toBe('Слабая позиция')
    expect(chip.attributes('data-reason')).toBe('Индекс −0,43, место 12 из 12: в нижних 20 % (2) → слабая позиция')
    expect(rows[2].find('[data-testid="analysis-school-link"]').attributes('href')).toBe('/monitoring/analyses/2/schools/74')
    expect(rows[0].find('[data-testid="row-signals"]').attributes('data-signals')).toBe('1')
    expect(wrapper.find('[data-testid="analysis-stale"]').exists()).toBe(false)
  })

  it("shows the server's field errors next to their fields", async () => {
    const { wrapper, server } = await openPage({
      [API.runs]: json([]),
      [API.run]: problem({
        type: '/problems/validation',
        title: 'Ошибка в данных',
        status: 400,
        detail: 'Исправьте поля, отмеченные в списке ошибок',
        errors: [
          { field: 'clusters', message: 'Число кластеров — от 1 до 12' },
          { field: 'weights.RESULTS', message: 'Вес категории — число от 0 до 100' },
        ],
      }),
    })
    await wrapper.find('[data-testid="analysis-settings"]').trigger('submit')
    await settle()
    expect(server.to('POST', '/api/v1/campaigns/1/analyses')).toHaveLength(1)
    expect(wrapper.find('[data-testid="settings-clusters"]').text()).toContain('Число кластеров — от 1 до 12')
    expect(wrapper.find('[data-testid="settings-weight-RESULTS"]').text()).toContain('Вес категории — число от 0 до 100')
    expect(wrapper.find('[data-testid="settings-error"]').text()).toContain('Исправьте отмеченные поля')
  })

  it('checks the form before asking the server', async () => {
    const { wrapper, server } = await openPage({ [API.runs]: json([]) })
    await wrapper.find('[data-testid="settings-clusters"] input').setValue('20')
    await wrapper.find('[data-testid="settings-weakShare"] input').setValue('70')
    await wrapper.find('[data-testid="analysis-settings"]').trigger('submit')
    await settle()
    expect(server.to('POST', '/api/v1/campaigns/1/analyses')).toHaveLength(0)
    expect(wrapper.find('[data-testid="settings-clusters"]').text()).toContain('Целое число от 1 до 12')
    expect(wrapper.find('[data-testid="settings-weakShare"]').text()).toContain('Число от 0 до 50')
  })
})

describe('AnalysisPage: the runs so far', () => {
  it('opens the newest run and puts it in the URL', async () => {
    const { wrapper, router } = await openPage({
      [API.runs]: json(RUN_SUMMARIES),
      [API.run2]: json(RUN),
      [API.schools2]: page(ROWS),
    })
    expect(router.currentRoute.value.query).toEqual({ run: '2' })
    expect(wrapper.find('[data-testid="analysis-run"]').attributes('data-run')).toBe('2')
    expect(wrapper.find('[data-testid="analysis-run-select"]').text()).toContain('№ 2 от')
    expect(wrapper.find('[data-testid="analysis-run-meta"]').text()).toContain('Сравнение: Весь мониторинг')
    // Settings are folded once there are results.
    expect(wrapper.find('[data-testid="settings-clusters"]').exists()).toBe(false)
  })

  it("shows the URL's run, warns that the data changed since, and shows its data version shortened", async () => {
    const { wrapper, server, router } = await openPage(
      {
        [API.runs]: json(RUN_SUMMARIES),
        [API.run1]: json({ ...RUN, id: 1, current: false, dataVersion: 'aaaa0000bbbb1111cccc2222' }),
        [API.schools1]: page(ROWS),
        [API.run2]: json(RUN),
        [API.schools2]: page(ROWS),
      },
      { path: '/monitoring/campaigns/1/analysis?run=1' },
    )
    expect(server.to('GET', '/api/v1/analyses/2')).toHaveLength(0)
    expect(wrapper.find('[data-testid="analysis-stale"]').text()).toContain('Данные изменились после этого анализа — запустите заново')
    expect(wrapper.find('[data-testid="analysis-rerun"]').exists()).toBe(true)
    const version = wrapper.find('[data-testid="data-version"]')
    expect(version.text()).toBe('aaaa0000bb')
    expect(version.attributes('data-version')).toBe('aaaa0000bbbb1111cccc2222')

    // Another run from the picker: the URL follows.
    choose(wrapper, 'analysis-run-select', 2)
    await settle()
    expect(router.currentRoute.value.query).toEqual({ run: '2' })
    expect(wrapper.find('[data-testid="analysis-run"]').attributes('data-run')).toBe('2')
    expect(wrapper.find('[data-testid="analysis-stale"]').exists()).toBe(false)
  })

  it('runs a stale run again with its own settings', async () => {
    const stale = { ...RUN, id: 1, current: false }
    const { wrapper, server, router } = await openPage(
      {
        [API.runs]: json(RUN_SUMMARIES),
        [API.run1]: json(stale),
        [API.schools1]: page(ROWS),
        [API.run]: json({ ...RUN, id: 3 }, 201),
        'GET /api/v1/analyses/3/schools': page(ROWS),
      },
      { path: '/monitoring/campaigns/1/analysis?run=1' },
    )
    await wrapper.find('[data-testid="analysis-rerun"]').trigger('click')
    await settle()
    expect(JSON.parse(server.to('POST', '/api/v1/campaigns/1/analyses')[0].body)).toEqual(stale.settings)
    expect(router.currentRoute.value.query).toEqual({ run: '3' })
    expect(wrapper.find('[data-testid="analysis-run"]').attributes('data-run')).toBe('3')
    expect(wrapper.find('[data-testid="analysis-stale"]').exists()).toBe(false)
  })

  it('filters the table by position from a tile, and by cluster', async () => {
    const { wrapper, server } = await openPage({
      [API.runs]: json(RUN_SUMMARIES),
      [API.run2]: json(RUN),
      [API.schools2]: page(ROWS),
    })
    await wrapper.find('[data-testid="positions-WEAK"]').trigger('click')
    await settle()
    expect(query(server, '/api/v1/analyses/2/schools')).toMatchObject({ position: 'WEAK', page: '0' })
    choose(wrapper, 'filter-cluster', 2)
    await settle()
    expect(query(server, '/api/v1/analyses/2/schools')).toMatchObject({ position: 'WEAK', cluster: '2' })
    // A municipal campaign: no municipality filter.
    expect(wrapper.find('[data-testid="filter-municipality"]').exists()).toBe(false)
  })

  it('describes the clusters and draws a box plot of the chosen indicator with its counts under it', async () => {
    const { wrapper } = await openPage({
      [API.runs]: json(RUN_SUMMARIES),
      [API.run2]: json(RUN),
      [API.schools2]: page(ROWS),
    })
    await wrapper.find('[data-testid="tab-clusters"]').trigger('click')
    await settle()
    const clusters = wrapper.findAll('[data-testid="analysis-cluster"]')
    expect(clusters).toHaveLength(4)
    expect(clusters[3].text()).toContain('Кластер 4')
    expect(clusters[3].text()).toContain('1 школа')
    expect(clusters[3].find('[data-testid="cluster-description"]').text()).toBe('сельские, небольшие, высокая доля малообеспеченных семей')
    expect(clusters[3].text()).toContain('Доля сельских школ')
    expect(clusters[3].text()).toContain('197 чел.')

    await wrapper.find('[data-testid="tab-distributions"]').trigger('click')
    await settle()
    const option = JSON.parse(wrapper.find('[data-testid="boxplot-chart"] [data-testid="echart"]').attributes('data-option')!)
    expect(option.series[0].data).toEqual([[3.5088, 7.733, 11.4294, 14.5168, 19.6203]])
    expect(wrapper.find('[data-testid="distribution-count"]').text()).toBe('Значений: 12')

    choose(wrapper, 'distribution-indicator', 'VPR_Q45')
    await settle()
    expect(wrapper.find('[data-testid="distribution-small"]').text()).toBe('Малых выборок (не учтены): 1')
    expect(wrapper.find('[data-testid="distribution-missing"]').text()).toBe('Нет значения: 1')
  })
})

describe('AnalysisPage: who sees what', () => {
  it("offers the region's municipalities as a filter of a regional campaign's table", async () => {
    const { wrapper, server } = await openPage({
      [API.campaign]: json({ ...LESOSIBIRSK_CAMPAIGN, municipalityId: undefined, municipalityName: undefined }),
      [API.runs]: json(RUN_SUMMARIES),
      [API.run2]: json(RUN),
      [API.schools2]: page(ROWS),
      'GET /api/v1/municipalities': page([{ id: 6, regionId: 4, name: 'Городской округ город Лесосибирск' }]),
    })
    expect(query(server, '/api/v1/municipalities')).toMatchObject({ regionId: '4' })
    choose(wrapper, 'filter-municipality', 6)
    await settle()
    expect(query(server, '/api/v1/analyses/2/schools')).toMatchObject({ municipalityId: '6' })
  })

  it("lets a coordinator of the campaign's municipality run it", async () => {
    // The server lets the municipality's coordinator edit (and so run) its own campaign.
    const { wrapper } = await openPage(
      { [API.campaign]: json({ ...LESOSIBIRSK_CAMPAIGN, actions: ['edit'] }), [API.runs]: json([]) },
      { me: LESOSIBIRSK_COORDINATOR },
    )
    expect(wrapper.find('[data-testid="analysis-settings-panel"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="analysis-start"]').exists()).toBe(true)
  })

  it('shows a regional campaign to a coordinator without the settings', async () => {
    const { wrapper } = await openPage(
      {
        // A regional campaign: the server gives a coordinator nothing to do with it.
        [API.campaign]: json({ ...LESOSIBIRSK_CAMPAIGN, municipalityId: undefined, municipalityName: undefined, actions: [] }),
        [API.runs]: json([]),
      },
      { me: LESOSIBIRSK_COORDINATOR },
    )
    expect(wrapper.find('[data-testid="analysis-settings-panel"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="analysis-empty"]').text()).toContain('Когда аналитик проведёт анализ')
  })

  it('offers the information letter once the campaign has been analysed, as DOCX or PDF', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:letter')
    URL.revokeObjectURL = vi.fn()
    const { wrapper, server } = await openPage({
      [API.runs]: json(RUN_SUMMARIES),
      [API.run2]: json(RUN),
      [API.schools2]: page(ROWS),
      'GET /api/v1/campaigns/1/letter': new Response(new Blob(['PK']), { headers: { 'Content-Type': 'application/octet-stream' } }),
    })
    expect(wrapper.find('[data-testid="campaign-letter-pdf"]').text()).toBe('Информационное письмо (PDF)')
    await wrapper.find('[data-testid="campaign-letter-docx"]').trigger('click')
    await settle()
    expect(server.to('GET', '/api/v1/campaigns/1/letter')[0].url.searchParams.get('format')).toBe('docx')
    expect(wrapper.find('[data-testid="campaign-letter-error"]').exists()).toBe(false)
  })

  it('says a draft has nothing to analyse', async () => {
    const { wrapper, server } = await openPage({ [API.campaign]: json({ ...LESOSIBIRSK_CAMPAIGN, status: 'DRAFT' }), [API.runs]: json([]) })
    expect(wrapper.text()).toContain('Мониторинг ещё не открыт')
    expect(wrapper.find('[data-testid="campaign-letter-docx"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="analysis-settings-panel"]').exists()).toBe(false)
    expect(server.to('GET', '/api/v1/analyses/2')).toHaveLength(0)
  })

  it('shows an error with a retry when the runs cannot be read', async () => {
    let calls = 0
    const { wrapper } = await openPage({
      [API.runs]: () => (++calls === 1 ? problem({ title: 'Ошибка', status: 503, detail: 'Сервис перегружен' }) : json([])),
    })
    expect(wrapper.find('[data-testid="error-state"]').text()).toContain('Сервис перегружен')
    await wrapper.find('[data-testid="retry"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="analysis-empty"]').exists()).toBe(true)
  })
})
