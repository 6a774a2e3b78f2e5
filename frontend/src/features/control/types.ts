import type { components, paths } from '@/services/schema'

/** Decisions and control types, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export type DecisionKind = Schemas['DecisionKind']
export type AssignmentStatus = Schemas['AssignmentStatus']
export type ReviewStatus = Schemas['ReviewStatus']
export type DecisionView = Schemas['DecisionView']
export type DecisionSummary = Schemas['DecisionSummary']
export type DecisionPoint = Schemas['DecisionPoint']
export type PointAssignee = Schemas['PointAssignee']
export type DeadlineExtension = Schemas['DeadlineExtension']
export type ExecutionReport = Schemas['ExecutionReportView']
export type ExtensionInput = Schemas['ExtensionInput']
export type WorkItem = Schemas['WorkItem']
export type DecisionInput = Schemas['DecisionInput']
export type DecisionPage = Schemas['PageResponseDecisionSummary']
export type DecisionQuery = Query<'/api/v1/decisions'>

export const DECISION_KINDS = ['COLLEGIUM_DECISION', 'ORDER', 'RESOLUTION', 'PROTOCOL'] as const satisfies readonly DecisionKind[]

export const POINT_STATUS_COLOR: Record<AssignmentStatus, string> = {
  ASSIGNED: 'grey',
  IN_PROGRESS: 'primary',
  REPORTED: 'info',
  ACCEPTED: 'success',
  RETURNED: 'warning',
}
export const REVIEW_STATUS_COLOR: Record<ReviewStatus, string> = { SUBMITTED: 'info', ACCEPTED: 'success', RETURNED: 'warning' }

export type ControlDashboard = Schemas['ControlDashboard']
export type ControlCounts = Schemas['ControlCounts']
export type ControlRow = Schemas['ControlRow']
export type ControlQuery = Query<'/api/v1/control/dashboard'>
export type NotificationView = Schemas['NotificationView']
export type NotificationPage = Schemas['PageResponseNotificationView']
