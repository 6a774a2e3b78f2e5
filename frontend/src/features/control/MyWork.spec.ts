import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import MyWork from './MyWork.vue'
import { byDue } from './myWork'
import type { WorkItem } from './types'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const ITEMS: WorkItem[] = [
  { type: 'MEASURE', planId: 3, planTitle: 'Дорожная карта Славского ГО', itemId: 41, number: '14', text: 'Семинар для заместителей', deadlineText: 'Май, ежегодно', due: '2027-05-31', overdue: false, status: 'IN_PROGRESS' },
  { type: 'POINT', planId: 5, planTitle: 'Решение коллегии № 5/3', itemId: 22, number: '2.2', text: 'Провести мониторинг', deadlineText: 'ноябрь - декабрь', due: '2020-12-31', overdue: true, status: 'ASSIGNED' },
  { type: 'POINT', planId: 5, planTitle: 'Решение коллегии № 5/3', itemId: 30, number: '3.1', text: 'Оказывать методическую помощь', deadlineText: 'постоянно', overdue: false, status: 'ASSIGNED' },
  { type: 'MEASURE', planId: 3, planTitle: 'Дорожная карта Славского ГО', itemId: 40, number: '13', text: 'Совещание', deadlineText: 'до 1 марта 2027 года', due: '2027-03-01', overdue: false, status: 'PLANNED' },
]

async function render(items: WorkItem[]) {
  fakeApi({ 'GET /api/v1/my-work': json(items) })
  const options = renderOptions({ path: '/control/my-work', me: COORDINATOR })
  await options.ready
  const wrapper = mount(MyWork, { global: options.global, attachTo: document.body })
  await settle()
  return wrapper
}

describe('MyWork', () => {
  it('lists the overdue first, then the nearest due, undated last, each linking to its measure or point', async () => {
    const wrapper = await render(ITEMS)
    const rows = wrapper.findAll('[data-testid="work-item"]')
    expect(rows.map((r) => r.attributes('data-number'))).toEqual(['2.2', '13', '14', '3.1'])
    expect(rows.map((r) => r.find('[data-testid="work-due"]').text())).toEqual(['31.12.2020', '01.03.2027', '31.05.2027', 'без срока'])
    expect(rows[0].find('[data-testid="work-overdue"]').text()).toBe('просрочено')
    expect(rows.slice(1).every((r) => !r.find('[data-testid="work-overdue"]').exists())).toBe(true)
    expect(rows[0].find('[data-testid="work-link"]').attributes('href')).toBe('/control/decisions/5#point-22')
    expect(rows[1].find('[data-testid="work-link"]').attributes('href')).toBe('/plans/roadmaps/3#measure-40')
    expect(rows[0].text()).toContain('Поручено')
    expect(rows[1].text()).toContain('Запланировано')
  })

  it('shows a targeted recommendation with its status, linking to the recommendation', async () => {
    const wrapper = await render([
      ...ITEMS,
      { type: 'RECOMMENDATION', planId: 31, planTitle: 'Адресная рекомендация: ВПР 2026', itemId: 31, text: 'Провести семинар для учителей математики', due: '2026-12-20', overdue: false, status: 'ISSUED' },
    ])
    const row = wrapper.find('[data-testid="work-item"][data-type="RECOMMENDATION"]')
    expect(row.find('[data-testid="work-link"]').attributes('href')).toBe('/recommendations/31')
    expect(row.text()).toContain('Адресная рекомендация')
    expect(row.text()).toContain('Адресная рекомендация: ВПР 2026')
    expect(row.text()).toContain('Выдана')
    expect(wrapper.findAll('[data-testid="work-item"]').map((r) => r.attributes('data-type'))).toEqual(['POINT', 'RECOMMENDATION', 'MEASURE', 'MEASURE', 'POINT'])
  })

  it('shows the annual analytical information due 25 January, linking to its roadmap', async () => {
    const wrapper = await render([
      ...ITEMS,
      { type: 'ANNUAL_REPORT', planId: 3, planTitle: 'Дорожная карта Славского ГО', itemId: 3, text: 'Годовая аналитическая информация о реализации плана за 2026 год', deadlineText: 'не позднее 25 января года, следующего за отчетным', due: '2027-01-25', overdue: false, status: 'PLANNED' },
    ])
    const row = wrapper.find('[data-testid="work-item"][data-type="ANNUAL_REPORT"]')
    expect(row.find('[data-testid="work-link"]').attributes('href')).toBe('/plans/roadmaps/3')
    expect(row.text()).toContain('Годовая аналитическая информация')
    expect(row.find('[data-testid="work-due"]').text()).toBe('25.01.2027')
    expect(row.text()).toContain('Запланировано')
  })

  it('says when nothing is assigned', async () => {
    const wrapper = await render([])
    expect(wrapper.find('[data-testid="empty-state"]').text()).toContain('Поручений нет')
  })

  it('keeps the order stable for items due the same day', () => {
    const same = [ITEMS[0], { ...ITEMS[3], due: '2027-05-31' }]
    expect(byDue(same).map((i) => i.number)).toEqual(['14', '13'])
  })
})
