import { api, unwrap } from '@/services/api'
import type { RiskAssessmentInput, RiskFactor, RiskFactorInput, RiskFactorPage, RiskFactorQuery, RiskProfile } from './types'

/** The school's profile on a campaign's handed-in values (default: the latest campaign). */
export const getRiskProfile = (schoolId: number, campaignId?: number): Promise<RiskProfile> =>
  unwrap(api.GET('/api/v1/schools/{id}/risk-profile', { params: { path: { id: schoolId }, query: campaignId != null ? { campaignId } : {} } }))

/**
 * Confirms the computed level (the same level) or corrects it (another level, with a comment); answers the whole
 * profile. Throws ApiProblem 409 when the assessment was changed meanwhile, 400 without a comment for a correction.
 */
export const assessRiskFactor = (schoolId: number, factorId: number, input: RiskAssessmentInput): Promise<RiskProfile> =>
  unwrap(api.PUT('/api/v1/schools/{id}/risk-profile/{factorId}', { params: { path: { id: schoolId, factorId } }, body: input }))

/** A page of the risk factors, by default in the region's order (everyone in scope reads them). */
export const listRiskFactors = (query: RiskFactorQuery): Promise<RiskFactorPage> => unwrap(api.GET('/api/v1/risk-factors', { params: { query } }))
/** A new factor, placed after the region's others (admin, the region's analysts; 403 for others). */
export const createRiskFactor = (input: RiskFactorInput): Promise<RiskFactor> => unwrap(api.POST('/api/v1/risk-factors', { body: input }))
/** Throws ApiProblem 409 when the factor was changed meanwhile (stale version), 400 with field errors for bad input. */
export const updateRiskFactor = (id: number, input: RiskFactorInput): Promise<RiskFactor> =>
  unwrap(api.PUT('/api/v1/risk-factors/{id}', { params: { path: { id } }, body: input }))
