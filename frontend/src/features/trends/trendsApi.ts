import { api, unwrap } from '@/services/api'
import { fileNameFrom, saveBlob } from '@/services/download'
import type { MunicipalityComparison, Trend } from './types'

export interface TrendQuery {
  indicatorId?: number
  indicator?: 'composite'
  regionId?: number
  municipalityId?: number
  cluster?: number
  schoolId?: number
}

/** An indicator (or the composite) of a group across campaigns; with no group, the caller's own. */
export const getTrend = (query: TrendQuery): Promise<Trend> => unwrap(api.GET('/api/v1/trends', { params: { query } }))

export const municipalityComparison = (id: number, sort?: string): Promise<MunicipalityComparison> =>
  unwrap(api.GET('/api/v1/campaigns/{id}/municipality-comparison', { params: { path: { id }, query: { sort } } }))

/** Downloads the comparison as XLSX, sorted as shown; returns the file name. */
export async function exportComparison(id: number, sort?: string): Promise<string> {
  const call = api.GET('/api/v1/campaigns/{id}/municipality-comparison.xlsx', { params: { path: { id }, query: { sort } }, parseAs: 'blob' })
  const blob = (await unwrap(call)) as unknown as Blob
  const { response } = await call
  const name = fileNameFrom(response.headers.get('Content-Disposition'), 'municipality-comparison.xlsx')
  saveBlob(blob, name)
  return name
}
