import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '@/services/types'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { pick } from '@/test/pick'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import IdentificationRules from './IdentificationRules.vue'
import RuleFormDialog from './RuleFormDialog.vue'
import { RULE_CONDITIONS, RULE_LOW } from './listFixtures'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const INDICATORS = [
  { id: 1, code: 'VPR_F2', name: 'Доля «2» по ВПР', category: 'RESULTS' },
  { id: 2, code: 'SUCC_RATE', name: 'Успеваемость', category: 'RESULTS' },
  { id: 3, code: 'CTX_LOWINC', name: 'Доля малообеспеченных семей', category: 'CONTEXT' },
]

async function render(routes: Parameters<typeof fakeApi>[0], me?: Me) {
  const server = fakeApi({
    'GET /api/v1/identification-rules': page([RULE_LOW, RULE_CONDITIONS]),
    'GET /api/v1/indicators': page(INDICATORS),
    ...routes,
  })
  const options = renderOptions({ path: '/lists/rules', me })
  await options.ready
  const wrapper = mount(IdentificationRules, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}
const dialog = (wrapper: VueWrapper) => wrapper.findComponent(RuleFormDialog).findComponent({ name: 'VCard' })
async function type(wrapper: VueWrapper, selector: string, value: string, index = 0) {
  await dialog(wrapper).findAll(`${selector} input`)[index].setValue(value)
}

describe('IdentificationRules', () => {
  it('lists a page of the region’s rules in words, in the order they were written', async () => {
    const { wrapper, server } = await render({})
    expect(Object.fromEntries(server.to('GET', '/api/v1/identification-rules')[0].url.searchParams)).toEqual({ regionId: '1', page: '0', size: '25' })
    expect(wrapper.findAll('[data-testid="rule"]').map((r) => r.attributes('data-id'))).toEqual([String(RULE_LOW.id), String(RULE_CONDITIONS.id)])
    expect(wrapper.findAll('[data-testid="rule-name"]').map((r) => r.text())).toEqual([RULE_LOW.name, RULE_CONDITIONS.name])
    expect(wrapper.findAll('[data-testid="rule-text"]').map((r) => r.text())).toEqual([RULE_LOW.text, RULE_CONDITIONS.text])
    expect(wrapper.find('[data-testid="rule-add"]').exists()).toBe(true)
  })

  it('writes a rule with an indicator picked from the catalogue, N of M and years in a row', async () => {
    const { wrapper, server } = await render({ 'POST /api/v1/identification-rules': json({ ...RULE_LOW, id: 9 }, 201) })
    await wrapper.find('[data-testid="rule-add"]').trigger('click')
    await settle()
    expect(server.to('GET', '/api/v1/indicators')[0].url.searchParams.get('regionId')).toBe('1')

    // Nothing filled: each field says what it lacks, nothing is sent.
    await dialog(wrapper).find('form').trigger('submit')
    await settle()
    expect(server.to('POST', '/api/v1/identification-rules')).toHaveLength(0)
    expect(dialog(wrapper).find('[data-testid="rule-name"]').text()).toContain('Заполните поле')
    expect(dialog(wrapper).find('[data-testid="condition-indicator"]').text()).toContain('Заполните поле')

    await type(wrapper, '[data-testid="rule-name"]', 'Неуспешность')
    await pick(dialog(wrapper).find('[data-testid="condition-indicator"]'), 'VPR', 'VPR_F2 — Доля «2» по ВПР')
    await type(wrapper, '[data-testid="condition-threshold"]', '15,5')
    await dialog(wrapper).find('[data-testid="condition-add"]').trigger('click')
    await settle()
    await pick(dialog(wrapper).findAll('[data-testid="condition-indicator"]')[1], 'SUCC', 'SUCC_RATE — Успеваемость')
    await pick(dialog(wrapper).findAll('[data-testid="condition-operator"]')[1], '', '< меньше')
    await type(wrapper, '[data-testid="condition-threshold"]', '60', 1)
    await type(wrapper, '[data-testid="rule-min-matches"]', '3')
    await dialog(wrapper).find('form').trigger('submit')
    await settle()
    expect(dialog(wrapper).find('[data-testid="rule-min-matches"]').text()).toContain('Условий всего 2: нельзя требовать больше')
    await type(wrapper, '[data-testid="rule-min-matches"]', '2')
    await type(wrapper, '[data-testid="rule-years"]', '2')
    expect(dialog(wrapper).find('[data-testid="rule-preview"]').text()).toBe('Правило: 2 из 2: VPR_F2 ≥ 15,5; SUCC_RATE < 60; 2 года подряд')

    await dialog(wrapper).find('form').trigger('submit')
    await settle()
    expect(JSON.parse(server.to('POST', '/api/v1/identification-rules')[0].body)).toEqual({
      regionId: 1,
      kind: 'LOW_RESULTS',
      name: 'Неуспешность',
      conditions: [
        { indicatorCode: 'VPR_F2', operator: 'GE', threshold: 15.5 },
        { indicatorCode: 'SUCC_RATE', operator: 'LT', threshold: 60 },
      ],
      minMatches: 2,
      consecutiveYears: 2,
    })
    expect(wrapper.find('[data-testid="rules-notice"]').text()).toContain('Правило сохранено')
  })

  it('shows the server’s error at the condition it names, and a stale version reloads the rule', async () => {
    let reads = 0
    const { wrapper, server } = await render({
      'GET /api/v1/identification-rules': () => page([{ ...RULE_CONDITIONS, version: reads++ === 0 ? 0 : 1 }]),
      'PUT /api/v1/identification-rules/5': (r) =>
        JSON.parse(r.body).version === 0
          ? problem({ status: 409, title: 'Данные уже изменены', detail: 'Запись изменена другим пользователем' })
          : problem({
              status: 400,
              title: 'Ошибка в данных',
              detail: 'Исправьте поля, отмеченные в списке ошибок',
              errors: [{ field: 'conditions[0].indicatorCode', message: 'ШНСУ выявляются по показателям условий (контекста), а «VPR_F2» — не такой' }],
            }),
    })
    await wrapper.find('[data-testid="rule-edit"]').trigger('click')
    await settle()
    // For ШНСУ only context indicators are offered.
    const input = dialog(wrapper).find('[data-testid="condition-indicator"] input')
    await input.trigger('focus')
    await input.trigger('keydown', { key: 'ArrowDown' })
    await settle()
    const titles = [...document.querySelectorAll('.v-overlay--active [role="option"] .v-list-item-title')].map((e) => e.textContent?.trim())
    expect(titles).toEqual(['CTX_LOWINC — Доля малообеспеченных семей'])
    await input.trigger('keydown', { key: 'Escape' })

    await dialog(wrapper).find('form').trigger('submit')
    await settle()
    expect(JSON.parse(server.to('PUT', '/api/v1/identification-rules/5')[0].body).version).toBe(0)
    expect(dialog(wrapper).find('[data-testid="rule-message"]').text()).toContain('Правило успело измениться')
    expect(server.to('GET', '/api/v1/identification-rules')).toHaveLength(2)

    await dialog(wrapper).find('form').trigger('submit')
    await settle()
    expect(JSON.parse(server.to('PUT', '/api/v1/identification-rules/5')[1].body).version).toBe(1)
    expect(dialog(wrapper).find('[data-testid="condition-indicator"]').text()).toContain('не такой')
  })

  it('shows the rules without editing to a coordinator', async () => {
    const { wrapper } = await render({}, COORDINATOR)
    expect(wrapper.findAll('[data-testid="rule"]')).toHaveLength(2)
    expect(wrapper.find('[data-testid="rule"] [data-testid="rule-text"]').text()).toBe(RULE_LOW.text)
    expect(wrapper.find('[data-testid="rule-add"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="rule-edit"]').exists()).toBe(false)
  })
})
