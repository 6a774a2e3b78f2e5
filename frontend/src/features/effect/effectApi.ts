import { api, unwrap } from '@/services/api'
import { saveResponse } from '@/services/download'
import type { Effect, EffectSubject } from './types'

/** The effect of support of a record; the path over time follows `indicatorId` (default: the table's first indicator). */
export function getEffect(subject: EffectSubject, id: number, indicatorId?: number): Promise<Effect> {
  const params = { params: { path: { id }, query: { indicatorId } } }
  switch (subject) {
    case 'school-lists':
      return unwrap(api.GET('/api/v1/school-lists/{id}/effect', params))
    case 'roadmaps':
      return unwrap(api.GET('/api/v1/roadmaps/{id}/effect', params))
    case 'partnerships':
      return unwrap(api.GET('/api/v1/partnerships/{id}/effect', params))
    case 'schools':
      return unwrap(api.GET('/api/v1/schools/{id}/effect', params))
    case 'municipalities':
      return unwrap(api.GET('/api/v1/municipalities/{id}/effect', params))
  }
}

/** The effect table as XLSX, saved under the server's name. */
export function downloadEffect(subject: EffectSubject, id: number) {
  const params = { params: { path: { id } }, parseAs: 'blob' as const }
  const fallback = `effect-${id}.xlsx`
  switch (subject) {
    case 'school-lists':
      return saveResponse(api.GET('/api/v1/school-lists/{id}/effect.xlsx', params), fallback)
    case 'roadmaps':
      return saveResponse(api.GET('/api/v1/roadmaps/{id}/effect.xlsx', params), fallback)
    case 'partnerships':
      return saveResponse(api.GET('/api/v1/partnerships/{id}/effect.xlsx', params), fallback)
    case 'schools':
      return saveResponse(api.GET('/api/v1/schools/{id}/effect.xlsx', params), fallback)
    case 'municipalities':
      return saveResponse(api.GET('/api/v1/municipalities/{id}/effect.xlsx', params), fallback)
  }
}
