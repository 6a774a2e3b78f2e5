import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, type Router } from 'vue-router'
import { makeI18n, type Locale } from '@/i18n'
import { makeVuetify } from '@/plugins/vuetify'
import { makeRouter } from '@/router'
import { setAuth } from '@/services/auth'
import type { Me } from '@/services/types'
import { useSessionStore } from '@/store/session'
import operationsByRole from './operationsByRole.json'

/** The operations a role may call, as the backend's /me answers (generated: ContractFilesTest, ./rostok openapi). */
export function actionsOf(role: keyof typeof operationsByRole): string[] {
  return operationsByRole[role]
}

export const ANALYST: Me = {
  username: 'analyst.crimea',
  displayName: 'Анна Аналитикова',
  roles: ['regional-analyst'],
  actions: actionsOf('regional-analyst'),
  scope: 'REGION',
  regionId: 1,
  regionName: 'Республика Крым',
  organizationId: 10,
  organizationName: 'Минобразования Крыма',
  organizationKind: 'MINISTRY',
}

export const SCHOOL_STAFF: Me = {
  username: 'school.kerch1',
  displayName: 'Ольга Петрова',
  roles: ['school-staff'],
  actions: actionsOf('school-staff'),
  scope: 'SCHOOL',
  regionId: 1,
  regionName: 'Республика Крым',
  municipalityId: 2,
  municipalityName: 'Городской округ Керчь',
  organizationId: 5,
  organizationName: 'МБОУ СОШ №1',
  organizationKind: 'SCHOOL',
  schoolId: 5,
}

/**
 * Router (in memory), Pinia with the given user, i18n and Vuetify: everything a component
 * expects from the app. Await `ready` before mounting a component that reads the route.
 */
export function renderOptions(options: { me?: Me; path?: string; locale?: Locale } = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().me = options.me ?? ANALYST
  setAuth({ token: async () => 'test-token', logout: async () => {} })
  const i18n = makeI18n(options.locale ?? 'ru')
  const router: Router = makeRouter(createMemoryHistory())
  const ready = router.push(options.path ?? '/').then(() => router.isReady())
  return {
    router,
    i18n,
    ready,
    global: { plugins: [pinia, i18n, makeVuetify(i18n), router] },
  }
}
