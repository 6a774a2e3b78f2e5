import type { LocationQuery } from 'vue-router'
import { RECOMMENDATION_STATUSES, type RecommendationQuery, type RecommendationStatus } from './types'

/** The list's filters, kept in the URL: ?status=ACCEPTED&municipalityId=2&overdue=1. */
export interface RecommendationFilters {
  status: RecommendationStatus | null
  municipalityId: number | null
  overdue: boolean
}

const one = (v: LocationQuery[string]) => (Array.isArray(v) ? v[0] : v) ?? undefined

export function filtersFromQuery(query: LocationQuery): RecommendationFilters {
  const status = one(query.status)
  const municipality = one(query.municipalityId)
  return {
    status: status && (RECOMMENDATION_STATUSES as readonly string[]).includes(status) ? (status as RecommendationStatus) : null,
    municipalityId: municipality && /^\d+$/.test(municipality) ? Number(municipality) : null,
    overdue: one(query.overdue) === '1',
  }
}

export function queryFromFilters(f: RecommendationFilters): Record<string, string> {
  const q: Record<string, string> = {}
  if (f.status) q.status = f.status
  if (f.municipalityId != null) q.municipalityId = String(f.municipalityId)
  if (f.overdue) q.overdue = '1'
  return q
}

/** The filters as the server applies them: status, municipality, overdue only. */
export const apiQuery = (f: RecommendationFilters): RecommendationQuery => ({
  status: f.status ?? undefined,
  municipalityId: f.municipalityId ?? undefined,
  overdue: f.overdue || undefined,
})
