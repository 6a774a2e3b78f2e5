import type { components } from '@/services/schema'

/** Trends and the comparison of municipalities, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']

export type Trend = Schemas['Trend']
export type TrendPoint = Schemas['TrendPoint']
export type TrendChange = Schemas['TrendChange']
export type Spread = Schemas['Spread']
export type Interval = Schemas['Interval']
export type MunicipalityComparison = Schemas['MunicipalityComparison']
export type ComparisonRow = Schemas['ComparisonRow']
export type ComparisonScore = Schemas['ComparisonScore']
