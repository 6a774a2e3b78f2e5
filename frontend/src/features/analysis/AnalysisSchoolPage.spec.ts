import type { Me } from '@/services/types'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, problem } from '@/test/fakeApi'
import { renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import { KRASNOYARSK_ANALYST, LESOSIBIRSK_CAMPAIGN, RUN, WEAKEST } from './analysisFixtures'
import AnalysisSchoolPage from './AnalysisSchoolPage.vue'

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

async function openSchool(routes: Parameters<typeof fakeApi>[0] = {}, me: Me = KRASNOYARSK_ANALYST) {
  const server = fakeApi({
    'GET /api/v1/analyses/2': json(RUN),
    'GET /api/v1/analyses/2/schools/74': json(WEAKEST),
    'GET /api/v1/campaigns/1': json(LESOSIBIRSK_CAMPAIGN),
    ...routes,
  })
  const render = renderOptions({ path: '/monitoring/analyses/2/schools/74', me })
  await render.ready
  const wrapper = mount(AnalysisSchoolPage, { props: { runId: '2', schoolId: '74' }, global: render.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}

describe('AnalysisSchoolPage', () => {
  it('shows where the school stands and why, in its cluster', async () => {
    const { wrapper } = await openSchool()
    expect(wrapper.find('[data-testid="page-title"]').text()).toBe('МБОУ «Гимназия №8»')
    expect(wrapper.find('[data-testid="position-chip"]').text()).toBe('Слабая позиция')
    expect(wrapper.find('[data-testid="school-rank"]').text()).toBe('Место 12 из 12')
    expect(wrapper.find('[data-testid="school-composite"]').text()).toBe('Интегральный индекс: -0,43')
    expect(wrapper.find('[data-testid="school-reason"]').text()).toBe('Индекс −0,43, место 12 из 12: в нижних 20 % (2) → слабая позиция')
    expect(wrapper.find('[data-testid="school-cluster"]').text()).toContain('Кластер 1: городские')
    expect(wrapper.find('[data-testid="analysis-back"]').attributes('href')).toBe('/monitoring/campaigns/1/analysis?run=2')
  })

  it("draws the radar of the school's categories against its cluster and the campaign", async () => {
    const { wrapper } = await openSchool()
    const option = JSON.parse(wrapper.find('[data-testid="radar-chart"] [data-testid="echart"]').attributes('data-option')!)
    expect(option.radar.indicator.map((i: { name: string }) => i.name)).toEqual(['Результаты', 'Объективность', 'Кадры', 'Управление'])
    expect(option.series[0].data.map((d: { name: string }) => d.name)).toEqual(['Школа', 'Кластер школы', 'Весь мониторинг'])
    expect(option.series[0].data[0].value).toEqual([-0.4, -0.49, -0.06, -1])
  })

  it('lists the indicators with value, sample and score, marking small samples and the fallback to the campaign', async () => {
    const { wrapper } = await openSchool()
    const row = (code: string) => wrapper.find(`[data-testid="indicator-${code}"]`)
    expect(row('VPR_F2').find('[data-testid="indicator-value"]').text()).toBe('10,9 %')
    expect(row('VPR_F2').text()).toContain('110')
    expect(row('VPR_F2').find('[data-testid="score"]').attributes('data-tone')).toBe('neutral')
    expect(row('VPR_Q45').find('[data-testid="badge-small-sample"]').text()).toBe('малая выборка — не оценивается')
    expect(row('VPR_Q45').find('[data-testid="not-judged"]').text()).toBe('малая выборка — не оценивается')
    expect(row('OBJ_GAP2').find('[data-testid="badge-campaign"]').text()).toBe('сравнение со всем мониторингом')
    expect(row('OBJ_GAP2').find('[data-testid="score"]').attributes('data-tone')).toBe('error')
    expect(row('CTX_STUDENTS').find('[data-testid="not-judged"]').text()).toBe('контекст — не оценивается')
    expect(row('ST_VAC').find('[data-testid="score"]').attributes('data-tone')).toBe('success')
    // A yes/no indicator reads as words (its type comes from the campaign).
    expect(row('M_PROGRAM').find('[data-testid="indicator-value"]').text()).toBe('Нет')
    // Categories in the catalogue's order.
    const groups = wrapper.findAll('[data-testid="indicator-table"] tbody th').map((th) => th.text())
    expect(groups).toEqual(['Результаты', 'Объективность', 'Социальный контекст', 'Кадры', 'Управление'])
  })

  it('names strengths and weaknesses by their indicators, and words the signals as things to check', async () => {
    const { wrapper } = await openSchool()
    expect(wrapper.find('[data-testid="school-strengths"]').text()).toContain('Вакансии педагогических работников')
    const weaknesses = wrapper.find('[data-testid="school-weaknesses"]').findAll('li').map((li) => li.text())
    expect(weaknesses).toEqual([
      'Доля участников ВПР с расхождением отметки ВПР и журнала на 2 балла и более',
      'Утверждена антирисковая программа (дорожная карта) школы',
    ])
    const signals = wrapper.find('[data-testid="school-signals"]')
    expect(signals.text()).toContain('Сигналы для проверки')
    expect(signals.text()).toContain('повод сверить данные')
    expect(signals.findAll('[data-testid="school-signal"]')).toHaveLength(1)
    expect(signals.find('[data-testid="school-signal"]').text()).toContain('стоит проверить объективность оценивания')
  })

  it('shows school staff their school without the campaign breadcrumbs, and values as numbers when the campaign is not readable', async () => {
    const { wrapper } = await openSchool({ 'GET /api/v1/campaigns/1': problem({ title: 'Не найдено', status: 404 }) }, SCHOOL_STAFF)
    expect(wrapper.find('.v-breadcrumbs').text()).not.toContain('Мониторинги')
    expect(wrapper.find('[data-testid="indicator-M_PROGRAM"] [data-testid="indicator-value"]').text()).toBe('0')
  })

  it('shows the not-found page for a school outside the run or the scope', async () => {
    const { wrapper } = await openSchool({
      'GET /api/v1/analyses/2/schools/74': problem({ title: 'Не найдено', status: 404, detail: 'Школы 74 нет в этом анализе' }),
    })
    expect(wrapper.find('[data-testid="not-found"]').exists()).toBe(true)
  })

  it('warns when the data changed after the run', async () => {
    const { wrapper } = await openSchool({ 'GET /api/v1/analyses/2': json({ ...RUN, current: false }) })
    expect(wrapper.find('[data-testid="analysis-stale"]').text()).toContain('Данные изменились после этого анализа')
  })
})
