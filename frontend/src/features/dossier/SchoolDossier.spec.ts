import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { SCHOOL_1 } from '@/test/fixtures'
import { ANALYST, renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import SchoolCard from '@/features/schools/SchoolCard.vue'
import { DOSSIER, EMPTY_DOSSIER } from './dossierFixtures'
import { sparklineOption } from './dossierView'

vi.mock('vue-echarts', () => ({ default: { name: 'VChart', props: ['option'], template: '<div data-testid="echart" />' } }))

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function openCard(dossier: Parameters<typeof json>[0] | Response, me = ANALYST) {
  const server = fakeApi({
    'GET /api/v1/schools/5': json(SCHOOL_1),
    'GET /api/v1/schools/5/dossier': dossier instanceof Response ? dossier : json(dossier),
    'GET /api/v1/schools/5/lists': json([]),
    'GET /api/v1/audit': page([]),
  })
  const options = renderOptions({ path: '/schools/5', me })
  await options.ready
  const wrapper = mount(SchoolCard, { props: { id: '5' }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}

describe('the school page blocks', () => {
  it('shows four campaigns of an indicator with its interval, the medians and a small sample marked', async () => {
    const { wrapper, server } = await openCard(DOSSIER)
    expect(server.to('GET', '/api/v1/schools/5/dossier')).toHaveLength(1)
    const row = wrapper.find('[data-testid="dossier-indicator"][data-code="SUCC_RATE"]')
    expect(row.attributes('data-campaigns')).toBe('4')
    expect(row.text()).toContain('4 кампании')
    expect(row.text()).toContain('2025/2026')
    // the latest value rests on 8 pupils, fewer than the 10 needed: shown with its interval, marked, not judged
    expect(row.find('[data-testid="dossier-latest"]').text()).toContain('50 % (22–79)')
    expect(row.find('[data-testid="dossier-below-min"]').attributes('title')).toContain('выборка 8 меньше минимальной (10)')
    expect(row.text()).toContain('65 %')
    expect(row.text()).toContain('анализ не проводился')
  })

  it('shows the position with its rule and ranks, the roadmap’s progress, the point, the recommendation, the partnership and the submission', async () => {
    const { wrapper } = await openCard(DOSSIER)
    const position = wrapper.find('[data-testid="dossier-position"]')
    expect(position.text()).toContain('Место: 5 из 5')
    expect(position.text()).toContain('Место в муниципалитете: 4 из 4')
    expect(position.text()).toContain('Индекс в нижних 20 % кластера')
    expect(position.find('[data-testid="position-chip"]').attributes('data-position')).toBe('WEAK')

    const roadmap = wrapper.find('[data-testid="dossier-roadmap"]')
    expect(roadmap.text()).toContain('Выполнено 1 из 2')
    expect(roadmap.text()).toContain('1 просрочено')
    expect(roadmap.text()).toContain('01.01.2026 — 31.12.2027')
    expect(roadmap.find('a').attributes('href')).toBe('/plans/roadmaps/41')

    const point = wrapper.find('[data-testid="dossier-point"]')
    expect(point.text()).toContain('№ 5/3 от 21.10.2020, п. 4.1')
    expect(point.text()).toContain('срок 01.03.2027')
    expect(point.text()).toContain('отчёта школы нет')
    expect(point.find('a').attributes('href')).toBe('/control/decisions/51')

    const recommendation = wrapper.find('[data-testid="dossier-recommendation"]')
    expect(recommendation.text()).toContain('срок 15.01.2027')
    expect(recommendation.find('a').attributes('href')).toBe('/recommendations/61')

    const partnership = wrapper.find('[data-testid="dossier-partnership"]')
    expect(partnership.text()).toContain('получает поддержку от МБОУ «Гимназия №2»')
    expect(partnership.text()).toContain('план до 25.11.2026')

    const submission = wrapper.find('[data-testid="dossier-submission"]')
    expect(submission.attributes('data-status')).toBe('ACCEPTED')
    expect(submission.text()).toContain('до 20.12.2025')
  })

  it('says plainly in every block that there is nothing yet', async () => {
    const { wrapper } = await openCard(EMPTY_DOSSIER, SCHOOL_STAFF)
    for (const block of ['indicators', 'positions', 'roadmaps', 'points', 'recommendations', 'partnerships', 'submissions']) {
      expect(wrapper.find(`[data-testid="dossier-${block}-empty"]`).text(), block).toMatch(/^Пока нет/)
    }
  })

  it('shows the error with a retry in each block, and reads again on retry', async () => {
    const { wrapper, server } = await openCard(problem({ type: '/problems/internal', title: 'Ошибка', status: 500, detail: 'Сбой' }))
    expect(server.to('GET', '/api/v1/schools/5/dossier')).toHaveLength(1)
    for (const block of ['indicators', 'positions', 'roadmaps', 'points', 'recommendations', 'partnerships', 'submissions']) {
      expect(wrapper.find(`[data-testid="dossier-${block}"] [data-testid="error-state"]`).exists(), block).toBe(true)
    }
    await wrapper.find('[data-testid="dossier-points"] [data-testid="retry"]').trigger('click')
    await settle()
    expect(server.to('GET', '/api/v1/schools/5/dossier')).toHaveLength(2)
  })
})

describe('sparklineOption', () => {
  it('draws the school, the region and the cluster medians, with a small sample hollow', () => {
    const option = sparklineOption(DOSSIER.indicatorHistory![0]!, { school: 'Школа', region: 'Регион', cluster: 'Кластер' }, ['a', 'b', 'c', 'd'])
    expect(option.series.map((s) => s.name)).toEqual(['Школа', 'Регион', 'Кластер'])
    expect(option.series[0]!.data.slice(0, 3)).toEqual([40, 45, 42])
    expect(option.series[0]!.data[3]).toMatchObject({ value: 50, itemStyle: { color: '#ffffff' } })
    expect(option.series[1]!.data).toEqual([60, 60, 60, 65])
    expect(option.series[2]!.data).toEqual([null, null, 57.5, null])
    expect(option.series[1]!.lineStyle.type).toBe('dashed')
  })
})
