import type { components, paths } from '@/services/schema'

/** Risk profile types, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export type RiskLevel = Schemas['RiskLevel']
export type RiskProfile = Schemas['RiskProfile']
export type RiskFactorResult = Schemas['RiskFactorResult']
export type RiskCheck = Schemas['RiskCheck']
export type RiskCampaign = Schemas['RiskCampaignRef']
export type RiskAssessmentInput = Schemas['RiskAssessmentInput']
export type RiskFactor = Schemas['RiskFactor']
export type RiskFactorInput = Schemas['RiskFactorInput']
export type RiskCondition = Schemas['RiskCondition']
export type RiskFactorPage = Schemas['PageResponseRiskFactor']
export type RiskFactorQuery = Query<'/api/v1/risk-factors'>

/** The levels a school may give, lowest first; NO_DATA only confirms a factor that has no data. */
export const RISK_LEVELS = ['NONE', 'LOW', 'MEDIUM', 'HIGH'] as const satisfies readonly RiskLevel[]
