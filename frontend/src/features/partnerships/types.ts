import type { components, paths } from '@/services/schema'

/** Partnership types, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export type PartnershipStatus = Schemas['PartnershipStatus']
export type Partnership = Schemas['Partnership']
export type PartnershipInput = Schemas['PartnershipInput']
export type PartnershipTransition = Schemas['PartnershipTransition']
export type PartnershipTransitionInput = Schemas['PartnershipTransitionInput']
export type PartnerSuggestion = Schemas['PartnerSuggestion']
export type PartnershipQuery = Query<'/api/v1/partnerships'>
export type PartnershipPage = Schemas['PageResponsePartnership']

export const PARTNERSHIP_STATUSES = ['PROPOSED', 'AGREED', 'PLAN_SUBMITTED', 'APPROVED', 'ACTIVE', 'CLOSED'] as const satisfies readonly PartnershipStatus[]
