import type { components, paths } from '@/services/schema'

/** Analysis types, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export type AnalysisSettings = Schemas['AnalysisSettings']
export type AnalysisRun = Schemas['AnalysisRun']
export type AnalysisRunSummary = Schemas['AnalysisRunSummary']
export type AnalysisSchoolRow = Schemas['AnalysisSchoolRow']
export type AnalysisSchool = Schemas['AnalysisSchool']
export type AnalysisIndicatorResult = Schemas['AnalysisIndicatorResult']
export type AnalysisCluster = Schemas['Cluster']
export type Distribution = Schemas['Distribution']
export type IndicatorRef = Schemas['IndicatorRef']
export type Signal = Schemas['Signal']
export type Position = Schemas['Position']
export type ComparisonGroup = Schemas['ComparisonGroup']
export type IndicatorCategory = Schemas['IndicatorCategory']

export type AnalysisSchoolPage = Schemas['PageResponseAnalysisSchoolRow']
export type AnalysisSchoolQuery = Query<'/api/v1/analyses/{id}/schools'>

/** Positions in the order they are shown: tiles, filters, legends. */
export const POSITIONS = ['STRONG', 'MIDDLE', 'WEAK', 'INSUFFICIENT_DATA'] as const satisfies readonly Position[]
export const COMPARISONS = ['CLUSTER', 'MUNICIPALITY', 'REGION'] as const satisfies readonly ComparisonGroup[]
/** The categories that carry a weight in the composite index (context is never judged). */
export const WEIGHTED_CATEGORIES = ['RESULTS', 'STAFF', 'CONDITIONS', 'MANAGEMENT', 'OBJECTIVITY'] as const satisfies readonly IndicatorCategory[]
export type WeightedCategory = (typeof WEIGHTED_CATEGORIES)[number]
