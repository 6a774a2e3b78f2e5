import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json } from '@/test/fakeApi'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import { KRASNOYARSK_ANALYST, LESOSIBIRSK_CAMPAIGN, RUN, WEAKEST } from './analysisFixtures'
import AnalysisSchoolPage from './AnalysisSchoolPage.vue'
import { rangeText } from './analysisView'

vi.mock('vue-echarts', async () => {
  const { defineComponent, h } = await import('vue')
  return { default: defineComponent({ setup: () => () => h('div', { 'data-testid': 'echart' }) }) }
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

/** The weakest school with the range its rank could take and the interval of a share of 110 pupils. */
const UNSURE = {
  ...WEAKEST,
  school: { ...WEAKEST.school, rankLow: 8, rankHigh: 12 },
  indicators: (WEAKEST.indicators ?? []).map((i) =>
    i.code === 'VPR_F2' ? { ...i, interval: { estimate: 10.9, low: 6.3, high: 18.1, n: 110 }, regionMedian: 12.5, versusRegion: 'NOT_PROVEN' as const } : i,
  ),
}

describe('uncertainty in the analysis', () => {
  it('words a rank range as «(8–12)», and none when the place is certain or the run is old', () => {
    expect(rangeText({ rank: 12, rankLow: 8, rankHigh: 12 })).toBe('(8–12)')
    expect(rangeText({ rank: 1, rankLow: 1, rankHigh: 1 })).toBe('')
    expect(rangeText({ rank: 3 })).toBe('')
  })

  it('shows the school its rank range, a share as «11 % (6–18)» and «отличие не доказано», with the method beside', async () => {
    fakeApi({
      'GET /api/v1/analyses/2': json(RUN),
      'GET /api/v1/analyses/2/schools/74': json(UNSURE),
      'GET /api/v1/campaigns/1': json(LESOSIBIRSK_CAMPAIGN),
    })
    const render = renderOptions({ path: '/monitoring/analyses/2/schools/74', me: KRASNOYARSK_ANALYST })
    await render.ready
    const wrapper = mount(AnalysisSchoolPage, { props: { runId: '2', schoolId: '74' }, global: render.global, attachTo: document.body })
    await settle()
    expect(wrapper.find('[data-testid="school-rank-range"]').text()).toBe('с учётом интервалов — от 8-го до 12-го')
    const value = wrapper.find('[data-testid="indicator-VPR_F2"] [data-testid="indicator-value"]')
    expect(value.text()).toContain('11 % (6–18)')
    expect(value.find('[data-testid="indicator-versus"]').text()).toBe('отличие не доказано')
    expect(wrapper.find('[data-testid="uncertainty-note"]').exists()).toBe(true)
  })
})
