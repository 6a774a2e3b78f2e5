import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, problem } from '@/test/fakeApi'
import { pick } from '@/test/pick'
import { renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import RiskAssessDialog from './RiskAssessDialog.vue'
import RiskProfileCard from './RiskProfileCard.vue'
import { PROFILE } from './riskFixtures'
import type { RiskProfile } from './types'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function render(routes: Parameters<typeof fakeApi>[0]) {
  const server = fakeApi(routes)
  const options = renderOptions({ path: '/schools/5', me: SCHOOL_STAFF })
  await options.ready
  const wrapper = mount(RiskProfileCard, { props: { schoolId: 5 }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}
const factor = (wrapper: VueWrapper, id: number) => wrapper.find(`[data-testid="risk-factor"][data-factor="${id}"]`)
async function open(wrapper: VueWrapper, id: number) {
  await factor(wrapper, id).find('.v-expansion-panel-title').trigger('click')
  await settle()
}
const withFactor = (id: number, change: Partial<NonNullable<RiskProfile['factors']>[number]>): RiskProfile => ({
  ...PROFILE,
  factors: PROFILE.factors?.map((f) => (f.factorId === id ? { ...f, ...change } : f)),
})

describe('RiskProfileCard', () => {
  it('shows each factor’s computed level, score, the conditions behind it and the school’s word; no data said so', async () => {
    const { wrapper } = await render({ 'GET /api/v1/schools/5/risk-profile': json(PROFILE) })
    expect(wrapper.find('[data-testid="risk-profile"]').attributes('data-campaign')).toBe('7')
    expect(wrapper.findAll('[data-testid="risk-factor"]').map((f) => f.attributes('data-computed'))).toEqual(['HIGH', 'MEDIUM', 'NO_DATA'])
    expect(factor(wrapper, 1).find('[data-testid="risk-level"]').text()).toBe('высокий')
    expect(factor(wrapper, 1).find('[data-testid="risk-score"]').text()).toBe('3 из 4')
    expect(factor(wrapper, 1).find('[data-testid="risk-state"]').text()).toBe('ещё не подтверждён')
    expect(factor(wrapper, 2).find('[data-testid="risk-school-level"]').text()).toBe('низкий')
    expect(factor(wrapper, 2).find('[data-testid="risk-state"]').text()).toBe('скорректирован')
    expect(factor(wrapper, 3).find('[data-testid="risk-level"]').text()).toBe('нет данных')

    await open(wrapper, 1)
    const checks = factor(wrapper, 1).findAll('[data-testid="risk-check"]')
    expect(checks.map((c) => c.attributes('data-state'))).toEqual(['met', 'met', 'notJudged'])
    expect(checks[0].text()).toContain('Компьютеров на 100 обучающихся')
    expect(checks[0].text()).toContain('6,5')
    expect(checks[2].text()).toContain('нет данных')
    await open(wrapper, 2)
    expect(factor(wrapper, 2).find('[data-testid="risk-comment"]').text()).toBe('Вакансии закрыты с 1 сентября')
  })

  it('confirms the computed level with one click', async () => {
    const { wrapper, server } = await render({
      'GET /api/v1/schools/5/risk-profile': json(PROFILE),
      'PUT /api/v1/schools/5/risk-profile/1': json(withFactor(1, { schoolLevel: 'HIGH', assessedOnCurrent: true, assessmentVersion: 0 })),
    })
    await open(wrapper, 1)
    await factor(wrapper, 1).find('[data-testid="risk-confirm"]').trigger('click')
    await settle()
    expect(JSON.parse(server.to('PUT', '/api/v1/schools/5/risk-profile/1')[0].body)).toEqual({ campaignId: 7, level: 'HIGH' })
    expect(factor(wrapper, 1).attributes('data-state')).toBe('confirmed')
    expect(wrapper.find('[data-testid="risk-notice"]').text()).toContain('Уровень подтверждён')
    expect(factor(wrapper, 1).find('[data-testid="risk-confirm"]').exists()).toBe(false)
  })

  it('corrects a level only with a comment, sending the earlier assessment’s version', async () => {
    const { wrapper, server } = await render({
      'GET /api/v1/schools/5/risk-profile': json(PROFILE),
      'PUT /api/v1/schools/5/risk-profile/2': json(withFactor(2, { schoolLevel: 'NONE', comment: 'Все вакансии закрыты', assessmentVersion: 3 })),
    })
    await open(wrapper, 2)
    await factor(wrapper, 2).find('[data-testid="risk-correct"]').trigger('click')
    await settle()
    const dialog = wrapper.findComponent(RiskAssessDialog).findComponent({ name: 'VCard' })
    await pick(dialog.find('[data-testid="risk-dialog-level"]'), '', 'нет риска')
    await dialog.find('[data-testid="risk-dialog-comment"] textarea').setValue('')
    await dialog.find('form').trigger('submit')
    await settle()
    expect(server.to('PUT', '/api/v1/schools/5/risk-profile/2')).toHaveLength(0)
    expect(dialog.find('[data-testid="risk-dialog-comment"]').text()).toContain('Уровень отличается от рассчитанного: объясните почему')

    await dialog.find('[data-testid="risk-dialog-comment"] textarea').setValue(' Все вакансии закрыты ')
    await dialog.find('form').trigger('submit')
    await settle()
    expect(JSON.parse(server.to('PUT', '/api/v1/schools/5/risk-profile/2')[0].body)).toEqual({
      campaignId: 7,
      level: 'NONE',
      comment: 'Все вакансии закрыты',
      version: 2,
    })
    expect(wrapper.find('[data-testid="risk-notice"]').text()).toContain('Оценка сохранена')
    expect(factor(wrapper, 2).find('[data-testid="risk-comment"]').text()).toBe('Все вакансии закрыты')
  })

  it('reloads the profile when the assessment changed meanwhile (409)', async () => {
    const { wrapper, server } = await render({
      'GET /api/v1/schools/5/risk-profile': json(PROFILE),
      'PUT /api/v1/schools/5/risk-profile/1': problem({ status: 409, title: 'Данные уже изменены', detail: 'Оценку этого фактора уже изменили (текущая версия 1)' }),
    })
    await open(wrapper, 1)
    await factor(wrapper, 1).find('[data-testid="risk-confirm"]').trigger('click')
    await settle()
    expect(server.to('GET', '/api/v1/schools/5/risk-profile')).toHaveLength(2)
    expect(wrapper.find('[data-testid="risk-notice"]').text()).toContain('Оценку успели изменить')
    expect(wrapper.find('[data-testid="risk-notice"]').text()).toContain('текущая версия 1')
  })

  it('reads another campaign’s profile, and shows no actions to those who may not assess', async () => {
    // The server does not list «assess» for this user.
    const { wrapper, server } = await render({ 'GET /api/v1/schools/5/risk-profile': json({ ...PROFILE, actions: [] }) })
    await pick(wrapper.find('[data-testid="risk-campaign"]'), '', '2019/2020 — Мониторинг 2019/2020')
    expect(server.to('GET', '/api/v1/schools/5/risk-profile').at(-1)?.url.searchParams.get('campaignId')).toBe('3')
    await open(wrapper, 1)
    expect(wrapper.find('[data-testid="risk-confirm"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="risk-correct"]').exists()).toBe(false)
  })

  it('says so when the school has handed in no data', async () => {
    const { wrapper } = await render({ 'GET /api/v1/schools/5/risk-profile': json({ schoolId: 5, campaigns: [], factors: [] }) })
    expect(wrapper.find('[data-testid="risk-no-campaigns"]').text()).toContain('Школа ещё не сдавала данные мониторинга')
  })
})
