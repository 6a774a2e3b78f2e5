import type { Partnership, PartnershipStatus, PartnershipTransitionInput } from './types'

/** The path of a partnership, as the stepper shows it; CLOSED ends it from any step. */
export const PARTNERSHIP_STEPS = ['PROPOSED', 'AGREED', 'PLAN_SUBMITTED', 'APPROVED', 'ACTIVE'] as const satisfies readonly PartnershipStatus[]

export const PARTNERSHIP_STATUS_COLOR: Record<PartnershipStatus, string> = {
  PROPOSED: 'grey',
  AGREED: 'info',
  PLAN_SUBMITTED: 'warning',
  APPROVED: 'primary',
  ACTIVE: 'success',
  CLOSED: 'secondary',
}

/**
 * The step a partnership has reached (0-based); a closed one, the last step it got to before closing (from its
 * history), so that the stepper shows how far it went.
 */
export function reachedStep(p: Pick<Partnership, 'status' | 'history'>): number {
  if (!p.status) return 0
  if (p.status !== 'CLOSED') return PARTNERSHIP_STEPS.indexOf(p.status)
  const last = [...(p.history ?? [])].reverse().find((h) => h.to === 'CLOSED')?.from
  const index = last ? PARTNERSHIP_STEPS.indexOf(last as (typeof PARTNERSHIP_STEPS)[number]) : -1
  return index < 0 ? 0 : index
}

/** What a move asks for: the agreement, the interaction plan (a roadmap), a comment (required or optional). */
export type MoveKind = 'agreement' | 'plan' | 'approve' | 'return' | 'activate' | 'close'
export interface Move {
  kind: MoveKind
  to: PartnershipStatus
  agreement?: boolean
  roadmap?: boolean
  comment: 'required' | 'optional' | 'none'
}

/** The moves the server allows from each status (PartnershipStatus.NEXT), with what each one needs. */
export function movesFrom(status: PartnershipStatus | undefined): Move[] {
  const close: Move = { kind: 'close', to: 'CLOSED', comment: status === 'ACTIVE' ? 'optional' : 'required' }
  switch (status) {
    case 'PROPOSED':
      return [{ kind: 'agreement', to: 'AGREED', agreement: true, comment: 'none' }, close]
    case 'AGREED':
      return [{ kind: 'plan', to: 'PLAN_SUBMITTED', roadmap: true, comment: 'optional' }, close]
    case 'PLAN_SUBMITTED':
      return [{ kind: 'approve', to: 'APPROVED', comment: 'optional' }, { kind: 'return', to: 'AGREED', comment: 'required' }, close]
    case 'APPROVED':
      return [{ kind: 'activate', to: 'ACTIVE', comment: 'optional' }, close]
    case 'ACTIVE':
      return [close]
    default:
      return []
  }
}

/** The form of a move dialog. */
export interface MoveForm {
  agreementNumber: string
  agreementDate: string
  roadmapId: number | null
  comment: string
}
export const emptyMoveForm = (): MoveForm => ({ agreementNumber: '', agreementDate: '', roadmapId: null, comment: '' })

/** Client-side checks of a move's form, by the server's field names. */
export function moveErrors(move: Move, form: MoveForm, text: { required: string; comment: string }): Record<string, string> {
  const e: Record<string, string> = {}
  if (move.agreement) {
    if (!form.agreementNumber.trim()) e.agreementNumber = text.required
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.agreementDate)) e.agreementDate = text.required
  }
  if (move.roadmap && form.roadmapId == null) e.roadmapId = text.required
  if (move.comment === 'required' && !form.comment.trim()) e.comment = text.comment
  return e
}

/** The body of the move: only what it asks for, with the partnership's version. */
export function moveInput(p: Pick<Partnership, 'version'>, move: Move, form: MoveForm): PartnershipTransitionInput {
  const input: PartnershipTransitionInput = { to: move.to, version: p.version ?? 0 }
  if (move.agreement) {
    input.agreementNumber = form.agreementNumber.trim()
    input.agreementDate = form.agreementDate
  }
  if (move.roadmap && form.roadmapId != null) input.roadmapId = form.roadmapId
  if (move.comment !== 'none' && form.comment.trim()) input.comment = form.comment.trim()
  return input
}

/** 25 November of the year (004: the interaction plan is due by 25.11), or of the next year once it has passed. */
export function defaultPlanDue(today: Date = new Date()): string {
  const year = today.getMonth() > 10 || (today.getMonth() === 10 && today.getDate() > 25) ? today.getFullYear() + 1 : today.getFullYear()
  return `${year}-11-25`
}

/** Roadmaps for the plan: the two schools' own first, then the others of the region, each group by title. */
export function planOptions<R extends { id?: number; title?: string; schoolId?: number }>(roadmaps: readonly R[], schoolIds: readonly number[]): R[] {
  const rank = (r: R) => (r.schoolId != null && schoolIds.includes(r.schoolId) ? 0 : 1)
  return [...roadmaps].filter((r) => r.id != null).sort((a, b) => rank(a) - rank(b) || (a.title ?? '').localeCompare(b.title ?? '', 'ru'))
}
