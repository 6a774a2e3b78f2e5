import type { components, paths } from '@/services/schema'

/** Targeted recommendations («адресные рекомендации»), generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']

export type Recommendation = Schemas['Recommendation']
export type RecommendationInput = Schemas['RecommendationInput']
export type RecommendationStatus = Schemas['RecommendationStatus']
export type Addressee = Schemas['RecommendationAddressee']
export type Basis = Schemas['RecommendationBasis']
export type RecommendationQuery = NonNullable<paths['/api/v1/recommendations']['get']['parameters']['query']>
export type RecommendationPage = Schemas['PageResponseRecommendation']

export const RECOMMENDATION_STATUSES = ['ISSUED', 'ACCEPTED', 'DONE', 'NOT_DONE'] as const satisfies readonly RecommendationStatus[]
export const ADDRESSEES = ['SCHOOL', 'MUNICIPALITY', 'BODY'] as const satisfies readonly Addressee[]
export const BASES = ['ANALYSIS', 'LIST', 'OTHER'] as const satisfies readonly Basis[]

export const RECOMMENDATION_STATUS_COLOR: Record<RecommendationStatus, string> = {
  ISSUED: 'info',
  ACCEPTED: 'primary',
  DONE: 'success',
  NOT_DONE: 'error',
}
export const ADDRESSEE_ICON: Record<Addressee, string> = {
  SCHOOL: 'mdi-school-outline',
  MUNICIPALITY: 'mdi-city-variant-outline',
  BODY: 'mdi-domain',
}

/** Done or not done: the addressee has reported, nothing more happens to it. */
export const isClosed = (status?: RecommendationStatus) => status === 'DONE' || status === 'NOT_DONE'
