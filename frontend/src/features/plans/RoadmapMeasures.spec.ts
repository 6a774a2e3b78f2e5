import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { actionsOf, renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import RoadmapMeasures from './RoadmapMeasures.vue'
import type { RoadmapView } from './types'

afterEach(() => {
  document.body.innerHTML = ''
})

/** A municipal roadmap as the server answers a school's staff: on the measure of every school they report and plan. */
const ROADMAP: RoadmapView = {
  id: 7,
  level: 'MUNICIPALITY',
  status: 'APPROVED',
  measures: [
    {
      id: 55, number: '2.3', text: 'Адресная помощь', responsible: [{ label: 'ОО', allSchools: true }],
      indicators: [{ indicatorId: 9, code: 'VPR_F2', name: 'Доля двоек', unit: '%', direction: 'LOWER_BETTER', targetValue: 10, status: 'NOT_YET', actual: 12.5, schools: 8 }],
      actions: ['report', 'planForSchool'],
    },
    { id: 56, number: '2.4', text: 'Совещание', responsible: [{ label: 'Комитет', bodyId: 3 }], actions: [] },
  ],
}

describe('RoadmapMeasures', () => {
  it('shows target indicators and offers school staff a school plan on a measure of every school', async () => {
    const options = renderOptions({ path: '/plans/roadmaps/7', me: { username: 'school.s1', roles: ['school-staff'], actions: actionsOf('school-staff'), regionId: 1, municipalityId: 2, schoolId: 31, organizationName: 'Школа № 1' } })
    await options.ready
    const wrapper = mount(RoadmapMeasures, { props: { roadmap: ROADMAP }, global: options.global })
    await settle()
    const check = wrapper.find('[data-testid="target-check"]')
    expect(check.attributes('data-status')).toBe('NOT_YET')
    expect(check.text()).toContain('VPR_F2')
    expect(check.text()).toContain('пока нет')
    expect(check.text()).toContain('факт 12,5 % (цель 10 %)')
    // a measure without an indicator is marked, not blocked
    const rows0 = wrapper.findAll('[data-testid="measure-row"]')
    expect(rows0[0].find('[data-testid="target-none"]').exists()).toBe(false)
    expect(rows0[1].find('[data-testid="target-none"]').text()).toBe('без показателя')
    const links = wrapper.findAll('[data-testid="measure-school-plan"]')
    expect(links).toHaveLength(1)
    const href = decodeURIComponent(links[0].attributes('href') ?? '')
    expect(href).toContain('/plans/roadmaps/new?')
    expect(href).toContain('parentMeasureId=55')
    expect(href).toContain('level=SCHOOL')
    expect(href.replace(/\+/g, ' ')).toContain('План мероприятий Школа № 1 по п. 2.3 Адресная помощь')
    // A report only where the measure's actions list it.
    const rows = wrapper.findAll('[data-testid="measure-row"]')
    expect(rows[0].find('[data-testid="measure-report-open"]').exists()).toBe(true)
    expect(rows[1].find('[data-testid="measure-report-open"]').exists()).toBe(false)
  })

  it('offers nothing on the measures when shown read-only, whatever their actions', async () => {
    const options = renderOptions({ path: '/plans/roadmaps/7', me: COORDINATOR })
    await options.ready
    const wrapper = mount(RoadmapMeasures, { props: { roadmap: ROADMAP, readonly: true }, global: options.global })
    await settle()
    expect(wrapper.find('[data-testid="measure-report-open"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="measure-school-plan"]').exists()).toBe(false)
  })

  it('shows the due dates of a recurring measure as chips, and reports on the earliest not done by default', async () => {
    const roadmap: RoadmapView = {
      ...ROADMAP,
      measures: [
        {
          id: 57,
          number: '1',
          text: 'Мониторинг',
          deadlineText: 'Октябрь 2025 г. Октябрь 2026 г. Октябрь 2027 г.',
          status: 'IN_PROGRESS',
          occurrences: [
            { due: '2025-10-31', done: true, reports: 1, overdue: false },
            { due: '2026-10-31', done: false, reports: 1, overdue: true },
            { due: '2027-10-31', done: false, reports: 0, overdue: false },
          ],
          actions: ['report'],
        },
        { id: 58, number: '2', text: 'Совещание', deadlineText: 'до 1 марта 2026 года', occurrences: [], actions: ['report'] },
      ],
    }
    const options = renderOptions({ path: '/plans/roadmaps/7', me: COORDINATOR })
    await options.ready
    const wrapper = mount(RoadmapMeasures, { props: { roadmap }, global: options.global, attachTo: document.body })
    await settle()
    const rows = wrapper.findAll('[data-testid="measure-row"]')
    const chips = rows[0].findAll('[data-testid="occurrence"]')
    expect(chips.map((c) => [c.text(), c.attributes('data-state')])).toEqual([
      ['31.10.2025', 'done'],
      ['31.10.2026', 'overdue'],
      ['31.10.2027', 'upcoming'],
    ])
    expect(chips[1].attributes('aria-label')).toBe('31.10.2026: просрочено, 1 отчёт')
    expect(rows[0].find('[data-testid="occurrence-summary"]').text()).toBe('Сроки: выполнено 1 из 3 · просрочено: 1')
    expect(rows[1].find('[data-testid="measure-occurrences"]').exists()).toBe(false)

    await rows[0].find('[data-testid="measure-report-open"]').trigger('click')
    await settle()
    expect(document.querySelector('[data-testid="report-occurrence"]')?.textContent).toContain('31.10.2026 — просрочено')
    await rows[1].find('[data-testid="measure-report-open"]').trigger('click')
    await settle()
    expect(document.querySelector('[data-testid="report-occurrence"]')).toBeNull()
    wrapper.unmount()
  })
})
