import { api, unwrap } from '@/services/api'
import type { SchoolDossier } from './types'

/** Everything about a school in one answer, each block within the caller's scope. */
export function getSchoolDossier(id: number): Promise<SchoolDossier> {
  return unwrap(api.GET('/api/v1/schools/{id}/dossier', { params: { path: { id } } }))
}
