import { api, unwrap, XLSX_TYPE } from '@/services/api'
import { fileNameFrom, saveBlob } from '@/services/download'
import type { Assessment, AssessmentImportResult, AssessmentInput, DeficitSummary, SchoolDeficits, TeacherAssessments } from './types'

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

/** One of region, municipality or school; none means the caller's own territory. */
export interface TerritoryQuery {
  regionId?: number
  municipalityId?: number
  schoolId?: number
  year?: number
}

export function teacherAssessments(teacherId: number): Promise<TeacherAssessments> {
  return unwrap(api.GET('/api/v1/teachers/{id}/assessments', { params: { path: { id: teacherId } } }))
}

export function createAssessment(teacherId: number, input: AssessmentInput): Promise<Assessment> {
  return unwrap(api.POST('/api/v1/teachers/{id}/assessments', { params: { path: { id: teacherId } }, body: input }))
}

export function updateAssessment(id: number, input: AssessmentInput): Promise<Assessment> {
  return unwrap(api.PUT('/api/v1/assessments/{id}', { params: { path: { id } }, body: input }))
}

export async function deleteAssessment(id: number, version: number): Promise<void> {
  await unwrap(api.DELETE('/api/v1/assessments/{id}', { params: { path: { id }, query: { version } } }))
}

export function deficitSummary(query: TerritoryQuery): Promise<DeficitSummary> {
  return unwrap(api.GET('/api/v1/deficits/summary', { params: { query } }))
}

export function schoolDeficits(schoolId: number): Promise<SchoolDeficits> {
  return unwrap(api.GET('/api/v1/schools/{id}/deficits', { params: { path: { id: schoolId } } }))
}

export async function exportDeficitSummary(query: TerritoryQuery): Promise<void> {
  const call = api.GET('/api/v1/deficits/summary/export', { params: { query }, parseAs: 'blob' })
  const blob = (await unwrap(call)) as Blob
  const { response } = await call
  saveBlob(blob, fileNameFrom(response.headers.get('Content-Disposition'), 'deficits.xlsx'))
}

export async function downloadAssessmentTemplate(): Promise<void> {
  const call = api.GET('/api/v1/assessments/template', { parseAs: 'blob' })
  const blob = (await unwrap(call)) as Blob
  const { response } = await call
  saveBlob(blob, fileNameFrom(response.headers.get('Content-Disposition'), 'assessments-template.xlsx'))
}

/** Uploads the sheet as the raw request body. Throws ApiProblem 422 (row errors) or 413 (too large). */
export function importAssessments(file: Blob): Promise<AssessmentImportResult> {
  return unwrap(
    api.POST('/api/v1/assessments/import', {
      // The generated type says string (format: binary); the body is the file's bytes as they are.
      body: file as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': XLSX_TYPE },
    }),
  )
}
