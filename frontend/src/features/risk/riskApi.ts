import { api, unwrap } from '@/services/api'
import type { RiskAssessmentInput, RiskProfile } from './types'

/** The school's profile on a campaign's handed-in values (default: the latest campaign). */
export const getRiskProfile = (schoolId: number, campaignId?: number): Promise<RiskProfile> =>
  unwrap(api.GET('/api/v1/schools/{id}/risk-profile', { params: { path: { id: schoolId }, query: campaignId != null ? { campaignId } : {} } }))

/**
 * Confirms the computed level (the same level) or corrects it (another level, with a comment); answers the whole
 * profile. Throws ApiProblem 409 when the assessment was changed meanwhile, 400 without a comment for a correction.
 */
export const assessRiskFactor = (schoolId: number, factorId: number, input: RiskAssessmentInput): Promise<RiskProfile> =>
  unwrap(api.PUT('/api/v1/schools/{id}/risk-profile/{factorId}', { params: { path: { id: schoolId, factorId } }, body: input }))

