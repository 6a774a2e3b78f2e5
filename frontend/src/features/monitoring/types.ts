import type { components, paths } from '@/services/schema'

/**
 * Monitoring types, generated from openapi.yaml (src/services/schema.d.ts). Where the generated contract differs
 * from the spec, the generated one wins: MunicipalityProgress nests its counts, transitions are
 * CampaignTransition and reviews SubmissionReview.
 */
type Schemas = components['schemas']
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export type IndicatorCategory = Schemas['IndicatorCategory']
export type ValueType = Schemas['ValueType']
export type Direction = Schemas['Direction']
export type CampaignStatus = Schemas['CampaignStatus']
export type SchoolScope = Schemas['SchoolScope']
export type SubmissionStatus = Schemas['SubmissionStatus']
export type ReviewAction = Schemas['ReviewAction']
export type Respondent = Schemas['Respondent']

export type IndicatorView = Schemas['IndicatorView']
export type IndicatorInput = Schemas['IndicatorInput']
export type CampaignSummary = Schemas['CampaignSummary']
export type CampaignView = Schemas['CampaignView']
export type CampaignIndicator = Schemas['CampaignIndicator']
export type CampaignIndicatorInput = Schemas['CampaignIndicatorInput']
export type CampaignInput = Schemas['CampaignInput']
export type Transition = Schemas['CampaignTransition']
export type TransitionInput = Schemas['TransitionInput']
export type StatusCounts = Schemas['StatusCounts']
export type MunicipalityProgress = Schemas['MunicipalityProgress']
export type CampaignProgress = Schemas['CampaignProgress']
export type CellValue = Schemas['CellValue']
export type SchoolValues = Schemas['SchoolValues']
export type ValuesImportResult = Schemas['ValuesImportResult']
export type SubmissionSummary = Schemas['SubmissionSummary']
export type SubmittedValue = Schemas['SubmittedValue']
export type Review = Schemas['SubmissionReview']
export type SubmissionView = Schemas['SubmissionView']
export type ValueInput = Schemas['ValueInput']
export type SubmissionInput = Schemas['SubmissionInput']
export type ReviewInput = Schemas['ReviewInput']
export type MunicipalSubmissionView = Schemas['MunicipalSubmissionView']
export type MunicipalProgress = Schemas['MunicipalProgress']
export type MunicipalSubmissionSummary = Schemas['MunicipalSubmissionSummary']
/** A school's data or, in a campaign of municipalities, a municipality's: the same form, review and history. */
export type AnySubmissionView = SubmissionView | MunicipalSubmissionView

export type IndicatorPage = Schemas['PageResponseIndicatorView']
export type CampaignPage = Schemas['PageResponseCampaignSummary']
export type SubmissionPage = Schemas['PageResponseSubmissionSummary']

export type IndicatorQuery = Query<'/api/v1/indicators'>
export type CampaignQuery = Query<'/api/v1/campaigns'>
export type SubmissionQuery = Query<'/api/v1/submissions'>

export type SchoolValuesPage = Schemas['PageResponseSchoolValues']
export type ValuesQuery = Query<'/api/v1/campaigns/{id}/values'>

export const RESPONDENTS = ['SCHOOL', 'MUNICIPALITY'] as const satisfies readonly Respondent[]
export const CATEGORIES = ['RESULTS', 'OBJECTIVITY', 'CONTEXT', 'STAFF', 'CONDITIONS', 'MANAGEMENT'] as const satisfies readonly IndicatorCategory[]
export const VALUE_TYPES = ['PERCENT', 'COUNT', 'SCORE', 'BOOLEAN'] as const satisfies readonly ValueType[]
export const DIRECTIONS = ['HIGHER_BETTER', 'LOWER_BETTER', 'CONTEXT'] as const satisfies readonly Direction[]
export const CAMPAIGN_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED'] as const satisfies readonly CampaignStatus[]
export const SUBMISSION_STATUSES = ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'] as const satisfies readonly SubmissionStatus[]

/** The status a campaign moves to next (DRAFT → OPEN → CLOSED → PUBLISHED). */
export const NEXT_STATUS: Record<CampaignStatus, CampaignStatus | undefined> = {
  DRAFT: 'OPEN',
  OPEN: 'CLOSED',
  CLOSED: 'PUBLISHED',
  PUBLISHED: undefined,
}
