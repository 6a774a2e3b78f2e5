import type { Me } from '@/services/types'
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, problem } from '@/test/fakeApi'
import { CAMPAIGN, COORDINATOR } from '@/test/monitoringFixtures'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import CampaignCard from './CampaignCard.vue'
import type { CampaignProgress, MunicipalProgress } from './types'

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

const counts = (schools: number, notStarted: number, draft: number, submitted: number, returned: number, accepted: number, overdue = 0) => ({
  schools, notStarted, draft, submitted, returned, accepted, overdue,
})
const PROGRESS: CampaignProgress = {
  campaignId: 7,
  closesOn: '2026-12-20',
  total: counts(38, 20, 8, 5, 1, 4, 3),
  municipalities: [
    { municipalityId: 2, municipalityName: 'Городской округ Керчь', counts: counts(22, 10, 5, 3, 1, 3, 2) },
    { municipalityId: 3, municipalityName: 'Городской округ Феодосия', counts: counts(16, 10, 3, 2, 0, 1, 1) },
  ],
}

async function openCard(routes: Parameters<typeof fakeApi>[0] = {}, me?: Me) {
  const server = fakeApi({
    'GET /api/v1/campaigns/7': json(CAMPAIGN),
    'GET /api/v1/campaigns/7/progress': json(PROGRESS),
    ...routes,
  })
  const options = renderOptions({ path: '/monitoring/campaigns/7', me })
  await options.ready
  const wrapper = mount(CampaignCard, { props: { id: '7' }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}

const value = (w: VueWrapper, key: string) => w.find(`[data-testid="progress-${key}-value"]`).text()

describe('CampaignCard: progress and status', () => {
  it('shows the counts by status, the overdue schools and a bar per municipality', async () => {
    const { wrapper } = await openCard()
    expect(wrapper.find('[data-testid="page-title"]').text()).toBe('Ежегодный мониторинг по выявлению ШНОР')
    expect(wrapper.find('[data-testid="campaign-status"]').text()).toBe('Идёт сбор данных')
    expect(value(wrapper, 'schools')).toBe('38')
    expect(value(wrapper, 'notStarted')).toBe('20')
    expect(value(wrapper, 'submitted')).toBe('5')
    expect(value(wrapper, 'accepted')).toBe('4')
    expect(value(wrapper, 'overdue')).toBe('3')
    expect(wrapper.find('[data-testid="campaign-progress"]').text()).toContain('Срок представления данных: 20.12.2026')

    const option = JSON.parse(wrapper.find('[data-testid="echart"]').attributes('data-option')!)
    // Керчь has the larger accepted share, so it is drawn first (at the bottom); Феодосия on top.
    expect(option.yAxis.data).toEqual(['Городской округ Керчь', 'Городской округ Феодосия'])
    expect(option.series.map((s: { name: string }) => s.name)).toEqual(['Не начали', 'Черновик', 'На проверке', 'Возвращено', 'Принято'])
    expect(option.series.find((s: { name: string }) => s.name === 'Принято').data).toEqual([3, 1])

    const rows = wrapper.findAll('[data-testid="progress-table"] tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))
    expect(rows).toEqual([
      ['Городской округ Керчь', '22', '10', '5', '3', '1', '3', '2'],
      ['Городской округ Феодосия', '16', '10', '3', '2', '0', '1', '1'],
    ])
  })

  it('closes the campaign after a confirmation, sending the version it read', async () => {
    let progressCalls = 0
    const { wrapper, server } = await openCard({
      'POST /api/v1/campaigns/7/transitions': json({ ...CAMPAIGN, status: 'CLOSED', version: 4 }),
      'GET /api/v1/campaigns/7/progress': () => (progressCalls++, json(PROGRESS)),
    })
    expect(wrapper.find('[data-testid="campaign-edit"]').exists()).toBe(false)
    await wrapper.find('[data-testid="campaign-close"]').trigger('click')
    await settle()
    expect(document.querySelector('[data-testid="campaign-confirm"]')?.textContent ?? document.body.textContent).toContain(
      'Школы больше не смогут вносить и отправлять данные',
    )
    expect(server.to('POST', '/api/v1/campaigns/7/transitions')).toHaveLength(0)

    document.querySelector<HTMLElement>('[data-testid="campaign-confirm-ok"]')!.click()
    await settle()
    expect(JSON.parse(server.to('POST', '/api/v1/campaigns/7/transitions')[0].body)).toEqual({ to: 'CLOSED', version: 3 })
    expect(wrapper.find('[data-testid="page-title"]').element.parentElement?.textContent).toContain('Сбор завершён')
    expect(wrapper.find('[data-testid="campaign-publish"]').exists()).toBe(true)
    expect(progressCalls).toBe(2)
  })

  it('reloads the campaign when someone else moved it first', async () => {
    let reads = 0
    const { wrapper, server } = await openCard({
      'GET /api/v1/campaigns/7': () => json(++reads === 1 ? CAMPAIGN : { ...CAMPAIGN, status: 'CLOSED', version: 4 }),
      'POST /api/v1/campaigns/7/transitions': problem({ type: '/problems/stale-version', title: 'Данные уже изменены', status: 409 }),
    })
    await wrapper.find('[data-testid="campaign-close"]').trigger('click')
    await settle()
    document.querySelector<HTMLElement>('[data-testid="campaign-confirm-ok"]')!.click()
    await settle()
    expect(server.to('GET', '/api/v1/campaigns/7')).toHaveLength(2)
    expect(document.querySelector('[data-testid="campaign-error"]')?.textContent).toContain('Мониторинг изменил кто-то другой')
    expect(wrapper.find('[data-testid="campaign-status"]').text()).toBe('Сбор завершён')
  })

  it('offers the analyst the bulk load of values of an open campaign', async () => {
    const { wrapper } = await openCard()
    expect(wrapper.find('[data-testid="campaign-close"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="values-import-open"]').exists()).toBe(true)
  })

  it("shows a coordinator the regional campaign's progress without the actions", async () => {
    // The server lists nothing a coordinator may do with a regional campaign.
    const { wrapper } = await openCard({ 'GET /api/v1/campaigns/7': json({ ...CAMPAIGN, actions: [] }) }, COORDINATOR)
    expect(value(wrapper, 'accepted')).toBe('4')
    expect(wrapper.find('[data-testid="campaign-close"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="values-import-open"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="values-export-csv"]').exists()).toBe(true)
  })

  it('links a campaign past draft to its analysis, and not a draft', async () => {
    const { wrapper } = await openCard({ 'GET /api/v1/campaigns/7': json({ ...CAMPAIGN, actions: [] }) }, COORDINATOR)
    expect(wrapper.find('[data-testid="campaign-analysis"]').attributes('href')).toBe('/monitoring/campaigns/7/analysis')
    expect(wrapper.find('[data-testid="campaign-analysis"]').text()).toBe('Анализ')
    wrapper.unmount()
    const draft = await openCard({ 'GET /api/v1/campaigns/7': json({ ...CAMPAIGN, status: 'DRAFT' }) })
    expect(draft.wrapper.find('[data-testid="campaign-analysis"]').exists()).toBe(false)
  })

  it('shows an error in the progress with a retry', async () => {
    let calls = 0
    const { wrapper } = await openCard({
      'GET /api/v1/campaigns/7/progress': () =>
        ++calls === 1 ? problem({ title: 'Ошибка', status: 503, detail: 'Сервис перегружен' }) : json(PROGRESS),
    })
    expect(wrapper.find('[data-testid="campaign-progress"] [data-testid="error-state"]').text()).toContain('Сервис перегружен')
    await wrapper.find('[data-testid="retry"]').trigger('click')
    await settle()
    expect(value(wrapper, 'schools')).toBe('38')
  })
})

describe('CampaignCard: a campaign of municipalities', () => {
  const MUNICIPAL: MunicipalProgress = {
    campaignId: 7,
    closesOn: '2026-12-25',
    total: { municipalities: 2, notStarted: 0, draft: 1, submitted: 1, returned: 0, accepted: 0, overdue: 0 },
    municipalities: [
      { municipalityId: 2, municipalityName: 'Городской округ Керчь', status: 'DRAFT', overdue: false },
      { municipalityId: 3, municipalityName: 'Городской округ Феодосия', status: 'SUBMITTED', submittedAt: '2026-11-28T11:00:00Z', overdue: false },
    ],
  }

  it('shows where each municipality stands, with a link to its form, instead of schools and values', async () => {
    const { wrapper, server } = await openCard({
      'GET /api/v1/campaigns/7': json({ ...CAMPAIGN, respondent: 'MUNICIPALITY', municipalityId: undefined, schoolIds: [] }),
      'GET /api/v1/campaigns/7/municipalities': json(MUNICIPAL),
    })
    expect(server.to('GET', '/api/v1/campaigns/7/progress')).toHaveLength(0)
    expect(value(wrapper, 'municipalities')).toBe('2')
    expect(value(wrapper, 'submitted')).toBe('1')
    const rows = wrapper.findAll('[data-testid="municipal-progress-table"] tbody tr')
    expect(rows.map((r) => r.find('[data-testid="municipal-row"]').text())).toEqual(['Городской округ Керчь', 'Городской округ Феодосия'])
    expect(rows[1].find('[data-testid="submission-status"]').text()).toBe('На проверке')
    expect(rows[0].find('[data-testid="municipal-open"]').attributes('href')).toBe('/monitoring/campaigns/7/municipalities/2')
    expect(wrapper.find('[data-testid="tab-values"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="campaign-analysis"]').exists()).toBe(false)
  })
})
