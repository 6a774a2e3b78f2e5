import { api, unwrap } from '@/services/api'
import type { Recommendation, RecommendationInput, RecommendationPage, RecommendationQuery, RecommendationStatus } from './types'

/** A page of the recommendations the caller sees (issued in their scope, or addressed to them), nearest deadline first. */
export const listRecommendations = (query: RecommendationQuery = {}): Promise<RecommendationPage> =>
  unwrap(api.GET('/api/v1/recommendations', { params: { query } }))

export const getRecommendation = (id: number): Promise<Recommendation> =>
  unwrap(api.GET('/api/v1/recommendations/{id}', { params: { path: { id } } }))

/** Gives a recommendation to a school, a municipality or a body, on a basis, with a deadline. */
export const issueRecommendation = (input: RecommendationInput): Promise<Recommendation> =>
  unwrap(api.POST('/api/v1/recommendations', { body: input }))

/** The addressee accepts it (ACCEPTED), then reports it DONE or NOT_DONE with the report; a stale version gets 409. */
export const moveRecommendation = (id: number, to: RecommendationStatus, version: number, report?: string): Promise<Recommendation> =>
  unwrap(api.POST('/api/v1/recommendations/{id}/transitions', { params: { path: { id } }, body: { to, version, report: report || undefined } }))
