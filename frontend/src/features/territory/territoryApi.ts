import { api, unwrap } from '@/services/api'
import type { paths } from '@/services/schema'

type QueryOf<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export const listRegions = (query: QueryOf<'/api/v1/regions'> = {}) => unwrap(api.GET('/api/v1/regions', { params: { query } }))
export const getRegion = (id: number) => unwrap(api.GET('/api/v1/regions/{id}', { params: { path: { id } } }))
export const listMunicipalities = (query: QueryOf<'/api/v1/municipalities'> = {}) =>
  unwrap(api.GET('/api/v1/municipalities', { params: { query } }))
export const getMunicipality = (id: number) => unwrap(api.GET('/api/v1/municipalities/{id}', { params: { path: { id } } }))
export const listBodies = (query: QueryOf<'/api/v1/bodies'> = {}) => unwrap(api.GET('/api/v1/bodies', { params: { query } }))
