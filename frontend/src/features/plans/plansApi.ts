import { api, unwrap } from '@/services/api'
import { fileNameFrom, saveBlob, saveResponse, type DocumentFormat } from '@/services/download'
import type {
  MeasureReport,
  MeasureStatus,
  RoadmapInput,
  RoadmapPage,
  RoadmapQuery,
  RoadmapStatus,
  RoadmapView,
} from './types'

export const listRoadmaps = (query: RoadmapQuery): Promise<RoadmapPage> => unwrap(api.GET('/api/v1/roadmaps', { params: { query } }))
export const getRoadmap = (id: number): Promise<RoadmapView> => unwrap(api.GET('/api/v1/roadmaps/{id}', { params: { path: { id } } }))
export const createRoadmap = (input: RoadmapInput): Promise<RoadmapView> => unwrap(api.POST('/api/v1/roadmaps', { body: input }))
export const updateRoadmap = (id: number, input: RoadmapInput): Promise<RoadmapView> =>
  unwrap(api.PUT('/api/v1/roadmaps/{id}', { params: { path: { id } }, body: input }))
/** «Внести корректировку»: an approved roadmap changes only with a reason, as a new version. */
export const correctRoadmap = (id: number, reason: string, roadmap: RoadmapInput): Promise<RoadmapView> =>
  unwrap(api.POST('/api/v1/roadmaps/{id}/corrections', { params: { path: { id } }, body: { reason, roadmap } }))
export const moveRoadmap = (id: number, to: RoadmapStatus, version: number): Promise<RoadmapView> =>
  unwrap(api.POST('/api/v1/roadmaps/{id}/transitions', { params: { path: { id } }, body: { to, version } }))
/** The roadmap as it stood at a version: 0 as approved, then after each correction. */
export const getRevision = (id: number, number: number): Promise<RoadmapView> =>
  unwrap(api.GET('/api/v1/roadmaps/{id}/revisions/{number}', { params: { path: { id, number } } }))

export const listMeasureReports = (id: number, measureId: number): Promise<MeasureReport[]> =>
  unwrap(api.GET('/api/v1/roadmaps/{id}/measures/{measureId}/reports', { params: { path: { id, measureId } } }))

export interface ReportFields {
  text: string
  status?: MeasureStatus | null
  occurrenceDue?: string | null
  files: File[]
}

/** The multipart body of a report: text, status and occurrenceDue when given, one `files` part per file. */
export function reportForm(fields: ReportFields): FormData {
  const form = new FormData()
  form.append('text', fields.text)
  if (fields.status) form.append('status', fields.status)
  if (fields.occurrenceDue) form.append('occurrenceDue', fields.occurrenceDue)
  for (const file of fields.files) form.append('files', file, file.name)
  return form
}

/** Sends a FormData as it is: the browser writes the multipart boundary into Content-Type. */
export const multipart = { bodySerializer: (body: unknown) => body as FormData }

export const reportOnMeasure = (id: number, measureId: number, fields: ReportFields): Promise<MeasureReport> =>
  unwrap(
    api.POST('/api/v1/roadmaps/{id}/measures/{measureId}/reports', {
      params: { path: { id, measureId } },
      // The generated type describes the parts; the body is the FormData itself.
      body: reportForm(fields) as never,
      ...multipart,
    }),
  )

/** Downloads an evidence file (the API wants the bearer token, so no plain link). */
export async function downloadEvidence(id: number, fallback: string): Promise<string> {
  const call = api.GET('/api/v1/evidence/{id}', { params: { path: { id } }, parseAs: 'blob' })
  const blob = (await unwrap(call)) as Blob
  const { response } = await call
  const name = fileNameFrom(response.headers.get('Content-Disposition'), fallback)
  saveBlob(blob, name)
  return name
}

/** The roadmap as its document: approval stamp, title, the table of measures, abbreviations. */
export const downloadRoadmapDocument = (id: number, format: DocumentFormat) =>
  saveResponse(api.GET('/api/v1/roadmaps/{id}/document', { params: { path: { id }, query: { format } }, parseAs: 'blob' }), `roadmap-${id}.${format}`)

/** The annual analytical information on the roadmap, for the last finished year of its period. */
export const downloadAnnualReport = (id: number, format: DocumentFormat) =>
  saveResponse(
    api.GET('/api/v1/roadmaps/{id}/annual-report', { params: { path: { id }, query: { format } }, parseAs: 'blob' }),
    `roadmap-${id}-annual-report.${format}`,
  )

/** The decision points that control the roadmap or its measures (served by control, which sits above plans). */
export const listControllingPoints = (id: number) =>
  unwrap(api.GET('/api/v1/roadmaps/{id}/controlling-points', { params: { path: { id } } }))
