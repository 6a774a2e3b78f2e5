import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import RoadmapCard from './RoadmapCard.vue'
import type { MeasureView, RoadmapView } from './types'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const M1: MeasureView = {
  id: 41,
  number: '1',
  text: 'Проведение собеседования с руководителями',
  deadlineText: 'Октябрь 2020 г. Октябрь 2021 г.',
  schedule: { kind: 'OCCURRENCES', periods: [{ start: '2020-10-01', end: '2020-10-31' }, { start: '2021-10-01', end: '2021-10-31' }] },
  nextDue: '2021-10-31',
  overdue: true,
  status: 'IN_PROGRESS',
  responsible: [{ label: 'Отдел образования', bodyId: 9, bodyName: 'Отдел образования Славского ГО' }],
  reportCount: 0,
  version: 1,
  actions: ['report'],
}
const M2: MeasureView = {
  id: 42, number: '2', text: 'Организация рабочих групп', deadlineText: 'весь период', schedule: { kind: 'CONTINUOUS' }, status: 'PLANNED', actions: ['report'],
}
/** The roadmap under way, as the server answers the municipality's coordinator: they correct it and report on its measures. */
const ROADMAP: RoadmapView = {
  id: 3,
  title: 'План мероприятий («Дорожная карта») Славского городского округа',
  level: 'MUNICIPALITY',
  status: 'IN_PROGRESS',
  regionId: 1,
  regionName: 'Калининградская область',
  municipalityId: 2,
  municipalityName: 'Славский муниципальный округ',
  ownerBodyName: 'Отдел образования Славского ГО',
  periodFrom: '2021-01-01',
  periodTo: '2022-12-31',
  approvalKind: 'RESOLUTION',
  approvalNumber: '227',
  approvalDate: '2021-02-10',
  approvalIssuer: 'Администрация МО «Славский городской округ»',
  controller: 'заместителя главы администрации Алсуфьеву И.М.',
  abbreviations: { ОО: 'общеобразовательные организации' },
  revision: 1,
  measures: [M1, M2],
  warnings: [{ number: '1', kind: 'BEFORE_DOCUMENT', message: 'Срок «Октябрь 2020 г. Октябрь 2021 г.» наступает раньше даты самого документа (10.02.2021)' }],
  revisions: [
    { number: 0, reason: 'Утверждена', actor: 'system', occurredAt: '2021-02-10T09:00:00Z' },
    { number: 1, reason: 'Решение коллегии о коррективах', actor: 'coord.slavsk', occurredAt: '2026-11-20T09:00:00Z' },
  ],
  version: 5,
  actions: ['edit'],
}

