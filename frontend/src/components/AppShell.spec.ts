import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { VApp } from 'vuetify/components'
import { LOCALE_KEY, savedLocale } from '@/i18n'
import { fakeApi, page } from '@/test/fakeApi'
import { ANALYST, renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import AppShell from './AppShell.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
  document.body.innerHTML = ''
})


async function openShell(me = SCHOOL_STAFF) {
  fakeApi({ 'GET /api/v1/notifications': page([], 3) })
  const options = renderOptions({ me })
  await options.ready
  const App = defineComponent({ setup: () => () => h(VApp, () => h(AppShell)) })
  const wrapper = mount(App, { global: options.global, attachTo: document.body })
  await settle()
  return wrapper
}

describe('AppShell', () => {
  it("shows the user's name, role and scope in Russian", async () => {
    const wrapper = await openShell()
    expect(wrapper.find('[data-testid="user-name"]').text()).toBe('Ольга Петрова')
    expect(wrapper.find('[data-testid="user-role"]').text()).toBe('Сотрудник школы')
    expect(wrapper.find('[data-testid="user-scope"]').text()).toBe('МБОУ СОШ №1')
    expect(wrapper.find('[data-testid="nav-audit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="nav-tasks"]').text()).toContain('Мои задачи')
    expect(wrapper.find('[data-testid="nav-campaigns"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="nav-indicators"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="nav-control"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="nav-risk-factors"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="notifications"]').exists()).toBe(true)
  })

  it('offers an analyst the campaigns and the indicator catalogue, not the school tasks', async () => {
    const wrapper = await openShell(ANALYST)
    expect(wrapper.find('[data-testid="nav-campaigns"]').text()).toContain('Мониторинги')
    expect(wrapper.find('[data-testid="nav-indicators"]').text()).toContain('Показатели')
    expect(wrapper.find('[data-testid="nav-review"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="nav-tasks"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="nav-control"]').text()).toContain('Контроль сроков')
    expect(wrapper.find('[data-testid="nav-risk-factors"]').text()).toContain('Факторы риска')
    expect(wrapper.find('[data-testid="notifications-badge"]').text()).toBe('3')
  })

  it('switches to English and remembers the choice', async () => {
    const wrapper = await openShell()
    await wrapper.find('[data-testid="lang-en"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="user-role"]').text()).toBe('School staff')
    expect(wrapper.find('[data-testid="nav-schools"]').text()).toContain('Schools')
    expect(localStorage.getItem(LOCALE_KEY)).toBe('en')
    expect(savedLocale()).toBe('en')
    expect(document.documentElement.lang).toBe('en')
  })
})
