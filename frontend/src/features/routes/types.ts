import type { components, paths } from '@/services/schema'

/** Individual educational routes (ИОМ), generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']

export type IndividualRoute = Schemas['IndividualRoute']
export type RouteStep = Schemas['RouteStep']
export type RouteInput = Schemas['RouteInput']
export type RouteStepInput = Schemas['RouteStepInput']
export type RouteMentor = Schemas['RouteMentor']
export type RouteRow = Schemas['RouteRow']
export type RouteSummary = Schemas['RouteSummary']
export type RouteCounts = Schemas['RouteCounts']
export type RouteStatus = NonNullable<IndividualRoute['status']>
export type StepKind = NonNullable<RouteStep['kind']>
export type RouteQuery = NonNullable<paths['/api/v1/routes']['get']['parameters']['query']>
export type RoutePage = Schemas['PageResponseRouteRow']

export const STEP_KINDS = ['COURSE', 'MENTORING', 'OPEN_LESSON', 'SELF_STUDY'] as const satisfies readonly StepKind[]
export const ROUTE_STATUSES = ['ACTIVE', 'COMPLETED', 'CANCELLED'] as const satisfies readonly RouteStatus[]
export const ROUTE_STATUS_COLOR: Record<RouteStatus, string> = { ACTIVE: 'primary', COMPLETED: 'success', CANCELLED: 'grey' }
