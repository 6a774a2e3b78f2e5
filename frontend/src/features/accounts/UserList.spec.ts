import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { FEODOSIA, KERCH } from '@/test/fixtures'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { pick } from '@/test/pick'
import { ANALYST, renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import type { Me } from '@/services/types'
import UserCreateDialog from './UserCreateDialog.vue'
import UserList from './UserList.vue'
import { PETROVA, SIDOROV } from './accountFixtures'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function render(me: Me = ANALYST, routes: Parameters<typeof fakeApi>[0] = {}) {
  const server = fakeApi({
    'GET /api/v1/users': page([PETROVA, SIDOROV], 27),
    'GET /api/v1/users/options': json({ creatableRoles: ['regional-analyst', 'municipal-coordinator', 'school-staff'] }),
    'GET /api/v1/municipalities': page([KERCH, FEODOSIA]),
    ...routes,
  })
  const options = renderOptions({ path: '/', me })
  await options.ready
  const wrapper = mount(UserList, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}

describe('UserList', () => {
  it('lists the accounts with their role, record, status and last login in Russian', async () => {
    const { wrapper, server } = await render()
    expect(Object.fromEntries(server.to('GET', '/api/v1/users')[0].url.searchParams)).toEqual({ page: '0', size: '25' })
    expect(wrapper.find('[data-testid="users-total"]').text()).toBe('27 учётных записей')
    const rows = wrapper.findAll('[data-testid="user-table"] tbody tr')
    expect(rows[0].text()).toContain('Петрова Ольга Ивановна')
    expect(rows[0].text()).toContain('Сотрудник школы')
    expect(rows[0].find('[data-testid="user-acting-for"]').attributes('href')).toBe('/schools/5')
    expect(rows[0].find('[data-testid="user-status"]').text()).toBe('включена')
    expect(rows[0].text()).toContain('1 дек. 2026')
    expect(rows[1].text()).toContain('Муниципальный координатор')
    expect(rows[1].find('[data-testid="user-acting-for"]').attributes('href')).toBe('/municipalities/2')
    expect(rows[1].find('[data-testid="user-status"]').text()).toBe('отключена')
    expect(rows[1].text()).toContain('ещё не входил(а)')
  })

  it('filters by role, status and municipality on the server', async () => {
    const { wrapper, server } = await render()
    await pick(wrapper.find('[data-testid="filter-role"]'), '', 'Сотрудник школы')
    await pick(wrapper.find('[data-testid="filter-enabled"]'), '', 'Отключённые')
    await pick(wrapper.find('[data-testid="filter-municipality"]'), 'Керч', 'Городской округ Керчь')
    expect(Object.fromEntries(server.to('GET', '/api/v1/users').at(-1)!.url.searchParams)).toEqual({
      page: '0', size: '25', role: 'school-staff', enabled: 'false', municipalityId: '2',
    })
  })

  it('offers a coordinator no municipality to choose', async () => {
    const { wrapper } = await render(COORDINATOR)
    expect(wrapper.find('[data-testid="filter-municipality"]').exists()).toBe(false)
  })

  it('offers only the actions the API gives for each account', async () => {
    const { wrapper } = await render()
    const menus = wrapper.findAll('[data-testid="user-actions"]')
    await menus[1].trigger('click')
    await settle()
    const items = [...document.querySelectorAll('[data-testid^="user-action-"]')].map((e) => e.getAttribute('data-testid'))
    expect(items).toEqual(['user-action-enable'])
  })

  it('says plainly that Keycloak is unavailable and keeps the page', async () => {
    const { wrapper } = await render(ANALYST, {
      'GET /api/v1/users': problem({ type: '/problems/accounts-unavailable', status: 503, title: 'Service Unavailable', detail: 'Keycloak не отвечает' }),
    })
    expect(wrapper.find('[data-testid="accounts-unavailable"]').text()).toContain('Keycloak недоступен')
    expect(wrapper.find('[data-testid="error-state"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="user-filters"]').exists()).toBe(true)
  })

  it('creates an account for a school and shows the link to hand over with its end', async () => {
    const created = { user: { ...PETROVA, id: 'kc-9' }, setup: { emailSent: false, link: 'http://localhost:4175/welcome/abc', expiresAt: '2026-12-06T08:00:00Z' } }
    const { wrapper, server } = await render(COORDINATOR, {
      'GET /api/v1/users/options': json({ creatableRoles: ['school-staff'] }),
      'GET /api/v1/schools': page([{ id: 5, shortName: 'МБОУ СОШ №1', municipalityName: 'Городской округ Керчь' }]),
      'POST /api/v1/users': json(created, 201),
    })
    await wrapper.find('[data-testid="user-create"]').trigger('click')
    await settle()
    const dialog = () => wrapper.findComponent(UserCreateDialog).findComponent({ name: 'VCard' })
    await pick(dialog().find('[data-testid="school-picker"]'), 'СОШ', 'МБОУ СОШ №1')
    await dialog().find('[data-testid="user-last-name"] input').setValue('Петрова')
    await dialog().find('[data-testid="user-first-name"] input').setValue('Ольга')
    await dialog().find('[data-testid="user-email"] input').setValue('o.petrova@school1.ru')
    await dialog().find('form').trigger('submit')
    await settle()
    expect(JSON.parse(server.to('POST', '/api/v1/users')[0].body)).toEqual({
      lastName: 'Петрова', firstName: 'Ольга', email: 'o.petrova@school1.ru', role: 'school-staff', schoolId: 5,
    })
    const setup = document.querySelector('[data-testid="account-setup"]')!
    expect(setup.textContent).toContain('Передайте ссылку человеку: по ней он задаст пароль.')
    expect(setup.textContent).toContain('Ссылка действует до 6 дек. 2026')
    expect(document.querySelector<HTMLInputElement>('[data-testid="setup-link"] input')!.value).toBe('http://localhost:4175/welcome/abc')
  })
})
