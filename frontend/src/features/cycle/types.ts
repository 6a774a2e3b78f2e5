import type { components } from '@/services/schema'

/** The management cycle per municipality, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']

export type CycleMatrix = Schemas['CycleMatrix']
export type CycleRow = Schemas['CycleRow']
export type CycleCell = Schemas['CycleCell']
export type CycleLink = Schemas['CycleLink']
export type CycleCellState = Schemas['CycleCellState']
export type CyclePosition = Schemas['CyclePosition']
export type RegionOverview = components['schemas']['RegionOverview']
export type OverviewChange = components['schemas']['OverviewChange']
export type OverviewBehind = components['schemas']['OverviewBehind']
