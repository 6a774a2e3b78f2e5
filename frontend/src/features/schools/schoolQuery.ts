import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { sortParam, type TableSort } from '@/composables/useTablePaging'
import { SCHOOL_TYPES, SETTLEMENTS, type SchoolQuery, type SchoolType, type Settlement } from '@/services/types'

/** Fields the API sorts the school list by. */
export const SORTABLE = ['shortName', 'fullName', 'type', 'settlement', 'pupils', 'teachers', 'municipalityName', 'updatedAt'] as const
export type SortKey = (typeof SORTABLE)[number]
export type SortItem = TableSort

export const DEFAULT_SIZE = 25

/** What the school list shows: the URL query holds exactly this, so a link reproduces the view. */
export interface RegistryState {
  /** 1-based, as people count pages. */
  page: number
  size: number
  sort: SortItem[]
  regionId?: number
  municipalityId?: number
  type?: NonNullable<SchoolType>
  settlement?: NonNullable<Settlement>
  q?: string
}

export const EMPTY_STATE: RegistryState = { page: 1, size: DEFAULT_SIZE, sort: [] }

const first = (v: LocationQuery[string] | undefined): string | undefined => {
  const value = Array.isArray(v) ? v[0] : v
  return value == null || value === '' ? undefined : value
}

const positiveInt = (v: string | undefined): number | undefined => {
  if (!v || !/^\d+$/.test(v)) return undefined
  const n = Number(v)
  return n > 0 ? n : undefined
}

function oneOf<T extends string>(values: readonly T[], v: string | undefined): T | undefined {
  return values.find((x) => x === v)
}

/** Reads the list state from the URL query, ignoring anything malformed. */
export function stateFromQuery(query: LocationQuery): RegistryState {
  const size = positiveInt(first(query.size))
  const sort = (first(query.sort) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s): SortItem => (s.startsWith('-') ? { key: s.slice(1), order: 'desc' } : { key: s, order: 'asc' }))
    .filter((s) => (SORTABLE as readonly string[]).includes(s.key))
  return {
    page: positiveInt(first(query.page)) ?? 1,
    size: size && size <= 500 ? size : DEFAULT_SIZE,
    sort,
    regionId: positiveInt(first(query.regionId)),
    municipalityId: positiveInt(first(query.municipalityId)),
    type: oneOf(SCHOOL_TYPES, first(query.type)),
    settlement: oneOf(SETTLEMENTS, first(query.settlement)),
    q: first(query.q)?.trim() || undefined,
  }
}

/** The URL query for a state; defaults are left out so that links stay short. */
export function queryFromState(state: RegistryState): LocationQueryRaw {
  const query: Record<string, string> = {}
  if (state.page > 1) query.page = String(state.page)
  if (state.size !== DEFAULT_SIZE) query.size = String(state.size)
  const sort = sortParam(state.sort)
  if (sort) query.sort = sort
  if (state.regionId) query.regionId = String(state.regionId)
  if (state.municipalityId) query.municipalityId = String(state.municipalityId)
  if (state.type) query.type = state.type
  if (state.settlement) query.settlement = state.settlement
  if (state.q) query.q = state.q
  return query
}

/** The filters alone (for export and for counting): no paging. */
export function filtersToApi(state: RegistryState): Omit<SchoolQuery, 'page' | 'size'> {
  const query: Omit<SchoolQuery, 'page' | 'size'> = {}
  if (state.regionId) query.regionId = state.regionId
  if (state.municipalityId) query.municipalityId = state.municipalityId
  if (state.type) query.type = state.type
  if (state.settlement) query.settlement = state.settlement
  if (state.q) query.q = state.q
  const sort = sortParam(state.sort)
  if (sort) query.sort = sort
  return query
}

/** The API query for a state: 0-based page. */
export function stateToApi(state: RegistryState): SchoolQuery {
  return { ...filtersToApi(state), page: state.page - 1, size: state.size }
}

export function hasFilters(state: RegistryState): boolean {
  return Boolean(state.regionId || state.municipalityId || state.type || state.settlement || state.q)
}
