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
  AnySubmissionView,
  MunicipalProgress,
  MunicipalSubmissionView,
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

// A municipality's data in a campaign of municipalities

export const getMunicipalProgress = (id: number): Promise<MunicipalProgress> =>
  unwrap(api.GET('/api/v1/campaigns/{id}/municipalities', { params: { path: { id } } }))

const atMunicipality = (campaignId: number, municipalityId: number) => ({ path: { id: campaignId, municipalityId } })

export const getMunicipalSubmission = (campaignId: number, municipalityId: number): Promise<MunicipalSubmissionView> =>
  unwrap(api.GET('/api/v1/campaigns/{id}/municipalities/{municipalityId}/submission', { params: atMunicipality(campaignId, municipalityId) }))

/** Whether the data is a municipality's (else a school's). */
export const isMunicipal = (s: AnySubmissionView): s is MunicipalSubmissionView => 'municipalityId' in s && !('schoolId' in s)

/** Saves the values of a school's or a municipality's data, by whose it is. */
export const saveAnySubmission = (s: AnySubmissionView, input: SubmissionInput): Promise<AnySubmissionView> =>
  isMunicipal(s)
    ? unwrap(api.PUT('/api/v1/campaigns/{id}/municipalities/{municipalityId}/submission', {
        params: atMunicipality(s.campaignId ?? 0, s.municipalityId ?? 0),
        body: input,
      }))
    : saveSubmission(s.campaignId ?? 0, s.schoolId ?? 0, input)

export const submitAnySubmission = (s: AnySubmissionView, version: number): Promise<AnySubmissionView> =>
  isMunicipal(s)
    ? unwrap(api.POST('/api/v1/campaigns/{id}/municipalities/{municipalityId}/submission/submit', {
        params: atMunicipality(s.campaignId ?? 0, s.municipalityId ?? 0),
        body: { version },
      }))
    : submitSubmission(s.campaignId ?? 0, s.schoolId ?? 0, version)

export const reviewAnySubmission = (s: AnySubmissionView, input: ReviewInput): Promise<AnySubmissionView> =>
  isMunicipal(s)
    ? unwrap(api.POST('/api/v1/campaigns/{id}/municipalities/{municipalityId}/submission/review', {
        params: atMunicipality(s.campaignId ?? 0, s.municipalityId ?? 0),
        body: input,
      }))
    : reviewSubmission(s.campaignId ?? 0, s.schoolId ?? 0, input)
