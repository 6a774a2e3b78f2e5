import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { ANALYST, renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import type { Me } from '@/services/types'
import DecisionCard from './DecisionCard.vue'
import type { DecisionPoint, DecisionView } from './types'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const UO = { label: 'Управлению образования Администрации г.Керчи', person: 'Димарцо Е.В.', bodyId: 7, bodyName: 'УО г. Керчи' }
const SCHOOLS = { label: 'Руководителям общеобразовательных организаций', allSchools: true }
const pt = (id: number, number: string, parentId: number | undefined, extra: Partial<DecisionPoint> = {}): DecisionPoint => ({
  id, number, parentId, text: `Текст пункта ${number}`, status: 'ASSIGNED', version: 1, ...extra,
})
const DECISION: DecisionView = {
  id: 5,
  kind: 'COLLEGIUM_DECISION',
  number: '5/3',
  date: '2020-10-21',
  title: 'О работе с образовательными организациями с низкими образовательными результатами',
  preamble: 'Заслушав и обсудив информацию…',
  issuerLabel: 'Коллегия управления образования Администрации города Керчи',
  municipalityId: 2,
  municipalityName: 'Городской округ Керчь',
  controllerBodyName: 'УО г. Керчи',
  points: [
    pt(1, '2', undefined, { assignees: [UO], effectiveAssignees: [UO] }),
    pt(2, '2.2', 1, {
      effectiveAssignees: [UO], deadlineText: 'ноябрь - декабрь', due: '2020-12-31', overdue: true,
      schedule: { kind: 'PERIOD', periods: [{ start: '2020-11-01', end: '2020-12-31' }], flags: ['YEAR_FROM_DOCUMENT_DATE'] },
      extensions: [{ previousDue: '2020-12-31', newDue: '2021-02-01', reason: 'Карантин', grantedBy: 'coord.kerch', occurredAt: '2020-12-20T10:00:00Z' }],
    }),
    pt(3, '3', undefined),
    pt(4, '3.2', 3),
    pt(5, '3.2', 3),
    pt(6, '4', undefined, { assignees: [SCHOOLS], effectiveAssignees: [SCHOOLS], schools: { total: 22, reported: 3, accepted: 1 } }),
    pt(7, '4.1', 6, { effectiveAssignees: [SCHOOLS], schools: { total: 22, reported: 2, accepted: 1 } }),
  ],
  warnings: [{ number: '3.2', kind: 'DUPLICATE_NUMBER', message: 'Номер пункта «3.2» встречается в документе дважды' }],
  version: 1,
}

/** The decision as the server answers this user: what they may do with it, and on which points they report. */
const seenWith = (actions: string[], reportOn: number[] = []): DecisionView => ({
  ...DECISION,
  actions,
  points: DECISION.points!.map((p) => ({ ...p, actions: reportOn.includes(p.id!) ? ['report'] : [] })),
})
/** The Kerch coordinator: the decision's controller, and its points given to their authority (УО г. Керчи). */
const AS_COORDINATOR = seenWith(['edit', 'control'], [1, 2])
/** School staff: a report on each point of every school, nothing else. */
const AS_SCHOOL = seenWith([], [6, 7])

async function render(me: Me, decision: DecisionView = AS_COORDINATOR) {
  const server = fakeApi({ 'GET /api/v1/decisions/5': json(decision) })
  const options = renderOptions({ path: '/control/decisions/5', me })
  await options.ready
  const wrapper = mount(DecisionCard, { props: { id: '5' }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}
const point = (wrapper: Awaited<ReturnType<typeof render>>['wrapper'], id: number) => wrapper.find(`#point-${id}`)

describe('DecisionCard', () => {
  it('shows the points as a tree with assignees as written, deadlines, extensions and the schools’ progress', async () => {
    const { wrapper } = await render(COORDINATOR)
    expect(wrapper.find('[data-testid="decision-heading"]').text()).toBe('Решение коллегии № 5/3 от 21.10.2020')
    const rows = wrapper.findAll('[data-testid="point"]').map((p) => [p.attributes('data-number'), p.attributes('data-depth')])
    expect(rows).toEqual([['2', '0'], ['2.2', '1'], ['3', '0'], ['3.2', '1'], ['3.2', '1'], ['4', '0'], ['4.1', '1']])
    expect(point(wrapper, 1).find('[data-testid="point-assignees"]').text()).toContain('Управлению образования Администрации г.Керчи (Димарцо Е.В.)')
    const p22 = point(wrapper, 2)
    expect(p22.find('[data-testid="point-effective"]').text()).toContain('Управлению образования Администрации г.Керчи (Димарцо Е.В.)')
    expect(p22.find('[data-testid="point-deadline"]').text()).toBe('ноябрь - декабрь')
    expect(p22.find('[data-testid="point-reading"]').text()).toContain('период: ноябрь – декабрь 2020 (год взят из даты документа)')
    expect(p22.find('[data-testid="point-due"]').text()).toBe('31.12.2020')
    expect(p22.find('[data-testid="point-overdue"]').text()).toBe('просрочено')
    expect(p22.find('[data-testid="point-extensions"]').text()).toContain('31.12.2020 → 01.02.2021: Карантин (coord.kerch')
    expect(point(wrapper, 7).find('[data-testid="point-schools"]').text()).toBe('Отчитались 2 из 22, принято 1')
    expect(wrapper.find('[data-testid="warning"]').text()).toBe('3.2: Номер пункта «3.2» встречается в документе дважды')
  })

  it('shows the file the decision was imported from and downloads it', async () => {
    const { wrapper } = await render(COORDINATOR, { ...AS_COORDINATOR, source: { id: 91, name: 'reshenie.docx', contentType: 'application/octet-stream', size: 2048 } })
    const server = fakeApi({ 'GET /api/v1/evidence/91': new Response(new Blob(['PK']), { headers: { 'Content-Disposition': 'attachment; filename="reshenie.docx"' } }) })
    URL.createObjectURL = vi.fn(() => 'blob:source')
    URL.revokeObjectURL = vi.fn()
    expect(wrapper.find('[data-testid="document-source"]').text()).toContain('Источник:')
    expect(wrapper.find('[data-testid="document-source"]').text()).toContain('reshenie.docx')
    await wrapper.find('[data-testid="document-source-file"]').trigger('click')
    await settle()
    expect(server.to('GET', '/api/v1/evidence/91')).toHaveLength(1)
    expect(wrapper.find('[data-testid="document-source"] [role="alert"]').exists()).toBe(false)
  })

  it('shows no source for a decision entered by hand', async () => {
    const { wrapper } = await render(COORDINATOR)
    expect(wrapper.find('[data-testid="document-source"]').exists()).toBe(false)
  })

  it('lets the controller extend deadlines, and the assigned body report, but not on a point of every school', async () => {
    const { wrapper } = await render(COORDINATOR, AS_COORDINATOR)
    // «control» on the decision: every open point may be extended.
    expect(point(wrapper, 2).find('[data-testid="point-extend"]').exists()).toBe(true)
    expect(point(wrapper, 7).find('[data-testid="point-extend"]').exists()).toBe(true)
    // «report» only on the points whose actions list it.
    expect(point(wrapper, 2).find('[data-testid="point-report-open"]').exists()).toBe(true)
    expect(point(wrapper, 3).find('[data-testid="point-report-open"]').exists()).toBe(false)
    expect(point(wrapper, 7).find('[data-testid="point-report-open"]').exists()).toBe(false)
  })

  it('shows exactly what the decision’s actions list: a report without control offers no extension', async () => {
    const { wrapper } = await render(COORDINATOR, seenWith([], [2]))
    expect(point(wrapper, 2).find('[data-testid="point-report-open"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="point-extend"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="decision-edit"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="point-report-open"]')).toHaveLength(1)
  })

  it('offers «Изменить» to the municipality’s coordinator and the region’s analyst, not to a school', async () => {
    const coordinator = await render(COORDINATOR, AS_COORDINATOR)
    expect(coordinator.wrapper.find('[data-testid="decision-edit"]').attributes('href')).toBe('/control/decisions/5/edit')
    coordinator.wrapper.unmount()
    // Another municipality's coordinator: the server lists nothing they may do with it.
    const other = await render({ ...COORDINATOR, municipalityId: 3 }, seenWith([]))
    expect(other.wrapper.find('[data-testid="decision-edit"]').exists()).toBe(false)
    other.wrapper.unmount()
    const analyst = await render(ANALYST, seenWith(['edit', 'control']))
    expect(analyst.wrapper.find('[data-testid="decision-edit"]').exists()).toBe(true)
    analyst.wrapper.unmount()
    const school = await render(SCHOOL_STAFF, AS_SCHOOL)
    expect(school.wrapper.find('[data-testid="decision-edit"]').exists()).toBe(false)
  })

  it('lets school staff report on a point of every school only, and never extend', async () => {
    const { wrapper } = await render(SCHOOL_STAFF, AS_SCHOOL)
    expect(point(wrapper, 7).find('[data-testid="point-report-open"]').exists()).toBe(true)
    expect(point(wrapper, 2).find('[data-testid="point-report-open"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="point-extend"]').exists()).toBe(false)
  })

  it('allows nothing on a decision the server sent without actions', async () => {
    const { wrapper } = await render(COORDINATOR, DECISION)
    expect(wrapper.find('[data-testid="decision-edit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="point-extend"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="point-report-open"]').exists()).toBe(false)
  })

  it('downloads the decision as its document, DOCX or PDF, and says why when it cannot', async () => {
    const { wrapper } = await render(SCHOOL_STAFF, AS_SCHOOL)
    URL.createObjectURL = vi.fn(() => 'blob:decision')
    URL.revokeObjectURL = vi.fn()
    let fail = false
    const file = () =>
      fail
        ? new Response(JSON.stringify({ title: 'Ошибка', status: 503, detail: 'Сервис перегружен' }), {
            status: 503, headers: { 'Content-Type': 'application/problem+json' },
          })
        : new Response(new Blob(['%PDF-1.4']), {
            headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': "attachment; filename=\"d.pdf\"; filename*=UTF-8''%D0%A0.pdf" },
          })
    fakeApi({ 'GET /api/v1/decisions/5': json(AS_SCHOOL), 'GET /api/v1/decisions/5/document': file })
    await wrapper.find('[data-testid="decision-document-pdf"]').trigger('click')
    await settle()
    expect(vi.mocked(URL.createObjectURL)).toHaveBeenCalledTimes(1)
    expect(wrapper.find('[data-testid="decision-document-error"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="decision-document-docx"]').text()).toBe('Документ (DOCX)')
    fail = true
    await wrapper.find('[data-testid="decision-document-docx"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="decision-document-error"]').text()).toBe('Не удалось скачать документ: Сервис перегружен')
  })
})
