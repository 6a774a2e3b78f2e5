import { api, unwrap } from '@/services/api'
import { fileNameFrom, saveBlob, saveResponse, type DocumentFormat } from '@/services/download'
import { multipart, reportForm, type ReportFields } from '@/features/plans/plansApi'
import type { ControlDashboard, ControlQuery, NotificationPage, NotificationView, DecisionInput, DecisionPage, DecisionQuery, DecisionView, ExecutionReport, ExtensionInput, WorkItem } from './types'

export const listDecisions = (query: DecisionQuery): Promise<DecisionPage> => unwrap(api.GET('/api/v1/decisions', { params: { query } }))
export const getDecision = (id: number): Promise<DecisionView> => unwrap(api.GET('/api/v1/decisions/{id}', { params: { path: { id } } }))

const point = (id: number, pointId: number) => ({ path: { id, pointId } })

export const listPointReports = (id: number, pointId: number): Promise<ExecutionReport[]> =>
  unwrap(api.GET('/api/v1/decisions/{id}/points/{pointId}/reports', { params: point(id, pointId) }))

/** The assignee's report: text and files (a point has no status field; the controller's review moves it). */
export const reportOnPoint = (id: number, pointId: number, fields: ReportFields): Promise<ExecutionReport> =>
  unwrap(
    api.POST('/api/v1/decisions/{id}/points/{pointId}/reports', {
      params: point(id, pointId),
      body: reportForm({ text: fields.text, files: fields.files }) as never,
      ...multipart,
    }),
  )

/** The controller accepts (the point leaves control) or returns a report; a comment is required to return. */
export const reviewReport = (id: number, pointId: number, reportId: number, decision: 'ACCEPTED' | 'RETURNED', comment?: string): Promise<ExecutionReport> =>
  unwrap(
    api.POST('/api/v1/decisions/{id}/points/{pointId}/reports/{reportId}/review', {
      params: { path: { id, pointId, reportId } },
      body: { decision, comment: comment || undefined },
    }),
  )

export const extendPoint = (id: number, pointId: number, input: ExtensionInput): Promise<DecisionView> =>
  unwrap(api.POST('/api/v1/decisions/{id}/points/{pointId}/extensions', { params: point(id, pointId), body: input }))

export const myWork = (): Promise<WorkItem[]> => unwrap(api.GET('/api/v1/my-work'))

export const createDecision = (input: DecisionInput): Promise<DecisionView> => unwrap(api.POST('/api/v1/decisions', { body: input }))

/** Corrects a decision as entered: each kept point carries its id; the input carries the version read (stale: 409). */
export const updateDecision = (id: number, input: DecisionInput): Promise<DecisionView> =>
  unwrap(api.PUT('/api/v1/decisions/{id}', { params: { path: { id } }, body: input }))

/** The control dashboard: counts by body and territory, items overdue or due within 30 days. */
export const controlDashboard = (query: ControlQuery = {}): Promise<ControlDashboard> =>
  unwrap(api.GET('/api/v1/control/dashboard', { params: { query } }))

/** Downloads everything under control, filtered as the dashboard, as XLSX; returns the file name. */
export async function exportControl(query: ControlQuery = {}): Promise<string> {
  const call = api.GET('/api/v1/control/export', { params: { query }, parseAs: 'blob' })
  const blob = (await unwrap(call)) as unknown as Blob
  const { response } = await call
  const name = fileNameFrom(response.headers.get('Content-Disposition'), 'control.xlsx')
  saveBlob(blob, name)
  return name
}

/** The caller's reminders, newest first. */
export const listNotifications = (query: { unread?: boolean; page?: number; size?: number } = {}): Promise<NotificationPage> =>
  unwrap(api.GET('/api/v1/notifications', { params: { query } }))
export const readNotification = (id: number): Promise<NotificationView> =>
  unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }))

/** The decision as its document: the points as numbered, each with its deadline. */
export const downloadDecisionDocument = (id: number, format: DocumentFormat) =>
  saveResponse(api.GET('/api/v1/decisions/{id}/document', { params: { path: { id }, query: { format } }, parseAs: 'blob' }), `decision-${id}.${format}`)
