import { api, unwrap, XLSX_TYPE } from '@/services/api'
import { fileNameFrom, saveBlob } from '@/services/download'
import type {
  CampaignInput,
  CampaignPage,
  CampaignProgress,
  CampaignQuery,
  CampaignStatus,
  CampaignView,
  IndicatorInput,
  IndicatorPage,
  IndicatorQuery,
  IndicatorView,
  ReviewInput,
  SchoolValuesPage,
  SubmissionInput,
  SubmissionPage,
  SubmissionQuery,
  SubmissionView,
  ValuesImportResult,
  ValuesQuery,
} from './types'

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

// Indicators

export const listIndicators = (query: IndicatorQuery): Promise<IndicatorPage> => unwrap(api.GET('/api/v1/indicators', { params: { query } }))
export const getIndicator = (id: number): Promise<IndicatorView> => unwrap(api.GET('/api/v1/indicators/{id}', { params: { path: { id } } }))
export const createIndicator = (input: IndicatorInput): Promise<IndicatorView> => unwrap(api.POST('/api/v1/indicators', { body: input }))
export const updateIndicator = (id: number, input: IndicatorInput): Promise<IndicatorView> =>
  unwrap(api.PUT('/api/v1/indicators/{id}', { params: { path: { id } }, body: input }))
/** A new revision (new id, revision + 1) of an indicator a running campaign uses; the old one is retired. */
export const reviseIndicator = (id: number, input: IndicatorInput): Promise<IndicatorView> =>
  unwrap(api.POST('/api/v1/indicators/{id}/revisions', { params: { path: { id } }, body: input }))

// Campaigns

export const listCampaigns = (query: CampaignQuery): Promise<CampaignPage> => unwrap(api.GET('/api/v1/campaigns', { params: { query } }))
export const getCampaign = (id: number): Promise<CampaignView> => unwrap(api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } }))
export const createCampaign = (input: CampaignInput): Promise<CampaignView> => unwrap(api.POST('/api/v1/campaigns', { body: input }))
export const updateCampaign = (id: number, input: CampaignInput): Promise<CampaignView> =>
  unwrap(api.PUT('/api/v1/campaigns/{id}', { params: { path: { id } }, body: input }))
export const moveCampaign = (id: number, to: CampaignStatus, version: number): Promise<CampaignView> =>
  unwrap(api.POST('/api/v1/campaigns/{id}/transitions', { params: { path: { id } }, body: { to, version } }))
export const getProgress = (id: number): Promise<CampaignProgress> =>
  unwrap(api.GET('/api/v1/campaigns/{id}/progress', { params: { path: { id } } }))
export const listValues = (id: number, query: ValuesQuery): Promise<SchoolValuesPage> =>
  unwrap(api.GET('/api/v1/campaigns/{id}/values', { params: { path: { id }, query } }))

/** Hands a fetched file to the browser under the server's name (Content-Disposition), or `fallback`. */
async function download(call: Promise<{ data?: unknown; error?: unknown; response: Response }>, fallback: string): Promise<string> {
  const blob = (await unwrap(call)) as Blob
  const { response } = await call
  const name = fileNameFrom(response.headers.get('Content-Disposition'), fallback)
  saveBlob(blob, name)
  return name
}

/** Downloads the campaign's values (long format, rows in the caller's scope). */
export const exportValues = (id: number, format: 'csv' | 'xlsx') =>
  download(
    api.GET('/api/v1/campaigns/{id}/values/export', { params: { path: { id }, query: { format } }, parseAs: 'blob' }),
    `campaign-${id}-values.${format}`,
  )

/** The XLSX template: schools × indicators of the campaign. */
export const downloadTemplate = (id: number) =>
  download(api.GET('/api/v1/campaigns/{id}/template', { params: { path: { id } }, parseAs: 'blob' }), `campaign-${id}-template.xlsx`)

/** Uploads a filled template as the raw body. Throws ApiProblem 422 (row errors, nothing written) or 413. */
export const importValues = (id: number, file: Blob): Promise<ValuesImportResult> =>
  unwrap(
    api.POST('/api/v1/campaigns/{id}/import', {
      params: { path: { id } },
      // The generated type says string (format: binary); the body is the file's bytes as they are.
      body: file as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': XLSX_TYPE },
    }),
  )

// Submissions

export const listSubmissions = (query: SubmissionQuery): Promise<SubmissionPage> =>
  unwrap(api.GET('/api/v1/submissions', { params: { query } }))

const at = (campaignId: number, schoolId: number) => ({ path: { id: campaignId, schoolId } })

export const getSubmission = (campaignId: number, schoolId: number): Promise<SubmissionView> =>
  unwrap(api.GET('/api/v1/campaigns/{id}/schools/{schoolId}/submission', { params: at(campaignId, schoolId) }))
export const saveSubmission = (campaignId: number, schoolId: number, input: SubmissionInput): Promise<SubmissionView> =>
  unwrap(api.PUT('/api/v1/campaigns/{id}/schools/{schoolId}/submission', { params: at(campaignId, schoolId), body: input }))
export const submitSubmission = (campaignId: number, schoolId: number, version: number): Promise<SubmissionView> =>
  unwrap(api.POST('/api/v1/campaigns/{id}/schools/{schoolId}/submission/submit', { params: at(campaignId, schoolId), body: { version } }))
export const reviewSubmission = (campaignId: number, schoolId: number, input: ReviewInput): Promise<SubmissionView> =>
  unwrap(api.POST('/api/v1/campaigns/{id}/schools/{schoolId}/submission/review', { params: at(campaignId, schoolId), body: input }))
