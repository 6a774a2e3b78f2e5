import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, page, problem, type SentRequest } from '@/test/fakeApi'
import { INDICATOR } from '@/test/monitoringFixtures'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import IndicatorList from './IndicatorList.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

type Routes = Parameters<typeof fakeApi>[0]
const COUNT = { ...INDICATOR, id: 103, code: 'CTX_STUDENTS', name: 'Численность обучающихся', category: 'CONTEXT' as const, unit: 'чел.', valueType: 'COUNT' as const, locked: false, minValue: 0, maxValue: 5000, minSample: undefined }

async function openList(routes: Routes = {}) {
  const server = fakeApi({ 'GET /api/v1/indicators': page([INDICATOR, COUNT], 46), ...routes })
  const options = renderOptions({ path: '/monitoring/indicators' })
  await options.ready
  const wrapper = mount(IndicatorList, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}

const params = (r: SentRequest) => Object.fromEntries(r.url.searchParams)
const $ = (selector: string) => document.querySelector<HTMLElement>(selector)
function type(testid: string, value: string) {
  const el = $(`[data-testid="${testid}"] input, [data-testid="${testid}"] textarea`) as HTMLInputElement
  el.value = value
  el.dispatchEvent(new Event('input'))
}
function choose(wrapper: VueWrapper, testid: string, value: unknown) {
  const select = wrapper.findAllComponents({ name: 'VSelect' }).find((c) => c.attributes('data-testid') === testid)
  if (!select) throw new Error(`no select ${testid}`)
  select.vm.$emit('update:modelValue', value)
}

describe('IndicatorList', () => {
  it('asks for a page sorted by code and shows the catalogue in Russian', async () => {
    const { wrapper, server } = await openList()
    expect(params(server.to('GET', '/api/v1/indicators')[0])).toEqual({ page: '0', size: '25', sort: 'code' })
    expect(wrapper.find('[data-testid="indicator-total"]').text()).toBe('46 показателей')
    const rows = wrapper.findAll('[data-testid="indicator-table"] tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))
    expect(rows[0].slice(0, 5)).toEqual([
      'VPR_F2',
      'Доля участников ВПР с отметкой «2»%',
      'Результаты',
      'Школам',
      'Доля, % (числитель и знаменатель)',
    ])
    expect(rows[1][2]).toBe('Социальный контекст')
    expect(wrapper.findAll('[data-testid="indicator-locked-icon"]')).toHaveLength(1)
  })

  it('filters by category and by typed text, back on the first page', async () => {
    const { wrapper, server } = await openList()
    choose(wrapper, 'filter-category', 'CONTEXT')
    await settle()
    expect(params(server.to('GET', '/api/v1/indicators').at(-1)!)).toMatchObject({ category: 'CONTEXT', page: '0' })

    await wrapper.find('[data-testid="filter-q"] input').setValue('ВПР')
    await vi.waitFor(() => expect(params(server.to('GET', '/api/v1/indicators').at(-1)!)).toMatchObject({ q: 'ВПР', category: 'CONTEXT' }), {
      timeout: 2000,
    })
  })

  it('shows the empty state, and an error with a retry', async () => {
    let calls = 0
    const { wrapper } = await openList({
      'GET /api/v1/indicators': () =>
        ++calls === 1 ? problem({ title: 'Ошибка сервера', status: 500, detail: 'База данных недоступна' }) : page([], 0),
    })
    expect(wrapper.find('[data-testid="error-state"]').text()).toContain('База данных недоступна')
    await wrapper.find('[data-testid="retry"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="empty-state"]').text()).toContain('Показатели не найдены')
  })

  it('checks a new indicator before sending it, then creates it in the analyst’s region', async () => {
    const { wrapper, server } = await openList({ 'POST /api/v1/indicators': json({ ...COUNT, id: 200, code: 'ST_VAC' }, 201) })
    await wrapper.find('[data-testid="indicator-add"]').trigger('click')
    await settle()
    type('field-code', 'st vac')
    type('field-minValue', '10')
    type('field-maxValue', '5')
    await settle()
    $('[data-testid="form-save"]')!.click()
    await settle()
    expect(server.to('POST', '/api/v1/indicators')).toHaveLength(0)
    expect($('[data-testid="field-code"]')!.textContent).toContain('Латинские заглавные буквы')
    expect($('[data-testid="field-name"]')!.textContent).toContain('Обязательное поле')
    expect($('[data-testid="field-maxValue"]')!.textContent).toContain('Минимум не может быть больше максимума')

    type('field-code', 'ST_VAC')
    type('field-name', 'Вакансии педагогических работников')
    type('field-unit', 'ставок')
    type('field-minValue', '0')
    type('field-maxValue', '')
    choose(wrapper, 'field-category', 'STAFF')
    choose(wrapper, 'field-valueType', 'COUNT')
    choose(wrapper, 'field-direction', 'LOWER_BETTER')
    await settle()
    $('[data-testid="form-save"]')!.click()
    await settle()

    const sent = server.to('POST', '/api/v1/indicators')
    expect(sent).toHaveLength(1)
    expect(JSON.parse(sent[0].body)).toEqual({
      regionId: 1,
      code: 'ST_VAC',
      name: 'Вакансии педагогических работников',
      category: 'STAFF',
      respondent: 'SCHOOL',
      unit: 'ставок',
      valueType: 'COUNT',
      direction: 'LOWER_BETTER',
      minValue: 0,
    })
    expect(server.to('GET', '/api/v1/indicators')).toHaveLength(2)
  })

  it('explains that an indicator in use cannot change, and creates a new revision on request', async () => {
    const { wrapper, server } = await openList({
      'PUT /api/v1/indicators/101': problem({
        type: '/problems/indicator-in-use',
        title: 'Показатель уже используется',
        status: 409,
        detail: 'Показатель VPR_F2 используется в мониторинге «Ежегодный мониторинг по выявлению ШНОР» (открыт)',
      }),
      'POST /api/v1/indicators/101/revisions': json({ ...INDICATOR, id: 301, revision: 2, maxValue: 50 }, 201),
    })
    await wrapper.find('[data-testid="indicator-edit"]').trigger('click')
    await settle()
    expect($('[data-testid="indicator-locked"]')).not.toBeNull()
    type('field-maxValue', '50')
    await settle()
    $('[data-testid="form-save"]')!.click()
    await settle()

    expect(JSON.parse(server.to('PUT', '/api/v1/indicators/101')[0].body)).toMatchObject({ maxValue: 50, version: 2 })
    expect($('[data-testid="indicator-in-use"]')!.textContent).toContain('используется в мониторинге «Ежегодный мониторинг по выявлению ШНОР»')

    $('[data-testid="indicator-revise"]')!.click()
    await settle()
    const revision = server.to('POST', '/api/v1/indicators/101/revisions')
    expect(revision).toHaveLength(1)
    expect(JSON.parse(revision[0].body)).toMatchObject({ code: 'VPR_F2', maxValue: 50, version: 2 })
    expect($('[data-testid="indicator-message"]')!.textContent).toContain('Создана редакция 2 показателя VPR_F2')
  })
})
