import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import RoadmapMeasures from './RoadmapMeasures.vue'
import type { RoadmapView } from './types'

afterEach(() => {
  document.body.innerHTML = ''
})

const ROADMAP: RoadmapView = {
  id: 7,
  level: 'MUNICIPALITY',
  status: 'APPROVED',
  measures: [
    { id: 55, number: '2.3', text: 'Адресная помощь', responsible: [{ label: 'ОО', allSchools: true }], indicators: [{ indicatorId: 9, code: 'VPR_F2', name: 'Доля двоек', unit: '%', targetValue: 10 }] },
    { id: 56, number: '2.4', text: 'Совещание', responsible: [{ label: 'Комитет', bodyId: 3 }] },
  ],
}

describe('RoadmapMeasures', () => {
  it('shows target indicators and offers school staff a school plan on a measure of every school', async () => {
    const options = renderOptions({ path: '/plans/roadmaps/7', me: { roles: ['school-staff'], regionId: 1, municipalityId: 2, schoolId: 31, organizationName: 'Школа № 1' } })
    await options.ready
    const wrapper = mount(RoadmapMeasures, { props: { roadmap: ROADMAP }, global: options.global })
    await settle()
    expect(wrapper.find('[data-testid="measure-indicator"]').text()).toBe('VPR_F2 → 10 %')
    const links = wrapper.findAll('[data-testid="measure-school-plan"]')
    expect(links).toHaveLength(1)
    const href = decodeURIComponent(links[0].attributes('href') ?? '')
    expect(href).toContain('/plans/roadmaps/new?')
    expect(href).toContain('parentMeasureId=55')
    expect(href).toContain('level=SCHOOL')
    expect(href.replace(/\+/g, ' ')).toContain('План мероприятий Школа № 1 по п. 2.3 Адресная помощь')
  })
})
