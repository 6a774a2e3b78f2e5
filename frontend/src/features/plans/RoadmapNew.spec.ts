import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '@/services/types'
import { fakeApi, json, problem } from '@/test/fakeApi'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import RoadmapNew from './RoadmapNew.vue'

const STAFF: Me = {
  username: 'staff.s1',
  roles: ['school-staff'],
  scope: 'SCHOOL',
  regionId: 1,
  municipalityId: 2,
  organizationId: 31,
  organizationName: 'МБОУ «Школа № 1»',
  organizationKind: 'SCHOOL',
  schoolId: 31,
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function render(reply: Parameters<typeof fakeApi>[0][string]) {
  const server = fakeApi({
    'POST /api/v1/roadmaps': reply,
    'GET /api/v1/roadmaps/40': json({ id: 40, title: 'План', measures: [] }),
    'GET /api/v1/indicators': json({ items: [{ id: 9, code: 'VPR_F2', name: 'Доля двоек ВПР', unit: '%' }], total: 1 }),
  })
  const title = 'План мероприятий МБОУ «Школа № 1» по п. 2.3 Адресная помощь'
  const options = renderOptions({ path: `/plans/roadmaps/new?level=SCHOOL&parentMeasureId=55&title=${encodeURIComponent(title)}`, me: STAFF })
  await options.ready
  const wrapper = mount(RoadmapNew, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server, router: options.router }
}

async function fill(wrapper: Awaited<ReturnType<typeof render>>['wrapper']) {
  await wrapper.find('[data-testid="editor-number"] input').setValue('1')
  await wrapper.find('[data-testid="editor-text"] textarea').setValue('Провести консультации для учащихся')
  await wrapper.find('[data-testid="editor-responsible"] input').setValue('Зам. директора; ИМЦ')
  await wrapper.find('[data-testid="editor-add-indicator"]').trigger('click')
  const vm = wrapper.findComponent({ name: 'RoadmapEditorMeasures' })
  const rows = vm.props('modelValue') as { indicators: { indicatorId: number | null; targetValue: string }[] }[]
  rows[0].indicators[0].indicatorId = 9
  await wrapper.find('[data-testid="editor-indicator-target"] input').setValue('10,5')
}

describe('RoadmapNew', () => {
  it('sends a school plan on a municipal measure, with its indicators, and opens it', async () => {
    const { wrapper, server, router } = await render(json({ id: 40, title: 'План' }, 201))
    expect(server.to('GET', '/api/v1/indicators')[0].url.searchParams.get('regionId')).toBe('1')
    await fill(wrapper)
    await wrapper.find('form').trigger('submit')
    await settle()
    const body = JSON.parse(server.to('POST', '/api/v1/roadmaps')[0].body)
    expect(body).toMatchObject({
      title: 'План мероприятий МБОУ «Школа № 1» по п. 2.3 Адресная помощь',
      level: 'SCHOOL',
      regionId: 1,
      municipalityId: 2,
      schoolId: 31,
      parentMeasureId: 55,
    })
    expect(body.ownerBodyId).toBeUndefined()
    expect(body.measures).toEqual([
      {
        number: '1',
        text: 'Провести консультации для учащихся',
        responsible: [{ label: 'Зам. директора' }, { label: 'ИМЦ' }],
        indicators: [{ indicatorId: 9, targetValue: 10.5 }],
      },
    ])
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/plans/roadmaps/40'), { timeout: 3000 })
  })

  it('shows the server’s field error next to its field', async () => {
    const { wrapper } = await render(
      problem({ status: 400, title: 'Bad Request', detail: 'Проверьте поля', errors: [{ field: 'measures[0].responsible[1].bodyId', message: 'Не найден орган «ИМЦ»' }, { field: 'periodTo', message: 'Конец раньше начала' }] }),
    )
    await fill(wrapper)
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[data-testid="editor-responsible"]').text()).toContain('Не найден орган «ИМЦ»')
    expect(wrapper.find('[data-testid="new-period-to"]').text()).toContain('Конец раньше начала')
    expect(wrapper.find('[data-testid="new-message"]').text()).toContain('Проверьте поля')
  })
})
