import type { components } from '@/services/schema'

/** Risk profile types, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']

export type RiskLevel = Schemas['RiskLevel']
export type RiskProfile = Schemas['RiskProfile']
export type RiskFactorResult = Schemas['RiskFactorResult']
export type RiskCheck = Schemas['RiskCheck']
export type RiskCampaign = Schemas['RiskCampaignRef']
export type RiskAssessmentInput = Schemas['RiskAssessmentInput']
export type RiskFactor = Schemas['RiskFactor']
export type RiskFactorInput = Schemas['RiskFactorInput']
export type RiskCondition = Schemas['RiskCondition']

/** The levels a school may give, lowest first; NO_DATA only confirms a factor that has no data. */
export const RISK_LEVELS = ['NONE', 'LOW', 'MEDIUM', 'HIGH'] as const satisfies readonly RiskLevel[]
