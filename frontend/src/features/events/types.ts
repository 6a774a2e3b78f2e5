import type { components } from '@/services/schema'

/** Event types, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']

export type WorkKind = Schemas['WorkKind']
export type EventView = Schemas['EventView']
export type EventInput = Schemas['EventInput']
export type EventParticipantInput = Schemas['EventParticipantInput']
export type EventPage = Schemas['PageResponseEventView']

export const WORK_KINDS = [
  'MEETING', 'INTERVIEW', 'SEMINAR', 'VISIT', 'COURSE', 'DOCUMENT', 'MONITORING', 'OTHER',
] as const satisfies readonly WorkKind[]

/** Where an event is recorded: a measure of a roadmap, or a point of a decision. */
export type EventOwner = { roadmapId: number; measureId: number } | { decisionId: number; pointId: number }
