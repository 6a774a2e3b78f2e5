import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { makeRouter } from '@/router'
import { setAuth } from '@/services/auth'
import { fakeApi, json } from '@/test/fakeApi'
import { actionsOf } from '@/test/renderOptions'

afterEach(() => vi.unstubAllGlobals())

type Role = Parameters<typeof actionsOf>[0]

/** Opens the address for a user with these roles; /me answers the operations they admit, as the backend does. */
async function open(path: string, roles: Role[]) {
  setActivePinia(createPinia())
  setAuth({ token: async () => 't', logout: async () => {} })
  fakeApi({ 'GET /api/v1/me': json({ username: 'u', displayName: 'U', roles, actions: [...new Set(roles.flatMap(actionsOf))] }) })
  const router = makeRouter(createMemoryHistory())
  await router.push(path)
  return router.currentRoute.value
}

describe('analysis routes', () => {
  it("open a campaign's analysis with the run from the URL, and a school in a run", async () => {
    const page = await open('/monitoring/campaigns/1/analysis?run=2', ['regional-analyst'])
    expect(page.name).toBe('campaign-analysis')
    expect(page.params).toEqual({ id: '1' })
    expect(page.query).toEqual({ run: '2' })
    const school = await open('/monitoring/analyses/2/schools/74', ['municipal-coordinator'])
    expect(school.name).toBe('analysis-school')
    expect(school.params).toEqual({ runId: '2', schoolId: '74' })
  })

  it('are open to school staff (the API shows them their own school) and closed to others', async () => {
    expect((await open('/monitoring/analyses/2/schools/74', ['school-staff'])).name).toBe('analysis-school')
    expect((await open('/monitoring/campaigns/1/analysis', ['integrator'])).name).toBe('not-found')
    expect((await open('/monitoring/campaigns/abc/analysis', ['admin'])).name).toBe('not-found')
  })
})
