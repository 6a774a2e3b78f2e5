import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, problem } from '@/test/fakeApi'
import { ANALYST, renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import RegionOverviewPage from './RegionOverviewPage.vue'
import type { RegionOverview } from './types'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const OVERVIEW: RegionOverview = {
  regionId: 1,
  regionName: 'Республика Крым',
  today: '2026-12-03',
  latest: { id: 12, name: 'Мониторинг 2025/2026', academicYear: '2025/2026', closesOn: '2026-06-30' },
  previous: { id: 8, name: 'Мониторинг 2024/2025', academicYear: '2024/2025', closesOn: '2025-06-30' },
  changes: [
    { code: 'VPR_Q45', name: 'Доля «4» и «5» по ВПР', unit: '%', direction: 'HIGHER_BETTER', medianBefore: 44, medianAfter: 64,
      meanBefore: { estimate: 44, low: 40.1, high: 47.9, n: 5 }, meanAfter: { estimate: 64, low: 60.1, high: 67.9, n: 5 }, verdict: 'BETTER' },
    { code: 'SUCC_RATE', name: 'Успеваемость', unit: '%', direction: 'HIGHER_BETTER', medianBefore: 70, medianAfter: 72,
      meanBefore: { estimate: 70, low: 50.4, high: 89.6, n: 5 }, meanAfter: { estimate: 72, low: 52.4, high: 91.6, n: 5 }, verdict: 'NOT_PROVEN' },
  ],
  submissions: [{ municipalityId: 5, municipalityName: 'Городской округ Керчь', missing: 3, of: 5, share: 0.6, link: { kind: 'CAMPAIGN', id: 14 } }],
  reports: [],
  plans: [{ municipalityId: 6, municipalityName: 'Городской округ Феодосия', missing: 1, of: 1, share: 1, link: { kind: 'ROADMAPS', municipalityId: 6 } }],
}

async function open(answer: ReturnType<typeof json>) {
  fakeApi({ 'GET /api/v1/regions/1/overview': answer })
  const render = renderOptions({ path: '/regions/1/overview', me: ANALYST })
  await render.ready
  const wrapper = mount(RegionOverviewPage, { props: { id: '1' }, global: render.global, attachTo: document.body })
  await settle()
  return wrapper
}

describe('RegionOverviewPage', () => {
  it('shows each change as «64 % (60,1–67,9)» with its verdict in words, and the municipalities behind with links', async () => {
    const wrapper = await open(json(OVERVIEW))
    const better = wrapper.find('[data-testid="change-VPR_Q45"]')
    expect(better.find('[data-testid="change-mean-after"]').text()).toBe('64 % (60,1–67,9)')
    expect(better.find('[data-testid="change-verdict"]').text()).toBe('лучше')
    expect(wrapper.find('[data-testid="change-SUCC_RATE"] [data-testid="change-verdict"]').text()).toBe('разница не доказана')
    const submissions = wrapper.find('[data-testid="overview-submissions"]')
    expect(submissions.text()).toContain('не сдали 3 из 5 (60 %)')
    expect(submissions.find('a').attributes('href')).toContain('/monitoring/campaigns/14')
    expect(wrapper.find('[data-testid="overview-reports"]').text()).toContain('Просроченных отчётов нет')
    expect(wrapper.find('[data-testid="overview-plans"] a').attributes('href')).toContain('municipalityId=6')
    expect(wrapper.find('[data-testid="uncertainty-note"]').exists()).toBe(true)
  })

  it('says plainly when no campaign is closed yet', async () => {
    const wrapper = await open(json({ ...OVERVIEW, latest: undefined, previous: undefined, changes: [] }))
    expect(wrapper.text()).toContain('Закрытых мониторингов субъекта ещё нет')
  })

  it('shows the refusal as an error with a retry', async () => {
    const wrapper = await open(problem({ status: 403, title: 'Доступ запрещён', detail: 'Обзор субъекта видят его аналитики и администраторы' }))
    expect(wrapper.find('[data-testid="error-state"]').exists()).toBe(true)
  })
})
