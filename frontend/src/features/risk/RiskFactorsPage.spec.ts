import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '@/services/types'
import { ADMIN } from '@/test/bodyFixtures'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { pick } from '@/test/pick'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import RiskFactorFormDialog from './RiskFactorFormDialog.vue'
import RiskFactorsPage from './RiskFactorsPage.vue'
import { FACTOR_EQUIPMENT, FACTOR_STAFF } from './riskFixtures'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const INDICATORS = [
  { id: 1, code: 'ST_VAC', name: 'Вакансии педагогов', category: 'STAFF' },
  { id: 2, code: 'ST_AGE', name: 'Доля педагогов старше 60 лет', category: 'STAFF' },
  { id: 3, code: 'VPR_F2', name: 'Доля «2» по ВПР', category: 'RESULTS' },
]

async function render(routes: Parameters<typeof fakeApi>[0], me?: Me) {
  const server = fakeApi({
    // As the server pages them: by position.
    'GET /api/v1/risk-factors': page([FACTOR_EQUIPMENT, FACTOR_STAFF]),
    'GET /api/v1/indicators': page(INDICATORS),
    ...routes,
  })
  const options = renderOptions({ path: '/risk-factors', me })
  await options.ready
  const wrapper = mount(RiskFactorsPage, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}
const dialog = (wrapper: VueWrapper) => wrapper.findComponent(RiskFactorFormDialog).findComponent({ name: 'VCard' })
const isOpen = (wrapper: VueWrapper) => wrapper.findComponent(RiskFactorFormDialog).props('modelValue')
const field = (wrapper: VueWrapper, testId: string, index = 0) => dialog(wrapper).findAll(`[data-testid="${testId}"]`)[index]
async function type(wrapper: VueWrapper, testId: string, value: string, index = 0) {
  await field(wrapper, testId, index).find('input').setValue(value)
}
async function choose(wrapper: VueWrapper, testId: string, text: string, title: string, index = 0) {
  await pick(field(wrapper, testId, index), text, title)
}
async function submit(wrapper: VueWrapper) {
  await dialog(wrapper).find('form').trigger('submit')
  await settle()
}

describe('RiskFactorsPage', () => {
  it('lists a page of the region’s factors in order, their conditions in words and the levels’ thresholds', async () => {
    const { wrapper, server } = await render({})
    expect(Object.fromEntries(server.to('GET', '/api/v1/risk-factors')[0].url.searchParams)).toEqual({ regionId: '1', page: '0', size: '25', sort: 'position' })
    const factors = wrapper.findAll('[data-testid="factor"]')
    expect(factors.map((f) => f.find('[data-testid="factor-name"]').text())).toEqual(['Низкий уровень оснащения школы', 'Дефицит педагогических кадров'])
    const staff = factors[1]
    expect(staff.findAll('[data-testid="factor-condition-text"]').map((c) => c.text())).toEqual(['ST_VAC ≥ 2 — вес 2', 'ST_AGE ≥ 30 — вес 1'])
    expect(staff.find('[data-testid="factor-condition"]').text()).toContain('Вакансии педагогов')
    expect(staff.findAll('[data-testid="factor-level"]').map((l) => l.text())).toEqual(['низкий от 1', 'средний от 2', 'высокий от 3'])
    expect(staff.find('[data-testid="factor-max"]').text()).toBe('(максимум 3)')
    expect(staff.find('[data-testid="factor-unreachable"]').exists()).toBe(false)
    // 1,5 points at most: the high level (from 2) is never reached, and the page says so.
    expect(factors[0].find('[data-testid="factor-condition-text"]').text()).toBe('RES_PC < 10,5 — вес 1,5')
    expect(factors[0].find('[data-testid="factor-unreachable"]').text()).toBe('Сумма всех весов — 1,5: школа не получит уровень «высокий»')
    expect(wrapper.find('[data-testid="factor-add"]').exists()).toBe(true)
    expect(wrapper.findAll('[data-testid="factor-edit"]')).toHaveLength(2)
    expect(wrapper.find('[data-testid="factors-read-only"]').exists()).toBe(false)
  })

  it('shows loading, then an error with a retry, then the empty region', async () => {
    let release: (r: Response) => void = () => {}
    let calls = 0
    const { wrapper } = await render({
      'GET /api/v1/risk-factors': () => {
        calls++
        if (calls === 1) return new Promise<Response>((resolve) => (release = resolve))
        return page([])
      },
    })
    expect(wrapper.find('[data-testid="factors-table"]').text()).toContain('Загрузка…')
    expect(wrapper.find('[data-testid="risk-factors-page"]').attributes('data-loading')).toBe('true')
    release(problem({ status: 500, title: 'Внутренняя ошибка', detail: 'База данных недоступна' }))
    await settle()
    expect(wrapper.find('[data-testid="error-state"]').text()).toContain('База данных недоступна')
    await wrapper.find('[data-testid="retry"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="error-state"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="empty-state"]').text()).toContain('В субъекте пока нет факторов риска')
    expect(wrapper.find('[data-testid="empty-state"]').text()).toContain('Добавьте фактор')
  })

  it('says when the indicator catalogue did not load, and reads it again on request', async () => {
    let calls = 0
    const { wrapper } = await render({
      'GET /api/v1/indicators': () => (++calls === 1 ? problem({ status: 503, title: 'Недоступно', detail: 'Справочник недоступен' }) : page(INDICATORS)),
    })
    expect(wrapper.find('[data-testid="catalogue-failed"]').text()).toContain('Справочник показателей не загрузился')
    expect(wrapper.find('[data-testid="catalogue-failed"]').text()).toContain('Справочник недоступен')
    expect(wrapper.findAll('[data-testid="factor"]')).toHaveLength(2) // the factors themselves are shown
    await wrapper.find('[data-testid="catalogue-retry"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="catalogue-failed"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('Вакансии педагогов')
  })

  it('adds a factor: the obvious mistakes are named at their fields before anything is sent', async () => {
    const created = { ...FACTOR_STAFF, id: 11, position: 3, name: 'Неуспешность по ВПР', version: 0 }
    const { wrapper, server } = await render({ 'POST /api/v1/risk-factors': json(created, 201) })
    await wrapper.find('[data-testid="factor-add"]').trigger('click')
    await settle()
    expect(isOpen(wrapper)).toBe(true)
    expect(field(wrapper, 'factor-lowAt').find('input').element.value).toBe('1')

    await submit(wrapper)
    expect(server.to('POST', '/api/v1/risk-factors')).toHaveLength(0)
    expect(field(wrapper, 'factor-form-name').text()).toContain('Заполните поле')
    expect(field(wrapper, 'factor-condition-indicator').text()).toContain('Заполните поле')
    expect(field(wrapper, 'factor-condition-threshold').text()).toContain('Заполните поле')
    expect(dialog(wrapper).find('[data-testid="factor-message"]').text()).toContain('Исправьте отмеченные поля')
    expect(isOpen(wrapper)).toBe(true)

    await type(wrapper, 'factor-form-name', 'Неуспешность по ВПР')
    await choose(wrapper, 'factor-condition-indicator', 'VPR', 'VPR_F2 — Доля «2» по ВПР')
    await choose(wrapper, 'factor-condition-operator', '', '> больше')
    expect(isOpen(wrapper)).toBe(true)
    await type(wrapper, 'factor-condition-threshold', '30')
    await type(wrapper, 'factor-condition-weight', 'два')
    // A second row, removed again: its errors go with it.
    await dialog(wrapper).find('[data-testid="factor-condition-add"]').trigger('click')
    await settle()
    expect(dialog(wrapper).findAll('[data-testid="factor-condition-row"]')).toHaveLength(2)
    await type(wrapper, 'factor-lowAt', '3')
    await type(wrapper, 'factor-mediumAt', '2')
    await submit(wrapper)
    expect(field(wrapper, 'factor-condition-weight').text()).toContain('Введите число')
    expect(field(wrapper, 'factor-condition-indicator', 1).text()).toContain('Заполните поле')
    expect(field(wrapper, 'factor-mediumAt').text()).toContain('Должен быть не ниже порога низкого уровня (3)')
    await dialog(wrapper).findAll('[data-testid="factor-condition-remove"]')[1].trigger('click')
    await settle()
    expect(dialog(wrapper).findAll('[data-testid="factor-condition-row"]')).toHaveLength(1)
    expect(server.to('POST', '/api/v1/risk-factors')).toHaveLength(0)
    expect(isOpen(wrapper)).toBe(true)

    await type(wrapper, 'factor-condition-weight', '2,5')
    await type(wrapper, 'factor-lowAt', '1')
    await type(wrapper, 'factor-highAt', '4')
    expect(dialog(wrapper).find('[data-testid="factor-preview"]').text()).toBe('Итог: VPR_F2 > 30 — вес 2,5 (максимум 2,5)')
    expect(dialog(wrapper).find('[data-testid="factor-preview-unreachable"]').text()).toContain('«высокий»')
    await submit(wrapper)
    expect(server.to('POST', '/api/v1/risk-factors')).toHaveLength(1)
    expect(JSON.parse(server.to('POST', '/api/v1/risk-factors')[0].body)).toEqual({
      regionId: 1,
      name: 'Неуспешность по ВПР',
      conditions: [{ indicatorCode: 'VPR_F2', operator: 'GT', threshold: 30, weight: 2.5 }],
      lowAt: 1,
      mediumAt: 2,
      highAt: 4,
    })
    expect(isOpen(wrapper)).toBe(false)
    expect(wrapper.find('[data-testid="factors-notice"]').text()).toContain('Фактор «Неуспешность по ВПР» сохранён')
    expect(server.to('GET', '/api/v1/risk-factors')).toHaveLength(2)
  })

  it('shows the server’s errors at their fields, nested ones included, and those of no field in the message', async () => {
    const { wrapper, server } = await render({
      'PUT /api/v1/risk-factors/2': problem({
        status: 400,
        title: 'Ошибка в данных',
        detail: 'Исправьте поля, отмеченные в списке ошибок',
        errors: [
          { field: 'conditions[1].indicatorCode', message: 'Показателя «ST_AGE» нет в каталоге субъекта' },
          { field: 'conditions[0].threshold', message: 'Ожидается число' },
          { field: 'highAt', message: 'Порог высокого уровня не ниже порога среднего' },
          { field: 'regionId', message: 'Фактор не переносится в другой субъект' },
        ],
      }),
    })
    await wrapper.findAll('[data-testid="factor-edit"]')[1].trigger('click')
    await settle()
    expect(field(wrapper, 'factor-form-name').find('input').element.value).toBe('Дефицит педагогических кадров')
    expect(dialog(wrapper).findAll('[data-testid="factor-condition-row"]')).toHaveLength(2)
    await type(wrapper, 'factor-condition-threshold', '3')
    await submit(wrapper)
    expect(JSON.parse(server.to('PUT', '/api/v1/risk-factors/2')[0].body)).toMatchObject({ version: 0, conditions: [{ threshold: 3 }, { threshold: 30 }] })
    expect(isOpen(wrapper)).toBe(true)
    expect(field(wrapper, 'factor-condition-indicator', 1).text()).toContain('нет в каталоге субъекта')
    expect(field(wrapper, 'factor-condition-threshold', 0).text()).toContain('Ожидается число')
    expect(field(wrapper, 'factor-highAt').text()).toContain('Порог высокого уровня не ниже порога среднего')
    const message = dialog(wrapper).find('[data-testid="factor-message"]').text()
    expect(message).toContain('Исправьте поля, отмеченные в списке ошибок')
    expect(message).toContain('regionId: Фактор не переносится в другой субъект')
    // Removing the first row moves the second row's error up with it.
    await dialog(wrapper).findAll('[data-testid="factor-condition-remove"]')[0].trigger('click')
    await settle()
    expect(field(wrapper, 'factor-condition-indicator', 0).text()).toContain('нет в каталоге субъекта')
    // Nothing was changed on the page meanwhile.
    expect(wrapper.findAll('[data-testid="factor"]')[1].findAll('[data-testid="factor-condition-text"]')[0].text()).toBe('ST_VAC ≥ 2 — вес 2')
  })

  it('after a stale version loads the current factor into the form; the next try carries its version', async () => {
    let reads = 0
    const { wrapper, server } = await render({
      'GET /api/v1/risk-factors': () =>
        page(reads++ === 0 ? [FACTOR_EQUIPMENT, FACTOR_STAFF] : [FACTOR_EQUIPMENT, { ...FACTOR_STAFF, name: 'Кадры (изменено)', version: 1 }]),
      'PUT /api/v1/risk-factors/2': (r) =>
        JSON.parse(r.body).version === 0
          ? problem({ status: 409, title: 'Данные уже изменены', detail: 'Запись изменена другим пользователем' })
          : json({ ...FACTOR_STAFF, ...JSON.parse(r.body), id: 2, version: 2 }),
    })
    await wrapper.findAll('[data-testid="factor-edit"]')[1].trigger('click')
    await settle()
    await type(wrapper, 'factor-form-name', 'Моё название')
    await submit(wrapper)
    expect(dialog(wrapper).find('[data-testid="factor-message"]').text()).toContain('Фактор успел изменить другой пользователь')
    expect(server.to('GET', '/api/v1/risk-factors')).toHaveLength(2)
    expect(isOpen(wrapper)).toBe(true)
    expect(field(wrapper, 'factor-form-name').find('input').element.value).toBe('Кадры (изменено)')

    await type(wrapper, 'factor-form-name', 'Моё название')
    await submit(wrapper)
    const puts = server.to('PUT', '/api/v1/risk-factors/2')
    expect(puts.map((p) => JSON.parse(p.body).version)).toEqual([0, 1])
    expect(isOpen(wrapper)).toBe(false)
    expect(wrapper.find('[data-testid="factors-notice"]').text()).toContain('Моё название')
  })

  it('closes the dialog with Escape, sending nothing', async () => {
    const { wrapper, server } = await render({})
    await wrapper.find('[data-testid="factor-add"]').trigger('click')
    await settle()
    await type(wrapper, 'factor-form-name', 'Черновик')
    await field(wrapper, 'factor-form-name').find('input').trigger('keydown', { key: 'Escape' })
    await settle()
    expect(isOpen(wrapper)).toBe(false)
    expect(server.sent.filter((r) => r.method !== 'GET')).toHaveLength(0)
    // Opened again, the form starts afresh.
    await wrapper.find('[data-testid="factor-add"]').trigger('click')
    await settle()
    expect(field(wrapper, 'factor-form-name').find('input').element.value).toBe('')
  })

  it('shows the factors without editing to a coordinator', async () => {
    const { wrapper } = await render({}, COORDINATOR)
    expect(wrapper.findAll('[data-testid="factor"]')).toHaveLength(2)
    expect(wrapper.find('[data-testid="factor-add"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="factor-edit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="factors-read-only"]').text()).toContain('настраивают аналитики субъекта')
    expect(wrapper.findComponent(RiskFactorFormDialog).exists()).toBe(false)
  })

  it('sorts by name on the server when asked, the position column by default', async () => {
    const { wrapper, server } = await render({})
    const name = wrapper.findAll('[data-testid="factors-table"] thead th').find((th) => th.text().includes('Фактор и условия'))!
    await name.trigger('click')
    await settle()
    expect(server.to('GET', '/api/v1/risk-factors').at(-1)!.url.searchParams.get('sort')).toBe('name')
    const levels = wrapper.findAll('[data-testid="factors-table"] thead th').find((th) => th.text().includes('Уровни по баллам'))!
    expect(levels.classes()).not.toContain('v-data-table__th--sortable')
  })

  it('lets the admin pick the region first', async () => {
    const { wrapper, server } = await render(
      { 'GET /api/v1/regions': page([{ id: 1, name: 'Республика Крым' }, { id: 4, name: 'Красноярский край' }]) },
      ADMIN,
    )
    expect(server.to('GET', '/api/v1/risk-factors')).toHaveLength(0)
    expect(wrapper.find('[data-testid="empty-state"]').text()).toContain('Выберите субъект')
    expect(wrapper.find('[data-testid="factor-add"]').exists()).toBe(false)
    await pick(wrapper.find('[data-testid="territory-region"]'), 'Крас', 'Красноярский край')
    await settle()
    expect(server.to('GET', '/api/v1/risk-factors')[0].url.searchParams.get('regionId')).toBe('4')
    expect(server.to('GET', '/api/v1/indicators').at(-1)?.url.searchParams.get('regionId')).toBe('4')
    expect(wrapper.findAll('[data-testid="factor"]')).toHaveLength(2)
    expect(wrapper.find('[data-testid="factor-add"]').exists()).toBe(true)
  })
})
