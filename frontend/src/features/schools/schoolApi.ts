import { api, unwrap, XLSX_TYPE } from '@/services/api'
import { fileNameFrom, saveBlob } from '@/services/download'
import type { ExportQuery, ImportResult, School, SchoolInput, SchoolPage, SchoolQuery } from '@/services/types'

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

export function listSchools(query: SchoolQuery): Promise<SchoolPage> {
  return unwrap(api.GET('/api/v1/schools', { params: { query } }))
}

export function getSchool(id: number): Promise<School> {
  return unwrap(api.GET('/api/v1/schools/{id}', { params: { path: { id } } }))
}

export function createSchool(input: SchoolInput): Promise<School> {
  return unwrap(api.POST('/api/v1/schools', { body: input }))
}

export function updateSchool(id: number, input: SchoolInput): Promise<School> {
  return unwrap(api.PUT('/api/v1/schools/{id}', { params: { path: { id } }, body: input }))
}

/** Downloads the filtered list; the file name is the server's (Content-Disposition). */
export async function exportSchools(format: 'csv' | 'xlsx', query: Omit<ExportQuery, 'format'>): Promise<string> {
  const call = api.GET('/api/v1/schools/export', { params: { query: { ...query, format } }, parseAs: 'blob' })
  const blob = (await unwrap(call)) as Blob
  const { response } = await call
  const name = fileNameFrom(response.headers.get('Content-Disposition'), `schools.${format}`)
  saveBlob(blob, name)
  return name
}

export async function downloadImportTemplate(): Promise<void> {
  const call = api.GET('/api/v1/schools/import/template', { parseAs: 'blob' })
  const blob = (await unwrap(call)) as Blob
  const { response } = await call
  saveBlob(blob, fileNameFrom(response.headers.get('Content-Disposition'), 'schools-template.xlsx'))
}

/** Uploads the sheet as the raw request body. Throws ApiProblem 422 (row errors) or 413 (too large). */
export function importSchools(file: Blob): Promise<ImportResult> {
  return unwrap(
    api.POST('/api/v1/schools/import', {
      // The generated type says string (format: binary); the body is the file's bytes as they are.
      body: file as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': XLSX_TYPE },
    }),
  )
}
