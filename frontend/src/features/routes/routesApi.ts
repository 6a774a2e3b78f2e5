import { api, unwrap } from '@/services/api'
import { saveResponse } from '@/services/download'
import type { IndividualRoute, RouteInput, RouteMentor, RoutePage, RouteQuery, RouteSummary } from './types'

export const listTeacherRoutes = (teacherId: number): Promise<IndividualRoute[]> =>
  unwrap(api.GET('/api/v1/teachers/{teacherId}/routes', { params: { path: { teacherId } } }))

export const createRoute = (teacherId: number, body: RouteInput): Promise<IndividualRoute> =>
  unwrap(api.POST('/api/v1/teachers/{teacherId}/routes', { params: { path: { teacherId } }, body }))

/** Teachers of the partner schools teaching the subject, best first: name, position, school and category only. */
export const listMentorCandidates = (teacherId: number, subject?: string): Promise<RouteMentor[]> =>
  unwrap(api.GET('/api/v1/teachers/{teacherId}/mentor-candidates', { params: { path: { teacherId }, query: subject ? { subject } : {} } }))

/** Changes title, dates and steps; kept steps carry their id, done ones stay as they are; a stale version gets 409. */
export const updateRoute = (id: number, body: RouteInput): Promise<IndividualRoute> =>
  unwrap(api.PUT('/api/v1/routes/{id}', { params: { path: { id } }, body }))

export const reportStep = (id: number, stepId: number, report: string, reportedOn: string, version: number): Promise<IndividualRoute> =>
  unwrap(api.POST('/api/v1/routes/{id}/steps/{stepId}/report', { params: { path: { id, stepId } }, body: { report, reportedOn, version } }))

export const completeRoute = (id: number, version: number): Promise<IndividualRoute> =>
  unwrap(api.POST('/api/v1/routes/{id}/complete', { params: { path: { id } }, body: { version } }))

export const cancelRoute = (id: number, reason: string, version: number): Promise<IndividualRoute> =>
  unwrap(api.POST('/api/v1/routes/{id}/cancel', { params: { path: { id } }, body: { reason, version } }))

export const listRoutes = (query: RouteQuery = {}): Promise<RoutePage> => unwrap(api.GET('/api/v1/routes', { params: { query } }))

export const summariseRoutes = (query: { regionId?: number; municipalityId?: number } = {}): Promise<RouteSummary> =>
  unwrap(api.GET('/api/v1/routes/summary', { params: { query } }))

export const exportRoutes = (query: RouteQuery = {}): Promise<string> =>
  saveResponse(api.GET('/api/v1/routes/export', { params: { query }, parseAs: 'blob' }), 'routes.xlsx')

export const getRoute = (id: number): Promise<IndividualRoute> => unwrap(api.GET('/api/v1/routes/{id}', { params: { path: { id } } }))
