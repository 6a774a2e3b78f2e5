import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, problem } from '@/test/fakeApi'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import { isPublicPath } from '@/services/auth'
import WelcomePage from './WelcomePage.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const INFO = { fullName: 'Петрова Ольга Ивановна', username: 'o.petrova', email: 'o.petrova@school1.ru', expiresAt: '2026-12-06T08:00:00Z' }

async function render(routes: Parameters<typeof fakeApi>[0]) {
  const server = fakeApi(routes)
  const options = renderOptions({ path: '/' })
  await options.ready
  const wrapper = mount(WelcomePage, { props: { token: 'tok-1' }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}

describe('WelcomePage', () => {
  it('opens without login', () => {
    expect(isPublicPath('/welcome/abc-123')).toBe(true)
    expect(isPublicPath('/users')).toBe(false)
    expect(isPublicPath('/welcome/')).toBe(false)
  })

  it('shows whose account it is and sets the password once it is long enough and typed twice alike', async () => {
    const { wrapper, server } = await render({
      'GET /api/v1/account-setup/tok-1': json(INFO),
      'POST /api/v1/account-setup/tok-1': new Response(null, { status: 204 }),
    })
    expect(wrapper.find('[data-testid="welcome-name"]').text()).toBe('Учётная запись: Петрова Ольга Ивановна')
    expect(wrapper.text()).toContain('Логин: o.petrova')
    await wrapper.find('[data-testid="welcome-password"] input').setValue('короткий')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[data-testid="welcome-password"]').text()).toContain('не короче 10 символов')
    await wrapper.find('[data-testid="welcome-password"] input').setValue('длинный пароль 1')
    await wrapper.find('[data-testid="welcome-repeat"] input').setValue('длинный пароль 2')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[data-testid="welcome-repeat"]').text()).toContain('Пароли не совпадают')
    expect(server.to('POST', '/api/v1/account-setup/tok-1')).toHaveLength(0)
    await wrapper.find('[data-testid="welcome-repeat"] input').setValue('длинный пароль 1')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(JSON.parse(server.to('POST', '/api/v1/account-setup/tok-1')[0].body)).toEqual({ password: 'длинный пароль 1' })
    expect(wrapper.find('[data-testid="welcome-done"]').text()).toContain('Пароль задан')
  })

  it('says plainly that a used or expired link does not work', async () => {
    const { wrapper } = await render({
      'GET /api/v1/account-setup/tok-1': problem({ type: '/problems/account.setupLinkInvalid', status: 404, title: 'Not Found' }),
    })
    expect(wrapper.find('[data-testid="welcome-invalid"]').text()).toContain('Ссылка не действует')
    expect(wrapper.find('form').exists()).toBe(false)
  })
})
