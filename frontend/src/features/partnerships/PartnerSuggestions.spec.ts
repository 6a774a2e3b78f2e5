import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import PartnerSuggestions from './PartnerSuggestions.vue'
import { PROPOSED, SUGGESTIONS } from './partnershipFixtures'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function render(routes: Parameters<typeof fakeApi>[0]) {
  const server = fakeApi({ 'GET /api/v1/analyses/40/schools/5/partners': json(SUGGESTIONS), ...routes })
  const options = renderOptions({ path: '/monitoring/analyses/40/schools/5', me: COORDINATOR })
  await options.ready
  const wrapper = mount(PartnerSuggestions, {
    props: { runId: 40, schoolId: 5, schoolName: 'МБОУ СОШ №1', indicators: [{ code: 'VPR_F2', name: 'Доля «2» по ВПР' }] },
    global: options.global,
    attachTo: document.body,
  })
  await settle()
  return { wrapper, server }
}
const dialog = (wrapper: VueWrapper) => wrapper.findAllComponents({ name: 'VCard' }).at(-1)!

describe('PartnerSuggestions', () => {
  it('shows the strong schools suggested, with the reasons and where they help', async () => {
    const { wrapper } = await render({ 'GET /api/v1/partnerships': page([]) })
    const items = wrapper.findAll('[data-testid="partner-suggestion"]')
    expect(items.map((i) => i.attributes('data-school'))).toEqual(['9', '11'])
    expect(items[0].text()).toContain('место 1')
    expect(items[0].text()).toContain('тот же муниципалитет')
    expect(items[0].text()).toContain('Доля «2» по ВПР')
    expect(items[1].text()).toContain('другой муниципалитет')
    expect(items[0].find('[data-testid="suggestion-reason"]').text()).toMatch(/^Сильная позиция \(место 1 из 12\)/)
  })

  it('proposes a partnership with the plan due by 25 November and the analysis it rests on', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 8, 15))
    const { wrapper, server } = await render({ 'GET /api/v1/partnerships': page([]), 'POST /api/v1/partnerships': json(PROPOSED, 201) })
    await wrapper.find('[data-testid="suggestion-propose"][data-school="9"]').trigger('click')
    await settle()
    expect((dialog(wrapper).find('[data-testid="propose-plan-due"] input').element as HTMLInputElement).value).toBe('2026-11-25')
    await dialog(wrapper).find('form').trigger('submit')
    await settle()
    expect(JSON.parse(server.to('POST', '/api/v1/partnerships')[0].body)).toEqual({
      weakSchoolId: 5,
      partnerSchoolId: 9,
      analysisRunId: 40,
      reason: SUGGESTIONS[0].reason,
      planDue: '2026-11-25',
    })
    expect(wrapper.find('[data-testid="partnership-created-link"]').attributes('href')).toBe('/partnerships/31')
    expect(server.to('GET', '/api/v1/partnerships')).toHaveLength(2)
  })

  it('links the partnership under way instead of proposing a second one, and shows a refusal', async () => {
    const { wrapper, server } = await render({
      'GET /api/v1/partnerships': page([PROPOSED]),
      'POST /api/v1/partnerships': problem({ status: 409, title: 'Конфликт', detail: 'У этих школ уже есть действующее партнёрство' }),
    })
    // the school's partnerships, all of them on one page
    expect(Object.fromEntries(server.to('GET', '/api/v1/partnerships')[0].url.searchParams)).toEqual({ schoolId: '5', size: '500' })
    expect(wrapper.find('[data-testid="suggestion-propose"][data-school="9"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="school-partnerships"]').text()).toContain('МБОУ СОШ №1 — МБОУ «Гимназия № 1»')
    await wrapper.find('[data-testid="suggestion-propose"][data-school="11"]').trigger('click')
    await settle()
    await dialog(wrapper).find('form').trigger('submit')
    await settle()
    expect(dialog(wrapper).find('[data-testid="propose-message"]').text()).toBe('У этих школ уже есть действующее партнёрство')
  })
})
