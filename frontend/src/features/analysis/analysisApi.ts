import { api, unwrap } from '@/services/api'
import { saveResponse, type DocumentFormat } from '@/services/download'
import type {
  AnalysisRun,
  AnalysisRunSummary,
  AnalysisSchool,
  AnalysisSchoolPage,
  AnalysisSchoolQuery,
  AnalysisSettings,
} from './types'

/** The campaign's runs, newest first. */
export const listAnalyses = (campaignId: number): Promise<AnalysisRunSummary[]> =>
  unwrap(api.GET('/api/v1/campaigns/{id}/analyses', { params: { path: { id: campaignId } } }))

/** Runs the analysis (201 with the run). Throws ApiProblem 400 with field errors for bad settings, 409 for a draft. */
export const runAnalysis = (campaignId: number, settings: AnalysisSettings): Promise<AnalysisRun> =>
  unwrap(api.POST('/api/v1/campaigns/{id}/analyses', { params: { path: { id: campaignId } }, body: settings }))

export const getAnalysis = (runId: number): Promise<AnalysisRun> => unwrap(api.GET('/api/v1/analyses/{id}', { params: { path: { id: runId } } }))

/** The ranked table of a run: the caller's schools only. */
export const listAnalysisSchools = (runId: number, query: AnalysisSchoolQuery): Promise<AnalysisSchoolPage> =>
  unwrap(api.GET('/api/v1/analyses/{id}/schools', { params: { path: { id: runId }, query } }))

export const getAnalysisSchool = (runId: number, schoolId: number): Promise<AnalysisSchool> =>
  unwrap(api.GET('/api/v1/analyses/{id}/schools/{schoolId}', { params: { path: { id: runId, schoolId } } }))

/** The information letter on the campaign's results, from its latest analysis. */
export const downloadCampaignLetter = (campaignId: number, format: DocumentFormat) =>
  saveResponse(
    api.GET('/api/v1/campaigns/{id}/letter', { params: { path: { id: campaignId }, query: { format } }, parseAs: 'blob' }),
    `campaign-${campaignId}-letter.${format}`,
  )
