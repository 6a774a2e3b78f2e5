import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { FEODOSIA, KERCH } from '@/test/fixtures'
import { CAMPAIGN, INDICATOR } from '@/test/monitoringFixtures'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import CampaignForm from './CampaignForm.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const MINISTRY = { id: 10, shortName: 'Минобразования Крыма', kind: 'MINISTRY', regionId: 1, regionName: 'Республика Крым' }
const STUDENTS = { ...INDICATOR, id: 103, code: 'CTX_STUDENTS', name: 'Численность обучающихся', category: 'CONTEXT', valueType: 'COUNT', locked: false }

async function openNew(routes: Parameters<typeof fakeApi>[0] = {}) {
  const server = fakeApi({
    'GET /api/v1/bodies': page([MINISTRY]),
    'GET /api/v1/municipalities': page([KERCH, FEODOSIA]),
    'GET /api/v1/indicators': page([STUDENTS, INDICATOR]),
    'POST /api/v1/campaigns': json({ ...CAMPAIGN, id: 12, status: 'DRAFT' }, 201),
    ...routes,
  })
  const options = renderOptions({ path: '/monitoring/campaigns/new' })
  await options.ready
  const wrapper = mount(CampaignForm, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server, router: options.router }
}

const field = (w: VueWrapper, name: string) => w.find(`[data-testid="field-${name}"]`)
const fill = (w: VueWrapper, name: string, value: string) => field(w, name).find('input').setValue(value)
async function save(w: VueWrapper) {
  await w.find('form').trigger('submit')
  await settle()
}

describe('CampaignForm', () => {
  it('shows what is missing next to each field and sends nothing', async () => {
    const { wrapper, server } = await openNew()
    await fill(wrapper, 'academicYear', '2026/2028')
    await fill(wrapper, 'opensOn', '2026-09-15')
    await fill(wrapper, 'closesOn', '2026-09-01')
    await save(wrapper)

    expect(server.to('POST', '/api/v1/campaigns')).toHaveLength(0)
    expect(field(wrapper, 'name').text()).toContain('Обязательное поле')
    expect(field(wrapper, 'academicYear').text()).toContain('Учебный год в виде 2026/2027')
    expect(field(wrapper, 'orderBodyId').text()).toContain('Обязательное поле')
    expect(field(wrapper, 'closesOn').text()).toContain('Срок не может быть раньше начала сбора')
    expect(wrapper.find('[data-testid="indicators-error"]').text()).toBe('Выберите хотя бы один показатель')
  })

  it('creates a regional campaign with the chosen indicators in catalogue order and opens it', async () => {
    const { wrapper, server, router } = await openNew()
    // The catalogue is shown by category: Результаты (VPR_F2) before Социальный контекст (CTX_STUDENTS).
    expect(wrapper.findAll('[data-testid="indicators-table"] tbody tr').map((tr) => tr.findAll('td')[1].text())).toEqual(['VPR_F2', 'CTX_STUDENTS'])

    await fill(wrapper, 'name', 'Ежегодный мониторинг по выявлению ШНОР')
    await fill(wrapper, 'academicYear', '2026/2027')
    await fill(wrapper, 'orderNumber', '412')
    await fill(wrapper, 'orderDate', '2026-09-01')
    await fill(wrapper, 'opensOn', '2026-09-15')
    await fill(wrapper, 'closesOn', '2026-12-20')
    wrapper.findAllComponents({ name: 'VAutocomplete' }).find((c) => c.attributes('data-testid') === 'field-orderBodyId')!.vm.$emit('update:modelValue', 10)
    wrapper.findComponent({ name: 'VDataTable' }).vm.$emit('update:modelValue', [103, 101])
    await settle()
    expect(wrapper.find('[data-testid="indicators-selected"]').text()).toBe('выбрано 2 показателя')
    await wrapper.find('[data-testid="indicator-required-CTX_STUDENTS"] input').trigger('click')
    await save(wrapper)

    const sent = server.to('POST', '/api/v1/campaigns')
    expect(sent).toHaveLength(1)
    expect(JSON.parse(sent[0].body)).toEqual({
      name: 'Ежегодный мониторинг по выявлению ШНОР',
      academicYear: '2026/2027',
      orderNumber: '412',
      orderDate: '2026-09-01',
      orderBodyId: 10,
      regionId: 1,
      respondent: 'SCHOOL',
      schoolScope: 'TERRITORY',
      indicators: [
        { indicatorId: 101, required: true },
        { indicatorId: 103, required: false },
      ],
      opensOn: '2026-09-15',
      closesOn: '2026-12-20',
    })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/monitoring/campaigns/12'), { timeout: 10000 })
  })

  it("puts the server's validation errors at their fields", async () => {
    const { wrapper } = await openNew({
      'POST /api/v1/campaigns': problem({
        type: '/problems/validation',
        title: 'Ошибка в данных',
        status: 400,
        errors: [{ field: 'create.input.orderNumber', message: 'Приказ № 412 уже использован в другом мониторинге' }],
      }),
    })
    await fill(wrapper, 'name', 'Мониторинг')
    await fill(wrapper, 'orderNumber', '412')
    await fill(wrapper, 'orderDate', '2026-09-01')
    await fill(wrapper, 'opensOn', '2026-09-15')
    await fill(wrapper, 'closesOn', '2026-12-20')
    wrapper.findAllComponents({ name: 'VAutocomplete' }).find((c) => c.attributes('data-testid') === 'field-orderBodyId')!.vm.$emit('update:modelValue', 10)
    wrapper.findComponent({ name: 'VDataTable' }).vm.$emit('update:modelValue', [101])
    await settle()
    await save(wrapper)
    expect(field(wrapper, 'orderNumber').text()).toContain('Приказ № 412 уже использован')
    expect(wrapper.find('[data-testid="form-error"]').exists()).toBe(false)
  })

  it('will not edit a campaign that is already open', async () => {
    fakeApi({
      'GET /api/v1/campaigns/7': json(CAMPAIGN),
      'GET /api/v1/bodies': page([MINISTRY]),
      'GET /api/v1/municipalities': page([KERCH]),
      'GET /api/v1/indicators': page([INDICATOR]),
    })
    const options = renderOptions({ path: '/monitoring/campaigns/7/edit' })
    await options.ready
    const wrapper = mount(CampaignForm, { props: { id: '7' }, global: options.global, attachTo: document.body })
    await settle()
    expect(wrapper.find('[data-testid="campaign-not-draft"]').text()).toContain('изменить его нельзя')
    expect(wrapper.find('[data-testid="campaign-form"]').exists()).toBe(false)
  })

  it('shows the not-found page for a campaign the server does not let the user edit', async () => {
    fakeApi({
      'GET /api/v1/campaigns/7': json({ ...CAMPAIGN, status: 'DRAFT', actions: [] }),
      'GET /api/v1/bodies': page([MINISTRY]),
      'GET /api/v1/municipalities': page([KERCH]),
      'GET /api/v1/indicators': page([INDICATOR]),
    })
    const options = renderOptions({ path: '/monitoring/campaigns/7/edit' })
    await options.ready
    const wrapper = mount(CampaignForm, { props: { id: '7' }, global: options.global, attachTo: document.body })
    await settle()
    expect(wrapper.find('[data-testid="not-found"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="campaign-form"]').exists()).toBe(false)
  })
})
