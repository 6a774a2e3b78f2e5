import { api, unwrap } from '@/services/api'
import { fileNameFrom, saveBlob } from '@/services/download'
import type { TeacherTrainings, Training, TrainingDue, TrainingInput, TrainingQuery, TrainingSummary } from './types'

export const teacherTrainings = (teacherId: number): Promise<TeacherTrainings> =>
  unwrap(api.GET('/api/v1/teachers/{teacherId}/trainings', { params: { path: { teacherId } } }))

export const planTraining = (teacherId: number, body: TrainingInput): Promise<Training> =>
  unwrap(api.POST('/api/v1/teachers/{teacherId}/trainings', { params: { path: { teacherId } }, body }))

/** One course for several teachers of the school: all of them or none. */
export const planGroupTraining = (schoolId: number, body: TrainingInput & { teacherIds: number[] }): Promise<Training[]> =>
  unwrap(api.POST('/api/v1/schools/{schoolId}/trainings', { params: { path: { schoolId } }, body }))

export const completeTraining = (id: number, completedOn: string, documentNumber: string, version: number): Promise<Training> =>
  unwrap(api.POST('/api/v1/trainings/{id}/complete', { params: { path: { id } }, body: { completedOn, documentNumber, version } }))

export const cancelTraining = (id: number, version: number, reason?: string): Promise<Training> =>
  unwrap(api.POST('/api/v1/trainings/{id}/cancel', { params: { path: { id } }, body: { reason: reason || undefined, version } }))

export const listTrainings = (query: TrainingQuery = {}) => unwrap(api.GET('/api/v1/trainings', { params: { query } }))

export const trainingDue = (query: { schoolId?: number; municipalityId?: number; regionId?: number; size?: number }) =>
  unwrap(api.GET('/api/v1/trainings/due', { params: { query } })) as Promise<{ items: TrainingDue[]; total: number }>

export const trainingSummary = (query: { regionId?: number; municipalityId?: number; year?: number }): Promise<TrainingSummary> =>
  unwrap(api.GET('/api/v1/trainings/summary', { params: { query } }))

export async function exportTrainingSummary(query: { regionId?: number; municipalityId?: number; year?: number }): Promise<string> {
  const call = api.GET('/api/v1/trainings/summary/export', { params: { query }, parseAs: 'blob' })
  const blob = (await unwrap(call)) as unknown as Blob
  const { response } = await call
  const name = fileNameFrom(response.headers.get('Content-Disposition'), 'training-summary.xlsx')
  saveBlob(blob, name)
  return name
}

export async function exportTrainings(query: TrainingQuery = {}): Promise<string> {
  const call = api.GET('/api/v1/trainings/export', { params: { query }, parseAs: 'blob' })
  const blob = (await unwrap(call)) as unknown as Blob
  const { response } = await call
  const name = fileNameFrom(response.headers.get('Content-Disposition'), 'trainings.xlsx')
  saveBlob(blob, name)
  return name
}
