import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, problem } from '@/test/fakeApi'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import UsersImportDialog from './UsersImportDialog.vue'
import type { UsersImport } from './types'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const row = (n: number, problems: string[] = []) => ({
  row: n + 1,
  fullName: `Сотрудник ${n}`,
  email: `s${n}@school.ru`,
  role: 'school-staff',
  code: '9111000001',
  actingFor: 'МБОУ СОШ №1',
  problems,
  userId: undefined,
  setup: undefined,
})
const rows500 = (bad: number[]) => Array.from({ length: 500 }, (_, i) => row(i + 1, bad.includes(i + 1) ? ['ИНН 9111999999 не найден'] : []))

async function render(routes: Parameters<typeof fakeApi>[0]) {
  const server = fakeApi(routes)
  const options = renderOptions({ path: '/' })
  await options.ready
  const wrapper = mount(UsersImportDialog, { props: { modelValue: true }, global: options.global, attachTo: document.body })
  await settle()
  const card = () => wrapper.findComponent({ name: 'VCard' })
  const file = new File([new Uint8Array(2048)], 'staff.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
  const input = card().find<HTMLInputElement>('[data-testid="users-import-file"] input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [file] })
  await input.trigger('change')
  await settle()
  return { wrapper, server, card }
}

const check = async (card: () => VueWrapper) => {
  await card().find('form').trigger('submit')
  await settle()
}

describe('UsersImportDialog', () => {
  it('checks the sheet without creating, counts the bad rows and offers no creation while any is bad', async () => {
    const preview: UsersImport = { valid: false, total: 500, bad: 3, rows: rows500([7, 250, 499]) }
    const { server, card } = await render({ 'POST /api/v1/users/import': json(preview) })
    await check(card)
    expect(server.to('POST', '/api/v1/users/import')[0].url.searchParams.get('dryRun')).toBe('true')
    expect(card().find('[data-testid="users-import-counts"]').text()).toContain('3 строки с ошибками из 500')
    // the bad rows first: the switch «only rows with errors» is on
    const shown = card().findAll('[data-testid="users-import-preview"] tbody tr')
    expect(shown).toHaveLength(3)
    expect(shown.every((r) => r.attributes('data-bad') === 'true')).toBe(true)
    expect(shown[0].text()).toContain('ИНН 9111999999 не найден')
    expect(card().find('[data-testid="users-import-create"]').exists()).toBe(false)
  })

  it('creates all the accounts of a good sheet and lists their links', async () => {
    const good = [row(1), row(2)]
    const created = good.map((r, i) => ({ ...r, userId: `u${i}`, setup: { emailSent: false, link: `http://x/welcome/t${i}`, expiresAt: '2026-12-06T08:00:00Z' } }))
    const { server, card, wrapper } = await render({
      'POST /api/v1/users/import': (request) =>
        request.url.searchParams.get('dryRun') === 'true'
          ? json({ valid: true, total: 2, bad: 0, rows: good })
          : json({ valid: true, total: 2, bad: 0, rows: created }),
    })
    await check(card)
    expect(card().find('[data-testid="users-import-counts"]').text()).toContain('Все строки в порядке')
    await card().find('[data-testid="users-import-create"]').trigger('click')
    await settle()
    expect(server.to('POST', '/api/v1/users/import').map((r) => r.url.searchParams.get('dryRun'))).toEqual(['true', 'false'])
    expect(card().find('[data-testid="users-import-created"]').text()).toContain('Создано учётных записей: 2')
    expect(card().findAll('[data-testid="created-link"]').map((a) => a.text())).toEqual(['http://x/welcome/t0', 'http://x/welcome/t1'])
    expect(wrapper.emitted('created')).toHaveLength(1)
  })

  it('shows the rows when the creation is refused with 422, and nothing is created', async () => {
    const good = [row(1), row(2)]
    const { card, wrapper } = await render({
      'POST /api/v1/users/import': (request) =>
        request.url.searchParams.get('dryRun') === 'true'
          ? json({ valid: true, total: 2, bad: 0, rows: good })
          : problem({ type: '/problems/validation', status: 422, title: 'Unprocessable', rows: [row(2, ['E-mail s2@school.ru уже занят'])] }),
    })
    await check(card)
    await card().find('[data-testid="users-import-create"]').trigger('click')
    await settle()
    expect(card().find('[data-testid="users-import-message"]').text()).toContain('Ни одна учётная запись не создана')
    expect(card().find('[data-testid="users-import-counts"]').text()).toContain('1 строка с ошибками из 2')
    expect(card().find('[data-testid="users-import-preview"]').text()).toContain('уже занят')
    expect(wrapper.emitted('created')).toBeUndefined()
  })
})
