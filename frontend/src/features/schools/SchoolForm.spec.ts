import type { Me } from '@/services/types'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { KERCH, SCHOOL_1 } from '@/test/fixtures'
import { actionsOf, renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import SchoolForm from './SchoolForm.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function openEdit(routes: Parameters<typeof fakeApi>[0], me?: Me) {
  const server = fakeApi({
    'GET /api/v1/schools/5': json(SCHOOL_1),
    'GET /api/v1/municipalities': page([KERCH]),
    ...routes,
  })
  const options = renderOptions({ path: '/schools/5/edit', me })
  await options.ready
  const wrapper = mount(SchoolForm, { props: { id: '5' }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server, router: options.router }
}

const field = (wrapper: ReturnType<typeof mount>, name: string) => wrapper.find(`[data-testid="field-${name}"]`)

describe('SchoolForm', () => {
  it('shows each server validation error next to its own field', async () => {
    const { wrapper, server } = await openEdit({
      'PUT /api/v1/schools/5': problem({
        type: '/problems/validation',
        title: 'Неверные данные',
        status: 400,
        errors: [
          { field: 'inn', message: 'Неверная контрольная сумма ИНН' },
          { field: 'update.input.teachers', message: 'Не больше 2 000' },
        ],
      }),
    })
    expect((field(wrapper, 'inn').find('input').element as HTMLInputElement).value).toBe('9189294439')

    await wrapper.find('form').trigger('submit')
    await settle()

    expect(server.to('PUT', '/api/v1/schools/5')).toHaveLength(1)
    expect(field(wrapper, 'inn').text()).toContain('Неверная контрольная сумма ИНН')
    expect(field(wrapper, 'teachers').text()).toContain('Не больше 2 000')
    expect(field(wrapper, 'pupils').text()).not.toContain('Неверная')
    expect(field(wrapper, 'shortName').text()).not.toContain('Неверная')
  })

  it('sends the version it read and opens the card after saving', async () => {
    const { wrapper, server, router } = await openEdit({
      'PUT /api/v1/schools/5': json({ ...SCHOOL_1, principal: 'Новый директор', version: 4 }),
    })
    await field(wrapper, 'principal').find('input').setValue('Новый директор')
    await wrapper.find('form').trigger('submit')
    await settle()

    const body = JSON.parse(server.to('PUT', '/api/v1/schools/5')[0].body)
    expect(body).toMatchObject({ principal: 'Новый директор', version: 3, pupils: 922, municipalityId: 2, inn: '9189294439' })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/schools/5'), { timeout: 10000 })
  })

  it('refuses a 9-digit INN and a negative number before sending anything', async () => {
    const { wrapper, server } = await openEdit({ 'PUT /api/v1/schools/5': json(SCHOOL_1) })
    await field(wrapper, 'inn').find('input').setValue('123456789')
    await field(wrapper, 'pupils').find('input').setValue('-3')
    await wrapper.find('form').trigger('submit')
    await settle()

    expect(server.to('PUT', '/api/v1/schools/5')).toHaveLength(0)
    expect(field(wrapper, 'inn').text()).toContain('ИНН организации — 10 цифр')
    expect(field(wrapper, 'pupils').text()).toContain('Целое число не меньше 0')
  })

  it('explains a stale version and reloads the current one on request', async () => {
    let reads = 0
    const { wrapper } = await openEdit({
      'GET /api/v1/schools/5': () => json({ ...SCHOOL_1, version: 3 + reads++, principal: reads > 1 ? 'Изменил коллега' : SCHOOL_1.principal }),
      'PUT /api/v1/schools/5': problem({ type: '/problems/stale-version', title: 'Данные уже изменены', status: 409, detail: 'версия' }),
    })
    await wrapper.find('form').trigger('submit')
    await settle()

    const alert = wrapper.find('[data-testid="form-stale"]')
    expect(alert.exists()).toBe(true)
    expect(alert.text()).toContain('сведения о школе изменил кто-то другой')

    await wrapper.find('[data-testid="form-reload"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="form-stale"]').exists()).toBe(false)
    expect((field(wrapper, 'principal').find('input').element as HTMLInputElement).value).toBe('Изменил коллега')
  })

  it('does not let school staff move their school to another municipality', async () => {
    // As the server answers the school's own staff: «edit», not «move».
    const { wrapper } = await openEdit({ 'GET /api/v1/schools/5': json({ ...SCHOOL_1, actions: ['edit'] }) }, SCHOOL_STAFF)
    expect(field(wrapper, 'municipalityId').classes()).toContain('v-input--disabled')
    expect(field(wrapper, 'shortName').classes()).not.toContain('v-input--disabled')
  })

  it('lets the analyst move the school: «move» in its actions', async () => {
    const { wrapper } = await openEdit({})
    expect(field(wrapper, 'municipalityId').classes()).not.toContain('v-input--disabled')
  })

  it('shows the not-found page for a school the server lists no edit for', async () => {
    const { wrapper } = await openEdit({ 'GET /api/v1/schools/5': json({ ...SCHOOL_1, actions: [] }) }, SCHOOL_STAFF)
    expect(wrapper.find('[data-testid="not-found"]').exists()).toBe(true)
    expect(wrapper.find('form').exists()).toBe(false)
  })

  it("creates a school in a coordinator's only municipality and opens its card", async () => {
    const coordinator: Me = {
      username: 'coord.kerch',
      roles: ['municipal-coordinator'],
      actions: actionsOf('municipal-coordinator'),
      municipalityId: 2,
      municipalityName: 'Городской округ Керчь',
    }
    const server = fakeApi({
      'GET /api/v1/municipalities': page([KERCH]),
      'POST /api/v1/schools': json({ ...SCHOOL_1, id: 99 }, 201),
    })
    const options = renderOptions({ path: '/schools/new', me: coordinator })
    await options.ready
    const wrapper = mount(SchoolForm, { global: options.global, attachTo: document.body })
    await settle()

    const fill = (name: string, value: string) => field(wrapper, name).find('input, textarea').setValue(value)
    await fill('shortName', 'МБОУ СОШ №30')
    await fill('inn', '9189294439')
    await fill('fullName', 'Средняя общеобразовательная школа №30')
    await fill('address', 'г. Керчь, ул. Новая, 1')
    await fill('pupils', '410')
    await fill('teachers', '31')
    // Vuetify selects: set through their components, as a click on a list item would.
    const selects = wrapper.findAllComponents({ name: 'VSelect' })
    selects[0].vm.$emit('update:modelValue', 'SECONDARY')
    selects[1].vm.$emit('update:modelValue', 'URBAN')
    await settle()
    await wrapper.find('form').trigger('submit')
    await settle()

    const sent = server.to('POST', '/api/v1/schools')
    expect(sent).toHaveLength(1)
    expect(JSON.parse(sent[0].body)).toEqual({
      inn: '9189294439',
      shortName: 'МБОУ СОШ №30',
      fullName: 'Средняя общеобразовательная школа №30',
      type: 'SECONDARY',
      settlement: 'URBAN',
      address: 'г. Керчь, ул. Новая, 1',
      pupils: 410,
      teachers: 31,
      municipalityId: 2,
    })
    await vi.waitFor(() => expect(options.router.currentRoute.value.fullPath).toBe('/schools/99'), { timeout: 5000 })
  })
})
