import type { components, paths } from '@/services/schema'

/** Types of the lists of ШНОР and ШНСУ, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export type ListKind = Schemas['ListKind']
export type ListStatus = Schemas['SchoolListStatus']
export type ListSource = Schemas['ListEntrySource']
export type Operator = Schemas['Operator']
export type RuleCondition = Schemas['RuleCondition']
export type IdentificationRule = Schemas['IdentificationRule']
export type IdentificationRuleInput = Schemas['IdentificationRuleInput']
export type SchoolList = Schemas['SchoolList']
export type SchoolListSummary = Schemas['SchoolListSummary']
export type SchoolListEntry = Schemas['SchoolListEntry']
export type SchoolListInput = Schemas['SchoolListInput']
export type SchoolListHistoryItem = Schemas['SchoolListHistoryItem']
export type ListEvidence = Schemas['ListEntryEvidence']
export type ListCheck = Schemas['ListEntryCheck']
export type ListApproval = Schemas['ListApproval']
export type ListEntryDecision = Schemas['ListEntryDecision']
export type IdentificationRulePage = Schemas['PageResponseIdentificationRule']
export type IdentificationRuleQuery = Query<'/api/v1/identification-rules'>
export type SchoolListPage = Schemas['PageResponseSchoolListSummary']
export type SchoolListQuery = Query<'/api/v1/school-lists'>

export const LIST_KINDS = ['LOW_RESULTS', 'UNFAVOURABLE_CONDITIONS'] as const satisfies readonly ListKind[]
export const LIST_STATUSES = ['DRAFT', 'APPROVED'] as const satisfies readonly ListStatus[]
export const OPERATORS = ['GT', 'GE', 'LT', 'LE'] as const satisfies readonly Operator[]
