import { api, unwrap } from '@/services/api'
import { fileNameFrom, saveBlob } from '@/services/download'
import type { CycleMatrix, CycleRow, RegionOverview } from './types'

export interface CycleQuery {
  regionId?: number
  sort?: string
}

/** The matrix: an analyst's region, an administrator's chosen region (or the country), a coordinator's own row. */
export const cycleMatrix = (query: CycleQuery = {}): Promise<CycleMatrix> => unwrap(api.GET('/api/v1/cycle', { params: { query } }))

/** One municipality's row: what is done, what is missing and where to do it. */
export const municipalityCycle = (id: number): Promise<CycleRow> =>
  unwrap(api.GET('/api/v1/municipalities/{id}/cycle', { params: { path: { id } } }))

/** Downloads the matrix as XLSX, sorted as shown; returns the file name. */
export async function exportCycle(query: CycleQuery = {}): Promise<string> {
  const call = api.GET('/api/v1/cycle/export', { params: { query }, parseAs: 'blob' })
  const blob = (await unwrap(call)) as unknown as Blob
  const { response } = await call
  const name = fileNameFrom(response.headers.get('Content-Disposition'), 'cycle.xlsx')
  saveBlob(blob, name)
  return name
}

/** The region at a glance: what changed between its last two closed campaigns, and the municipalities behind. */
export const regionOverview = (id: number): Promise<RegionOverview> =>
  unwrap(api.GET('/api/v1/regions/{id}/overview', { params: { path: { id } } }))
