import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { pick } from '@/test/pick'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import SchoolListNew from './SchoolListNew.vue'
import { DRAFT_LIST, RULE_CONDITIONS, RULE_LOW } from './listFixtures'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const CAMPAIGNS = [
  { id: 3, name: 'Мониторинг 2019/2020', academicYear: '2019/2020', status: 'PUBLISHED', closesOn: '2019-10-30' },
  { id: 7, name: 'Мониторинг 2020/2021', academicYear: '2020/2021', status: 'PUBLISHED', closesOn: '2020-10-31' },
  { id: 8, name: 'Мониторинг 2021/2022 (проект)', academicYear: '2021/2022', status: 'DRAFT' },
]

async function render(reply: Parameters<typeof fakeApi>[0][string]) {
  const server = fakeApi({
    'GET /api/v1/identification-rules': page([RULE_LOW, RULE_CONDITIONS]),
    'GET /api/v1/campaigns': page(CAMPAIGNS),
    'POST /api/v1/school-lists': reply,
    'GET /api/v1/school-lists/12': json(DRAFT_LIST),
  })
  const options = renderOptions({ path: '/lists/new' })
  await options.ready
  const wrapper = mount(SchoolListNew, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server, router: options.router }
}

describe('SchoolListNew', () => {
  it('drafts a list with the rule on the campaigns newest first, the year following the newest, and opens it', async () => {
    const { wrapper, server, router } = await render(json(DRAFT_LIST, 201))
    // every rule of the region to choose from, on one page
    expect(Object.fromEntries(server.to('GET', '/api/v1/identification-rules')[0].url.searchParams)).toEqual({ regionId: '1', size: '500' })
    await pick(wrapper.find('[data-testid="new-rule"]'), '', 'ШНОР: Низкие результаты два года подряд')
    expect(wrapper.find('[data-testid="new-rule-text"]').text()).toContain('2 из 3: VPR_F2 ≥ 15; OGE_F2_RU ≥ 15; SUCC_RATE < 60; 2 года подряд')

    // Campaigns in draft are not offered; the oldest picked first still goes second.
    const campaigns = wrapper.find('[data-testid="new-campaigns"]')
    await pick(campaigns, '', 'Мониторинг 2019/2020')
    await pick(campaigns, '', 'Мониторинг 2020/2021')
    expect(wrapper.findAll('[data-testid="new-campaigns-order"] li').map((li) => li.text())).toEqual([
      '2020/2021 — Мониторинг 2020/2021',
      '2019/2020 — Мониторинг 2019/2020',
    ])
    expect((wrapper.find('[data-testid="new-year"] input').element as HTMLInputElement).value).toBe('2021')
    expect(wrapper.find('[data-testid="new-list-title"] input').attributes('placeholder')).toBe('Перечень ШНОР на 2021 год')

    await wrapper.find('form').trigger('submit')
    await settle()
    expect(JSON.parse(server.to('POST', '/api/v1/school-lists')[0].body)).toEqual({ regionId: 1, ruleId: 4, year: 2021, campaignIds: [7, 3], exitYears: 1 })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/lists/12'), { timeout: 10000 })
  })

  it('asks for as many campaigns as the rule has years in a row, and sends nothing until then', async () => {
    const { wrapper, server } = await render(json(DRAFT_LIST, 201))
    await pick(wrapper.find('[data-testid="new-rule"]'), '', 'ШНОР: Низкие результаты два года подряд')
    await pick(wrapper.find('[data-testid="new-campaigns"]'), '', 'Мониторинг 2020/2021')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(server.to('POST', '/api/v1/school-lists')).toHaveLength(0)
    expect(wrapper.find('[data-testid="new-campaigns"]').text()).toContain('Правило требует 2 года подряд: выберите не меньше мониторингов')
  })

  it('shows the server’s field errors at their fields', async () => {
    const { wrapper } = await render(
      problem({ status: 400, title: 'Ошибка в данных', detail: 'Исправьте поля', errors: [{ field: 'campaignIds', message: 'Мониторинг «Мониторинг 2019/2020» ещё не проводился' }] }),
    )
    await pick(wrapper.find('[data-testid="new-rule"]'), '', 'ШНСУ: Высокая доля малообеспеченных семей')
    await pick(wrapper.find('[data-testid="new-campaigns"]'), '', 'Мониторинг 2019/2020')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[data-testid="new-campaigns"]').text()).toContain('ещё не проводился')
    expect(wrapper.find('[data-testid="new-list-message"]').text()).toBe('Исправьте поля')
  })
})
