import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { setAuth } from '@/services/auth'
import { fakeApi, json } from '@/test/fakeApi'
import { actionsOf } from '@/test/renderOptions'
import { makeRouter } from './index'

afterEach(() => vi.unstubAllGlobals())

type Role = Parameters<typeof actionsOf>[0]

/** Opens the address for a user with these roles; /me answers the operations they admit, as the backend does. */
async function open(path: string, roles: Role[]) {
  setActivePinia(createPinia())
  setAuth({ token: async () => 't', logout: async () => {} })
  const server = fakeApi({ 'GET /api/v1/me': json({ username: 'u', displayName: 'U', roles, actions: [...new Set(roles.flatMap(actionsOf))] }) })
  const router = makeRouter(createMemoryHistory())
  await router.push(path)
  return { router, server }
}

describe('router', () => {
  it('opens the audit page for an analyst straight from its address, after reading /me', async () => {
    const { router, server } = await open('/audit', ['regional-analyst'])
    expect(router.currentRoute.value.name).toBe('audit')
    expect(server.to('GET', '/api/v1/me')).toHaveLength(1)
  })

  it('shows the not-found page at the same address to a coordinator', async () => {
    const { router } = await open('/audit?page=2', ['municipal-coordinator'])
    expect(router.currentRoute.value.name).toBe('not-found')
    expect(router.currentRoute.value.fullPath).toBe('/audit?page=2')
  })

  it('sends unknown addresses and non-numeric ids to the not-found page', async () => {
    expect((await open('/no/such/page', ['admin'])).router.currentRoute.value.name).toBe('not-found')
    expect((await open('/schools/abc', ['admin'])).router.currentRoute.value.name).toBe('not-found')
    expect((await open('/schools/12', ['admin'])).router.currentRoute.value.name).toBe('school')
  })

  it('opens the monitoring pages only for their roles', async () => {
    expect((await open('/monitoring/tasks', ['school-staff'])).router.currentRoute.value.name).toBe('tasks')
    expect((await open('/monitoring/tasks', ['municipal-coordinator'])).router.currentRoute.value.name).toBe('not-found')
    expect((await open('/monitoring/review', ['municipal-coordinator'])).router.currentRoute.value.name).toBe('review')
    expect((await open('/monitoring/review', ['school-staff'])).router.currentRoute.value.name).toBe('not-found')
    expect((await open('/monitoring/indicators', ['regional-analyst'])).router.currentRoute.value.name).toBe('indicators')
    expect((await open('/monitoring/indicators', ['municipal-coordinator'])).router.currentRoute.value.name).toBe('not-found')
    expect((await open('/monitoring/campaigns/7/schools/5', ['school-staff'])).router.currentRoute.value.name).toBe('submission')
    expect((await open('/monitoring/campaigns/new', ['school-staff'])).router.currentRoute.value.name).toBe('not-found')
  })

  it('opens the risk factors to analysts and coordinators, not to school staff', async () => {
    expect((await open('/risk-factors', ['regional-analyst'])).router.currentRoute.value.name).toBe('risk-factors')
    expect((await open('/risk-factors', ['admin'])).router.currentRoute.value.name).toBe('risk-factors')
    expect((await open('/risk-factors', ['municipal-coordinator'])).router.currentRoute.value.name).toBe('risk-factors')
    expect((await open('/risk-factors', ['school-staff'])).router.currentRoute.value.name).toBe('not-found')
  })
})
