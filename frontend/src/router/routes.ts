import type { RouteRecordInfo, RouteRecordRaw } from 'vue-router'
import type { Role } from '@/store/roles'

type NoParams = Record<never, never>
type Id = { id: string | number }
type IdOut = { id: string }

/** Every route by name, so that `{ name, params }` is checked by the compiler. */
export interface RouteNamedMap {
  home: RouteRecordInfo<'home', '/', NoParams, NoParams>
  schools: RouteRecordInfo<'schools', '/schools', NoParams, NoParams>
  'school-new': RouteRecordInfo<'school-new', '/schools/new', NoParams, NoParams>
  school: RouteRecordInfo<'school', '/schools/:id', Id, IdOut>
  'school-edit': RouteRecordInfo<'school-edit', '/schools/:id/edit', Id, IdOut>
  regions: RouteRecordInfo<'regions', '/regions', NoParams, NoParams>
  region: RouteRecordInfo<'region', '/regions/:id', Id, IdOut>
  municipality: RouteRecordInfo<'municipality', '/municipalities/:id', Id, IdOut>
  audit: RouteRecordInfo<'audit', '/audit', NoParams, NoParams>
  'not-found': RouteRecordInfo<'not-found', '/:pathMatch(.*)*', { pathMatch: string | string[] }, { pathMatch: string[] }>
}

declare module 'vue-router' {
  interface TypesConfig {
    RouteNamedMap: RouteNamedMap
  }
  interface RouteMeta {
    /** The page is for these roles only; others see the not-found page. */
    roles?: Role[]
    /** i18n key of the page title. */
    title?: string
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/pages/HomePage.vue'), meta: { title: 'nav.home' } },
  { path: '/schools', name: 'schools', component: () => import('@/features/schools/SchoolList.vue'), meta: { title: 'schools.title' } },
  {
    path: '/schools/new',
    name: 'school-new',
    component: () => import('@/features/schools/SchoolForm.vue'),
    meta: { roles: ['admin', 'regional-analyst', 'municipal-coordinator'], title: 'schools.form.createTitle' },
  },
  { path: '/schools/:id(\\d+)', name: 'school', component: () => import('@/features/schools/SchoolCard.vue'), props: true },
  {
    path: '/schools/:id(\\d+)/edit',
    name: 'school-edit',
    component: () => import('@/features/schools/SchoolForm.vue'),
    props: true,
    meta: { title: 'schools.form.editTitle' },
  },
  { path: '/regions', name: 'regions', component: () => import('@/features/territory/RegionList.vue'), meta: { title: 'nav.regions' } },
  { path: '/regions/:id(\\d+)', name: 'region', component: () => import('@/features/territory/RegionCard.vue'), props: true },
  {
    path: '/municipalities/:id(\\d+)',
    name: 'municipality',
    component: () => import('@/features/territory/MunicipalityCard.vue'),
    props: true,
  },
  {
    path: '/audit',
    name: 'audit',
    component: () => import('@/features/audit/AuditList.vue'),
    meta: { roles: ['admin', 'regional-analyst'], title: 'audit.title' },
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/pages/NotFoundPage.vue'), meta: { title: 'notFound.title' } },
]
