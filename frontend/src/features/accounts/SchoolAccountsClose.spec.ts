import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, page } from '@/test/fakeApi'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import SchoolAccountsClose from './SchoolAccountsClose.vue'
import { PETROVA } from './accountFixtures'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function render(enabled: number) {
  const server = fakeApi({
    'GET /api/v1/users': page([PETROVA], enabled, 0, 1),
    'POST /api/v1/schools/5/accounts/disable': json({ disabled: enabled }),
  })
  const options = renderOptions({ path: '/' })
  await options.ready
  const wrapper = mount(SchoolAccountsClose, { props: { schoolId: 5 }, global: options.global, attachTo: document.body })
  await wrapper.find('[data-testid="school-accounts-close"]').trigger('click')
  await settle()
  return { wrapper, server }
}

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)

describe('SchoolAccountsClose', () => {
  it('asks first with the number of enabled accounts, then says how many were disabled', async () => {
    const { server } = await render(3)
    expect(Object.fromEntries(server.to('GET', '/api/v1/users')[0].url.searchParams)).toMatchObject({ schoolId: '5', enabled: 'true' })
    expect(byTestId('school-accounts-count')!.textContent).toContain('Будут отключены 3 учётные записи сотрудников школы')
    expect(server.to('POST', '/api/v1/schools/5/accounts/disable')).toHaveLength(0)
    byTestId('school-accounts-confirm')!.click()
    await settle()
    expect(server.to('POST', '/api/v1/schools/5/accounts/disable')).toHaveLength(1)
    expect(byTestId('school-accounts-closed')!.textContent).toBe('Отключены 3 учётные записи')
  })

  it('has nothing to disable at a school without enabled accounts', async () => {
    await render(0)
    expect(byTestId('school-accounts-count')!.textContent).toContain('отключать нечего')
    expect(byTestId('school-accounts-confirm')!.hasAttribute('disabled')).toBe(true)
  })
})
