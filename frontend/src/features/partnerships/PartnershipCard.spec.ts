import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '@/services/types'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { pick } from '@/test/pick'
import { renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import PartnershipCard from './PartnershipCard.vue'
import PartnershipMoveDialog from './PartnershipMoveDialog.vue'
import { AGREED, PROPOSED, SUBMITTED } from './partnershipFixtures'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const ROADMAPS = [
  { id: 70, title: 'Другой план взаимодействия', level: 'PARTNERSHIP', schoolId: 14, schoolName: 'МБОУ СОШ №7', status: 'DRAFT' },
  { id: 77, title: 'План взаимодействия МБОУ СОШ №1 и МБОУ «Гимназия № 1»', level: 'PARTNERSHIP', schoolId: 5, schoolName: 'МБОУ СОШ №1', status: 'DRAFT' },
]

async function render(routes: Parameters<typeof fakeApi>[0], me: Me = COORDINATOR, path = '/partnerships/31') {
  const server = fakeApi({ 'GET /api/v1/roadmaps': page(ROADMAPS), ...routes })
  const options = renderOptions({ path, me })
  await options.ready
  const wrapper = mount(PartnershipCard, { props: { id: '31' }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server, router: options.router }
}
const dialog = (wrapper: VueWrapper) => wrapper.findComponent(PartnershipMoveDialog).findComponent({ name: 'VCard' })
const actions = (wrapper: VueWrapper) => wrapper.findAll('[data-testid^="partnership-move-"]').map((b) => b.attributes('data-testid'))

describe('PartnershipCard', () => {
  it('shows where the partnership stands, its history, and the moves from here', async () => {
    const { wrapper } = await render({ 'GET /api/v1/partnerships/31': json(AGREED) })
    expect(wrapper.find('[data-testid="page-title"]').text()).toBe('МБОУ СОШ №1 — МБОУ «Гимназия № 1»')
    expect(wrapper.find('[data-testid="partnership-status"]').text()).toBe('Соглашение заключено')
    expect(wrapper.find('[data-testid="partnership-overdue"]').text()).toBe('План просрочен')
    expect(wrapper.find('[data-testid="partnership-stepper"]').attributes('data-step')).toBe('1')
    expect(wrapper.find('[data-testid="step-AGREED"]').attributes('data-current')).toBe('true')
    expect(wrapper.find('[data-testid="partnership-agreement"]').text()).toBe('№ 17-П от 05.10.2026')
    expect(wrapper.find('[data-testid="partnership-analysis"]').attributes('href')).toBe('/monitoring/analyses/40/schools/5')
    expect(wrapper.findAll('[data-testid="history-item"]').map((h) => h.attributes('data-to'))).toEqual(['PROPOSED', 'AGREED'])
    expect(actions(wrapper)).toEqual(['partnership-move-plan', 'partnership-move-close'])
  })

  it('records the agreement with its number and date', async () => {
    const { wrapper, server } = await render({ 'GET /api/v1/partnerships/31': json(PROPOSED), 'POST /api/v1/partnerships/31/transitions': json(AGREED) })
    await wrapper.find('[data-testid="partnership-move-agreement"]').trigger('click')
    await settle()
    await dialog(wrapper).find('form').trigger('submit')
    await settle()
    expect(server.to('POST', '/api/v1/partnerships/31/transitions')).toHaveLength(0)
    expect(dialog(wrapper).find('[data-testid="move-agreement-number"]').text()).toContain('Заполните поле')
    await dialog(wrapper).find('[data-testid="move-agreement-number"] input').setValue('17-П')
    await dialog(wrapper).find('[data-testid="move-agreement-date"] input').setValue('2026-10-05')
    await dialog(wrapper).find('form').trigger('submit')
    await settle()
    expect(JSON.parse(server.to('POST', '/api/v1/partnerships/31/transitions')[0].body)).toEqual({
      to: 'AGREED',
      version: 0,
      agreementNumber: '17-П',
      agreementDate: '2026-10-05',
    })
    expect(wrapper.find('[data-testid="partnership-card"]').attributes('data-status')).toBe('AGREED')
    expect(wrapper.find('[data-testid="partnership-notice"]').text()).toBe('Соглашение записано')
  })

  it('submits the plan: a PARTNERSHIP roadmap, the two schools’ first, or a new one from the new-roadmap page', async () => {
    const { wrapper, server } = await render({ 'GET /api/v1/partnerships/31': json(AGREED), 'POST /api/v1/partnerships/31/transitions': json(SUBMITTED) })
    await wrapper.find('[data-testid="partnership-move-plan"]').trigger('click')
    await settle()
    expect(Object.fromEntries(server.to('GET', '/api/v1/roadmaps')[0].url.searchParams)).toMatchObject({ level: 'PARTNERSHIP', regionId: '1' })
    const link = dialog(wrapper).find('[data-testid="move-new-roadmap"]').attributes('href') ?? ''
    const url = new URL(link, 'http://localhost')
    expect(url.pathname).toBe('/plans/roadmaps/new')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      level: 'PARTNERSHIP',
      schoolId: '5',
      partnershipId: '31',
      title: 'План взаимодействия МБОУ СОШ №1 и МБОУ «Гимназия № 1»',
    })
    await pick(dialog(wrapper).find('[data-testid="move-roadmap"]'), '', 'План взаимодействия МБОУ СОШ №1 и МБОУ «Гимназия № 1»')
    await dialog(wrapper).find('form').trigger('submit')
    await settle()
    expect(JSON.parse(server.to('POST', '/api/v1/partnerships/31/transitions')[0].body)).toEqual({ to: 'PLAN_SUBMITTED', version: 1, roadmapId: 77 })
    expect(wrapper.find('[data-testid="partnership-plan"]').attributes('href')).toBe('/plans/roadmaps/77')
  })

  it('opens the plan’s dialog with the roadmap just created, back from the new-roadmap page', async () => {
    const { wrapper } = await render({ 'GET /api/v1/partnerships/31': json(AGREED) }, COORDINATOR, '/partnerships/31?roadmapId=77')
    expect(dialog(wrapper).find('[data-testid="move-roadmap"]').text()).toContain('План взаимодействия МБОУ СОШ №1 и МБОУ «Гимназия № 1»')
  })

  it('returns a plan for rework only with a comment', async () => {
    const { wrapper, server } = await render({ 'GET /api/v1/partnerships/31': json(SUBMITTED), 'POST /api/v1/partnerships/31/transitions': json(AGREED) })
    expect(actions(wrapper)).toEqual(['partnership-move-approve', 'partnership-move-return', 'partnership-move-close'])
    await wrapper.find('[data-testid="partnership-move-return"]').trigger('click')
    await settle()
    await dialog(wrapper).find('form').trigger('submit')
    await settle()
    expect(server.to('POST', '/api/v1/partnerships/31/transitions')).toHaveLength(0)
    expect(dialog(wrapper).find('[data-testid="move-comment"]').text()).toContain('Укажите комментарий')
    await dialog(wrapper).find('[data-testid="move-comment"] textarea').setValue('Добавьте сроки мероприятий')
    await dialog(wrapper).find('form').trigger('submit')
    await settle()
    expect(JSON.parse(server.to('POST', '/api/v1/partnerships/31/transitions')[0].body)).toEqual({ to: 'AGREED', version: 2, comment: 'Добавьте сроки мероприятий' })
    expect(wrapper.find('[data-testid="partnership-notice"]').text()).toBe('План возвращён на доработку')
  })

  it('reloads the partnership when it changed meanwhile (409)', async () => {
    let reads = 0
    const { wrapper, server } = await render({
      'GET /api/v1/partnerships/31': () => json(++reads === 1 ? PROPOSED : AGREED),
      'POST /api/v1/partnerships/31/transitions': problem({ status: 409, title: 'Данные уже изменены', detail: 'Запись изменена другим пользователем' }),
    })
    await wrapper.find('[data-testid="partnership-move-close"]').trigger('click')
    await settle()
    await dialog(wrapper).find('[data-testid="move-comment"] textarea').setValue('Школа реорганизуется')
    await dialog(wrapper).find('form').trigger('submit')
    await settle()
    expect(server.to('GET', '/api/v1/partnerships/31')).toHaveLength(2)
    expect(wrapper.find('[data-testid="partnership-notice"]').text()).toContain('Партнёрство успело измениться')
    expect(wrapper.find('[data-testid="partnership-card"]').attributes('data-status')).toBe('AGREED')
  })

  it('lets the school’s staff record the agreement and submit the plan, not approve it', async () => {
    // As the server answers the weak school's staff: the agreement from proposed, the plan, nothing else.
    const proposed = await render({ 'GET /api/v1/partnerships/31': json({ ...PROPOSED, actions: ['AGREED'] }) }, SCHOOL_STAFF)
    expect(actions(proposed.wrapper)).toEqual(['partnership-move-agreement'])
    proposed.wrapper.unmount()
    const agreed = await render({ 'GET /api/v1/partnerships/31': json({ ...AGREED, actions: ['PLAN_SUBMITTED'] }) }, SCHOOL_STAFF)
    expect(actions(agreed.wrapper)).toEqual(['partnership-move-plan'])
    agreed.wrapper.unmount()
    const submitted = await render({ 'GET /api/v1/partnerships/31': json({ ...SUBMITTED, actions: [] }) }, SCHOOL_STAFF)
    expect(actions(submitted.wrapper)).toEqual([])
  })

  it('shows exactly the moves the server lists: none to another municipality’s coordinator, none without actions', async () => {
    const other = await render({ 'GET /api/v1/partnerships/31': json({ ...SUBMITTED, actions: [] }) }, { ...COORDINATOR, municipalityId: 3 })
    expect(actions(other.wrapper)).toEqual([])
    other.wrapper.unmount()
    const bare = await render({ 'GET /api/v1/partnerships/31': json({ ...SUBMITTED, actions: undefined }) })
    expect(actions(bare.wrapper)).toEqual([])
    bare.wrapper.unmount()
    // Only the listed moves, and only those that lead on from where it stands.
    const some = await render({ 'GET /api/v1/partnerships/31': json({ ...SUBMITTED, actions: ['CLOSED', 'ACTIVE'] }) })
    expect(actions(some.wrapper)).toEqual(['partnership-move-close'])
  })
})
