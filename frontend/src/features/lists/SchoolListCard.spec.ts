import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '@/services/types'
import { CRIMEA_BODIES, listOption } from '@/test/bodyFixtures'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { SCHOOL_1 } from '@/test/fixtures'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { ANALYST, renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import SchoolPicker from '@/features/schools/SchoolPicker.vue'
import SchoolListCard from './SchoolListCard.vue'
import { APPROVED_LIST, DRAFT_LIST } from './listFixtures'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function open(routes: Parameters<typeof fakeApi>[0], me: Me = ANALYST) {
  const server = fakeApi({
    'GET /api/v1/bodies': page(CRIMEA_BODIES),
    'GET /api/v1/schools': page([SCHOOL_1, { ...SCHOOL_1, id: 6, shortName: 'МБОУ СОШ №2' }, { ...SCHOOL_1, id: 9, shortName: 'МБОУ «Гимназия № 1»' }]),
    ...routes,
  })
  const options = renderOptions({ path: '/lists/12', me })
  await options.ready
  const wrapper = mount(SchoolListCard, { props: { id: '12' }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}
const row = (schoolId: number) => document.querySelector(`[data-testid="entries-table"] tbody tr:has([data-school="${schoolId}"])`) as HTMLElement
const click = async (el: Element | null) => {
  ;(el as HTMLElement).click()
  await settle()
}

describe('SchoolListCard', () => {
  it('shows the rule as applied, the campaigns newest first, and each school with its source and the values behind it', async () => {
    const { wrapper } = await open({ 'GET /api/v1/school-lists/12': json(DRAFT_LIST) })
    expect(wrapper.find('[data-testid="page-title"]').text()).toBe('Перечень ШНОР на 2021 год')
    expect(wrapper.find('[data-testid="list-rule-text"]').text()).toBe('2 из 3: VPR_F2 ≥ 15; OGE_F2_RU ≥ 15; SUCC_RATE < 60; 2 года подряд')
    expect(wrapper.findAll('[data-testid="list-campaigns"] li').map((li) => li.text())).toEqual(['2020/2021 — Мониторинг 2020/2021', '2019/2020 — Мониторинг 2019/2020'])
    expect(wrapper.find('[data-testid="list-status"]').text()).toBe('Проект')
    expect(wrapper.findAll('[data-testid="list-source"]').map((c) => c.text())).toEqual(['по правилу', 'из прошлого перечня', 'добавлена вручную'])
    expect(wrapper.findAll('[data-testid="entry-included"]').map((c) => c.text())).toEqual(['да', 'да', 'нет'])
    expect(row(8).textContent).toContain('analyst.crimea')

    await click(row(5).querySelector('[data-testid="entry-expand"]'))
    const evidence = document.querySelector('[data-testid="entry-evidence-row"][data-school="5"]') as HTMLElement
    expect(evidence.querySelectorAll('[data-testid="evidence-campaign"]')).toHaveLength(2)
    expect(evidence.textContent).toContain('2020/2021')
    expect(evidence.textContent).toContain('правило выполняется')
    expect(evidence.textContent).toContain('выполнено условий: 2 из 3')
    const checks = [...evidence.querySelectorAll('[data-testid="evidence-check"]')].slice(0, 3).map((tr) => tr.getAttribute('data-state'))
    expect(checks).toEqual(['met', 'met', 'notJudged'])
    expect(evidence.textContent).toContain('18,5')
    expect(evidence.textContent).toContain('выборка 4')
    expect(evidence.textContent).toContain('не оценивается')
  })

  it('leaves a school off with the reason, sending the list’s version', async () => {
    const after = { ...DRAFT_LIST, version: 5, entries: DRAFT_LIST.entries?.map((e) => (e.schoolId === 6 ? { ...e, included: false, reason: 'Результаты подтверждены' } : e)) }
    const { wrapper, server } = await open({ 'GET /api/v1/school-lists/12': json(DRAFT_LIST), 'PUT /api/v1/school-lists/12/entries/6': json(after) })
    await click(row(6).querySelector('[data-testid="entry-exclude"]'))
    await click(document.querySelector('[data-testid="entry-save"]'))
    expect(document.querySelector('[data-testid="entry-dialog"]')?.textContent ?? document.body.textContent).toContain('Укажите причину')
    expect(server.to('PUT', '/api/v1/school-lists/12/entries/6')).toHaveLength(0)

    const reason = document.querySelector('[data-testid="entry-reason"] textarea') as HTMLTextAreaElement
    reason.value = ' Результаты подтверждены '
    reason.dispatchEvent(new Event('input'))
    await click(document.querySelector('[data-testid="entry-save"]'))
    expect(JSON.parse(server.to('PUT', '/api/v1/school-lists/12/entries/6')[0].body)).toEqual({ included: false, reason: 'Результаты подтверждены', version: 4 })
    expect(wrapper.find('[data-testid="list-card"]').attributes('data-version')).toBe('5')
    expect(row(6).querySelector('[data-testid="entry-included"]')?.getAttribute('data-included')).toBe('false')
  })

  it('reloads the list and says why when it changed meanwhile (409)', async () => {
    let reads = 0
    const { wrapper, server } = await open({
      'GET /api/v1/school-lists/12': () => json(++reads === 1 ? DRAFT_LIST : APPROVED_LIST),
      'PUT /api/v1/school-lists/12/entries/5': problem({ status: 409, title: 'Конфликт', detail: 'Перечень утверждён приказом № 01-12/345: он больше не меняется' }),
    })
    await click(row(5).querySelector('[data-testid="entry-exclude"]'))
    const reason = document.querySelector('[data-testid="entry-reason"] textarea') as HTMLTextAreaElement
    reason.value = 'Поздно'
    reason.dispatchEvent(new Event('input'))
    await click(document.querySelector('[data-testid="entry-save"]'))
    expect(server.to('GET', '/api/v1/school-lists/12')).toHaveLength(2)
    expect(wrapper.find('[data-testid="list-notice"]').text()).toContain('Перечень утверждён приказом № 01-12/345')
    expect(wrapper.find('[data-testid="list-card"]').attributes('data-status')).toBe('APPROVED')
    expect(wrapper.find('[data-testid="entry-exclude"]').exists()).toBe(false)
  })

  it('adds a school by hand, found among the region’s schools, with the reason', async () => {
    const { wrapper, server } = await open({
      'GET /api/v1/school-lists/12': json(DRAFT_LIST),
      'PUT /api/v1/school-lists/12/entries/9': json(DRAFT_LIST),
    })
    await click(document.querySelector('[data-testid="list-add-school"]'))
    expect(server.to('GET', '/api/v1/schools').at(-1)?.url.searchParams.get('regionId')).toBe('1')
    const input = wrapper.findComponent(SchoolPicker).find('input')
    await input.trigger('focus')
    await input.setValue('Гимназ')
    await new Promise((r) => setTimeout(r, 350))
    await settle()
    expect(server.to('GET', '/api/v1/schools').at(-1)?.url.searchParams.get('q')).toBe('Гимназ')
    await input.trigger('keydown', { key: 'ArrowDown' })
    await settle()
    // Schools already on the list are not offered.
    const titles = [...document.querySelectorAll('.v-overlay--active [role="option"] .v-list-item-title')].map((e) => e.textContent?.trim())
    expect(titles).toEqual(['МБОУ «Гимназия № 1»'])
    listOption('МБОУ «Гимназия № 1»').click()
    await settle()
    const reason = document.querySelector('[data-testid="entry-reason"] textarea') as HTMLTextAreaElement
    reason.value = 'Ходатайство управления образования'
    reason.dispatchEvent(new Event('input'))
    await click(document.querySelector('[data-testid="entry-save"]'))
    expect(JSON.parse(server.to('PUT', '/api/v1/school-lists/12/entries/9')[0].body)).toEqual({
      included: true,
      reason: 'Ходатайство управления образования',
      version: 4,
    })
  })

  it('approves the list by an order of the analyst’s ministry', async () => {
    const { wrapper, server } = await open({
      'GET /api/v1/school-lists/12': json(DRAFT_LIST),
      'POST /api/v1/school-lists/12/approval': json(APPROVED_LIST),
    })
    await click(document.querySelector('[data-testid="list-approve"]'))
    expect(document.querySelector('[data-testid="approve-body"] .v-autocomplete__selection')?.textContent?.trim()).toBe('Минобразования Крыма')
    await click(document.querySelector('[data-testid="approve-save"]'))
    expect(server.to('POST', '/api/v1/school-lists/12/approval')).toHaveLength(0)
    const number = document.querySelector('[data-testid="approve-number"] input') as HTMLInputElement
    number.value = '01-12/345'
    number.dispatchEvent(new Event('input'))
    const date = document.querySelector('[data-testid="approve-date"] input') as HTMLInputElement
    date.value = '2021-01-15'
    date.dispatchEvent(new Event('input'))
    await click(document.querySelector('[data-testid="approve-save"]'))
    expect(JSON.parse(server.to('POST', '/api/v1/school-lists/12/approval')[0].body)).toEqual({
      orderNumber: '01-12/345',
      orderDate: '2021-01-15',
      orderBodyId: 10,
      version: 4,
    })
    expect(wrapper.find('[data-testid="list-notice"]').text()).toBe('Перечень утверждён')
    expect(wrapper.find('[data-testid="list-order"]').text()).toBe('Приказ № 01-12/345 от 15.01.2021, Минобразования Крыма')
    expect(wrapper.find('[data-testid="list-approve"]').exists()).toBe(false)
  })

  it('shows a coordinator the draft without the analyst’s actions', async () => {
    // The server lists nothing a coordinator may do with the draft.
    const { wrapper } = await open({ 'GET /api/v1/school-lists/12': json({ ...DRAFT_LIST, actions: [] }) }, COORDINATOR)
    expect(wrapper.find('[data-testid="list-entries"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="list-approve"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="list-add-school"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="entry-exclude"]').exists()).toBe(false)
  })

  it('downloads the order approving the list, the draft one too, to whoever sees the list', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:order')
    URL.revokeObjectURL = vi.fn()
    const { wrapper, server } = await open({
      'GET /api/v1/school-lists/12': json({ ...DRAFT_LIST, actions: [] }),
      'GET /api/v1/school-lists/12/order': new Response(new Blob(['%PDF']), { headers: { 'Content-Type': 'application/pdf' } }),
    }, COORDINATOR)
    expect(wrapper.find('[data-testid="list-order-docx"]').text()).toBe('Скачать приказ (DOCX)')
    await wrapper.find('[data-testid="list-order-pdf"]').trigger('click')
    await settle()
    expect(server.to('GET', '/api/v1/school-lists/12/order')[0].url.searchParams.get('format')).toBe('pdf')
    expect(wrapper.find('[data-testid="list-order-error"]').exists()).toBe(false)
  })

  it('shows the not-found page for a list out of scope', async () => {
    const { wrapper } = await open({ 'GET /api/v1/school-lists/12': problem({ status: 404, title: 'Не найдено', detail: 'Перечень 12 не найден' }) })
    expect(wrapper.find('[data-testid="not-found"]').exists()).toBe(true)
  })
})
