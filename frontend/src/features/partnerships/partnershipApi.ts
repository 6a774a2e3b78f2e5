import { api, unwrap } from '@/services/api'
import { fileNameFrom, saveBlob } from '@/services/download'
import type { Partnership, PartnershipInput, PartnershipPage, PartnershipQuery, PartnershipTransitionInput, PartnerSuggestion } from './types'

/** A page of the partnerships in scope (by default the latest changed first). */
export const listPartnerships = (query: PartnershipQuery = {}): Promise<PartnershipPage> =>
  unwrap(api.GET('/api/v1/partnerships', { params: { query } }))
export const getPartnership = (id: number): Promise<Partnership> => unwrap(api.GET('/api/v1/partnerships/{id}', { params: { path: { id } } }))
/** Proposes a partner for a school with a weak position (201); 409 when the two already have one under way. */
export const createPartnership = (input: PartnershipInput): Promise<Partnership> => unwrap(api.POST('/api/v1/partnerships', { body: input }))
/** Moves the partnership on; 400 names the missing agreement, plan or comment; 409 for a stale version or a move not allowed. */
export const movePartnership = (id: number, input: PartnershipTransitionInput): Promise<Partnership> =>
  unwrap(api.POST('/api/v1/partnerships/{id}/transitions', { params: { path: { id } }, body: input }))

/** Strong schools suggested as partners for a school of a run: same cluster, nearest first, with reasons. */
export const suggestPartners = (runId: number, schoolId: number): Promise<PartnerSuggestion[]> =>
  unwrap(api.GET('/api/v1/analyses/{id}/schools/{schoolId}/partners', { params: { path: { id: runId, schoolId } } }))

/** «Общий план взаимодействия» as XLSX; the file name is the server's. */
export async function exportCombinedPlan(municipalityId?: number): Promise<string> {
  const call = api.GET('/api/v1/partnerships/plan', { params: { query: municipalityId != null ? { municipalityId } : {} }, parseAs: 'blob' })
  const blob = (await unwrap(call)) as unknown as Blob
  const { response } = await call
  const name = fileNameFrom(response.headers.get('Content-Disposition'), 'partnership-plan.xlsx')
  saveBlob(blob, name)
  return name
}