async function render(routes: Parameters<typeof fakeApi>[0] = {}) {
  const server = fakeApi({ 'GET /api/v1/roadmaps/3': json(ROADMAP), ...routes })
  const options = renderOptions({ path: '/plans/roadmaps/3', me: { ...COORDINATOR, municipalityId: 2 } })
  await options.ready
  const wrapper = mount(RoadmapCard, { props: { id: '3' }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}

describe('RoadmapCard', () => {
  it('shows the approving document, the warnings with their numbers and each deadline as written and as read', async () => {
    const { wrapper } = await render()
    expect(wrapper.find('[data-testid="field-approval"]').text()).toBe('Постановление № 227 от 10.02.2021')
    expect(wrapper.find('[data-testid="field-controller"]').text()).toContain('Алсуфьеву И.М.')
    expect(wrapper.find('[data-testid="warning"]').text()).toBe('1: Срок «Октябрь 2020 г. Октябрь 2021 г.» наступает раньше даты самого документа (10.02.2021)')
    const row = wrapper.find('[data-testid="measure-row"][data-number="1"]')
    expect(row.find('[data-testid="measure-deadline"]').text()).toBe('Октябрь 2020 г. Октябрь 2021 г.')
    expect(row.find('[data-testid="measure-reading"]').text()).toBe('2 срока: октябрь 2020, октябрь 2021')
    expect(row.find('[data-testid="measure-next-due"]').text()).toBe('31.10.2021')
    expect(row.find('[data-testid="measure-overdue"]').text()).toBe('просрочено')
    expect(row.find('[data-testid="measure-responsible"]').text()).toBe('Отдел образования (Отдел образования Славского ГО)')
    expect(wrapper.find('[data-testid="measure-row"][data-number="2"] [data-testid="measure-overdue"]').exists()).toBe(false)
    // Warnings never block: reporting and the correction stay available.
    expect(wrapper.find('[data-testid="measure-report-open"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="roadmap-correct"]').exists()).toBe(true)
  })

  it('shows the file the roadmap was imported from, and none for one entered by hand', async () => {
    const { wrapper } = await render({ 'GET /api/v1/roadmaps/3': json({ ...ROADMAP, source: { id: 92, name: 'karta.xlsx', size: 4096 } }) })
    expect(wrapper.find('[data-testid="document-source"]').text()).toMatch(/Источник:\s*karta\.xlsx/)
    expect(wrapper.find('[data-testid="document-source-file"]').attributes('aria-label')).toBe('Скачать исходный файл karta.xlsx')
    wrapper.unmount()
    const plain = await render()
    expect(plain.wrapper.find('[data-testid="document-source"]').exists()).toBe(false)
  })

  it('offers neither the correction nor a report when the server lists no actions', async () => {
    const { wrapper } = await render({
      'GET /api/v1/roadmaps/3': json({ ...ROADMAP, actions: [], measures: [{ ...M1, actions: [] }, { ...M2, actions: [] }] }),
    })
    expect(wrapper.find('[data-testid="measure-row"][data-number="1"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="measure-report-open"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="roadmap-correct"]').exists()).toBe(false)
  })

  it('compares two versions, marking the measures added, removed and changed', async () => {
    const v0: RoadmapView = { ...ROADMAP, revision: 0, measures: [{ ...M1, text: 'Старый текст' }, M2, { id: 43, number: '3', text: 'Удалённое мероприятие' }] }
    const v1: RoadmapView = { ...ROADMAP, measures: [M1, M2, { id: 44, number: '4', text: 'Новое мероприятие' }] }
    const { wrapper, server } = await render({
      'GET /api/v1/roadmaps/3/revisions/0': json(v0),
      'GET /api/v1/roadmaps/3/revisions/1': json(v1),
    })
    await wrapper.find('[data-testid="tab-versions"]').trigger('click')
    await settle()
    expect(wrapper.findAll('[data-testid="revision"]')).toHaveLength(2)
    await wrapper.find('[data-testid="compare"]').trigger('click')
    await settle()
    expect(server.to('GET', '/api/v1/roadmaps/3/revisions/0')).toHaveLength(1)
    const kinds = wrapper.findAll('[data-testid="compare-row"]').map((r) => [r.find('td').text(), r.attributes('data-kind')])
    expect(kinds).toEqual([
      ['1', 'changed'],
      ['2', 'same'],
      ['3', 'removed'],
      ['4', 'added'],
    ])
  })

  it('downloads the roadmap as its document and its annual analytical information', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:roadmap')
    URL.revokeObjectURL = vi.fn()
    const file = () => new Response(new Blob(['PK']), { headers: { 'Content-Type': 'application/octet-stream' } })
    const { wrapper, server } = await render({ 'GET /api/v1/roadmaps/3/document': file, 'GET /api/v1/roadmaps/3/annual-report': file })
    expect(wrapper.find('[data-testid="roadmap-annual-report-docx"]').text()).toBe('Годовая аналитическая информация (DOCX)')
    await wrapper.find('[data-testid="roadmap-document-docx"]').trigger('click')
    await wrapper.find('[data-testid="roadmap-annual-report-pdf"]').trigger('click')
    await settle()
    expect(server.to('GET', '/api/v1/roadmaps/3/document')[0].url.searchParams.get('format')).toBe('docx')
    expect(server.to('GET', '/api/v1/roadmaps/3/annual-report')[0].url.searchParams.get('format')).toBe('pdf')
  })
})
