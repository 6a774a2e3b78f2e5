import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { VApp } from 'vuetify/components'
import { fakeApi, json, page } from '@/test/fakeApi'
import { ANALYST, renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import type { NotificationView } from '@/features/control/types'
import AppShellNotifications from './AppShellNotifications.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const NOTES: NotificationView[] = [
  { id: 71, kind: 'OVERDUE', itemType: 'POINT', itemId: 22, occurrenceDue: '2020-12-31', text: 'Просрочен пункт 2.2: Провести мониторинг', createdAt: '2026-11-24T06:00:00Z' },
  { id: 70, kind: 'DUE_SOON', itemType: 'MEASURE', itemId: 40, planId: 3, occurrenceDue: '2026-11-30', text: 'Скоро срок: Совещание', createdAt: '2026-11-23T06:00:00Z' },
]

async function openBell(total: number) {
  const api = fakeApi({
    'GET /api/v1/notifications': (request) => page(request.url.searchParams.get('size') === '1' ? NOTES.slice(0, 1) : NOTES, total),
    'POST /api/v1/notifications/71/read': json({ ...NOTES[0], readAt: '2026-11-24T07:00:00Z' }),
    'POST /api/v1/notifications/70/read': json({ ...NOTES[1], readAt: '2026-11-24T07:00:00Z' }),
  })
  const options = renderOptions({ me: ANALYST })
  await options.ready
  const App = defineComponent({ setup: () => () => h(VApp, () => h(AppShellNotifications)) })
  const wrapper = mount(App, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, api, router: options.router }
}

describe('AppShellNotifications', () => {
  it('shows the unread count from a page of one', async () => {
    const { wrapper, api } = await openBell(2)
    const first = api.to('GET', '/api/v1/notifications')[0].url.searchParams
    expect([first.get('unread'), first.get('size')]).toEqual(['true', '1'])
    expect(wrapper.find('[data-testid="notifications-badge"]').text()).toBe('2')
    expect(wrapper.find('[data-testid="notifications"]').attributes('aria-label')).toBe('Уведомления: 2 непрочитанных')
  })

  it('shows no badge when all are read', async () => {
    const { wrapper } = await openBell(0)
    expect(wrapper.find('[data-testid="notifications-badge"]').exists()).toBe(false)
  })

  it('lists the latest ten; a click marks one read and opens «Моя работа»', async () => {
    const { wrapper, api, router } = await openBell(2)
    await wrapper.find('[data-testid="notifications"]').trigger('click')
    await settle()
    const latest = api.to('GET', '/api/v1/notifications').at(-1)!.url.searchParams
    expect([latest.get('unread'), latest.get('size')]).toEqual(['true', '10'])
    const item = document.querySelector<HTMLElement>('[data-testid="notification-71"]')!
    expect(item.textContent).toContain('Просрочен пункт 2.2')
    expect(item.textContent).toContain('срок 31.12.2020')
    expect(document.querySelectorAll('[data-notification]')).toHaveLength(2)
    item.click()
    await settle()
    expect(api.to('POST', '/api/v1/notifications/71/read')).toHaveLength(1)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('my-work'), { timeout: 10000 })
  })

  it('a reminder that names its roadmap opens the measure there', async () => {
    const { wrapper, api, router } = await openBell(2)
    await wrapper.find('[data-testid="notifications"]').trigger('click')
    await settle()
    document.querySelector<HTMLElement>('[data-testid="notification-70"]')!.click()
    await settle()
    expect(api.to('POST', '/api/v1/notifications/70/read')).toHaveLength(1)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/plans/roadmaps/3#measure-40'), { timeout: 10000 })
  })
})
