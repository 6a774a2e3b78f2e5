import type { components, paths } from '@/services/schema'

/** Roadmap types, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export type RoadmapLevel = Schemas['RoadmapLevel']
export type RoadmapStatus = Schemas['RoadmapStatus']
export type MeasureStatus = Schemas['MeasureStatus']
export type ApprovalKind = Schemas['ApprovalKind']
export type Schedule = Schemas['Schedule']
export type DatePeriod = Schemas['DatePeriod']
export type RoadmapView = Schemas['RoadmapView']
export type RoadmapSummary = Schemas['RoadmapSummary']
export type MeasureView = Schemas['MeasureView']
export type MeasureResponsible = Schemas['MeasureResponsibleView']
export type PlanWarning = Schemas['PlanWarning']
export type RevisionSummary = Schemas['RoadmapRevisionSummary']
export type RoadmapInput = Schemas['RoadmapInput']
export type MeasureInput = Schemas['MeasureInput']
export type ResponsibleInput = Schemas['ResponsibleInput']
export type MeasureReport = Schemas['MeasureReportView']
export type FileInfo = Schemas['Info']
export type RoadmapPage = Schemas['PageResponseRoadmapSummary']
export type RoadmapQuery = Query<'/api/v1/roadmaps'>

export const ROADMAP_LEVELS = ['REGION', 'MUNICIPALITY', 'SCHOOL', 'PARTNERSHIP'] as const satisfies readonly RoadmapLevel[]
export const ROADMAP_STATUSES = ['DRAFT', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'ARCHIVED'] as const satisfies readonly RoadmapStatus[]
export const MEASURE_STATUSES = [
  'PLANNED', 'IN_PROGRESS', 'DONE', 'PARTLY_DONE', 'NOT_DONE', 'POSTPONED', 'CANCELLED',
] as const satisfies readonly MeasureStatus[]

/** Where a roadmap may go from each status (the server checks it too). */
export const NEXT_ROADMAP: Record<RoadmapStatus, RoadmapStatus[]> = {
  DRAFT: ['APPROVED'],
  APPROVED: ['IN_PROGRESS', 'ARCHIVED'],
  IN_PROGRESS: ['COMPLETED', 'ARCHIVED'],
  COMPLETED: ['ARCHIVED'],
  ARCHIVED: [],
}

/** Evidence files: what the server takes (checked there too). */
export const MAX_FILES = 5
export const MAX_FILE_BYTES = 10 * 1024 * 1024
export const EVIDENCE_ACCEPT = '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.txt,.csv,.png,.jpg,.jpeg'
