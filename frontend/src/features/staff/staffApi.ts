import { api, unwrap, XLSX_TYPE } from '@/services/api'
import { fileNameFrom, saveBlob } from '@/services/download'
import type { ImportResult } from '@/services/types'
import type { SchoolStaff, Teacher, TeacherArchiveInput, TeacherInput, TeacherPage, TeacherQuery } from './types'

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

/** A page of the teachers in scope (by default those who work, by surname). */
export const listTeachers = (query: TeacherQuery = {}): Promise<TeacherPage> => unwrap(api.GET('/api/v1/teachers', { params: { query } }))
/** A school's staff at a glance, with `actions` telling whether the caller keeps it. */
export const getSchoolStaff = (schoolId: number): Promise<SchoolStaff> =>
  unwrap(api.GET('/api/v1/schools/{schoolId}/teachers', { params: { path: { schoolId } } }))
/** A teacher's card; the server writes the read to the audit. */
export const getTeacher = (id: number): Promise<Teacher> => unwrap(api.GET('/api/v1/teachers/{id}', { params: { path: { id } } }))
export const createTeacher = (schoolId: number, input: TeacherInput): Promise<Teacher> =>
  unwrap(api.POST('/api/v1/schools/{schoolId}/teachers', { params: { path: { schoolId } }, body: input }))
/** 409 for a stale version, 400 with the fields for bad input. */
export const updateTeacher = (id: number, input: TeacherInput): Promise<Teacher> =>
  unwrap(api.PUT('/api/v1/teachers/{id}', { params: { path: { id } }, body: input }))
export const archiveTeacher = (id: number, input: TeacherArchiveInput): Promise<Teacher> =>
  unwrap(api.POST('/api/v1/teachers/{id}/archive', { params: { path: { id } }, body: input }))
export const restoreTeacher = (id: number, version: number): Promise<Teacher> =>
  unwrap(api.POST('/api/v1/teachers/{id}/restore', { params: { path: { id } }, body: { version } }))

/** The filtered list as XLSX; the file name is the server's. */
export async function exportTeachers(query: Omit<TeacherQuery, 'page' | 'size'>): Promise<string> {
  const call = api.GET('/api/v1/teachers/export', { params: { query }, parseAs: 'blob' })
  const blob = (await unwrap(call)) as unknown as Blob
  const { response } = await call
  const name = fileNameFrom(response.headers.get('Content-Disposition'), 'teachers.xlsx')
  saveBlob(blob, name)
  return name
}

export async function downloadStaffTemplate(schoolId: number): Promise<void> {
  const call = api.GET('/api/v1/schools/{schoolId}/teachers/template', { params: { path: { schoolId } }, parseAs: 'blob' })
  const blob = (await unwrap(call)) as unknown as Blob
  const { response } = await call
  saveBlob(blob, fileNameFrom(response.headers.get('Content-Disposition'), 'teachers-template.xlsx'))
}

/** Uploads the sheet as the raw request body. Throws ApiProblem 422 (row errors) or 413 (too large). */
export function importTeachers(schoolId: number, file: Blob): Promise<ImportResult> {
  return unwrap(
    api.POST('/api/v1/schools/{schoolId}/teachers/import', {
      params: { path: { schoolId } },
      // The generated type says string (format: binary); the body is the file's bytes as they are.
      body: file as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': XLSX_TYPE },
    }),
  )
}
