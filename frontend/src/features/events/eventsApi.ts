import { api, unwrap } from '@/services/api'
import type { EventInput, EventOwner, EventPage, EventView, WorkKind } from './types'

export function listOwnerEvents(owner: EventOwner): Promise<EventView[]> {
  return 'measureId' in owner
    ? unwrap(api.GET('/api/v1/roadmaps/{id}/measures/{measureId}/events', { params: { path: { id: owner.roadmapId, measureId: owner.measureId } } }))
    : unwrap(api.GET('/api/v1/decisions/{id}/points/{pointId}/events', { params: { path: { id: owner.decisionId, pointId: owner.pointId } } }))
}

export function recordEvent(owner: EventOwner, input: EventInput): Promise<EventView> {
  return 'measureId' in owner
    ? unwrap(api.POST('/api/v1/roadmaps/{id}/measures/{measureId}/events', {
        params: { path: { id: owner.roadmapId, measureId: owner.measureId } },
        body: input,
      }))
    : unwrap(api.POST('/api/v1/decisions/{id}/points/{pointId}/events', {
        params: { path: { id: owner.decisionId, pointId: owner.pointId } },
        body: input,
      }))
}

export const updateEvent = (id: number, input: EventInput): Promise<EventView> =>
  unwrap(api.PUT('/api/v1/events/{id}', { params: { path: { id } }, body: input }))

export const deleteEvent = (id: number, version: number): Promise<unknown> =>
  unwrap(api.DELETE('/api/v1/events/{id}', { params: { path: { id }, query: { version } } }))

/** Attaches files to an event: one `files` part per file, the browser writing the multipart boundary. */
export function attachEventFiles(id: number, files: File[]): Promise<EventView> {
  const form = new FormData()
  for (const file of files) form.append('files', file, file.name)
  return unwrap(
    api.POST('/api/v1/events/{id}/files', {
      params: { path: { id } },
      body: form as never,
      bodySerializer: (body: unknown) => body as FormData,
    }),
  )
}

export interface EventQuery {
  schoolId?: number
  municipalityId?: number
  regionId?: number
  kind?: WorkKind
  from?: string
  to?: string
  page?: number
  size?: number
}

export const listEvents = (query: EventQuery): Promise<EventPage> => unwrap(api.GET('/api/v1/events', { params: { query } }))
