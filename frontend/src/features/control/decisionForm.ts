import type { components } from '@/services/schema'
import type { BodyRef } from '@/features/territory/bodyRefs'
import { buildPointTree, flatten, type PointNode } from './pointTree'
import type { DecisionInput, DecisionKind, DecisionPoint, DecisionView, PointAssignee } from './types'

type PointInput = components['schemas']['PointInput']
type AssigneeInput = components['schemas']['AssigneeInput']

/** A point as the form holds it: one row per point, nesting comes from the number (3.2.1 under 3.2). */
export interface PointRow {
  /** The point's id when it was read from a decision being changed: sent back, it keeps status, reports, extensions. */
  id?: number
  /** The point's parent as read, and its number then: kept while neither the point's nor the parent's number changes. */
  parentId?: number
  loadedNumber?: string
  /** Reported on or extended: the server refuses to remove it. */
  locked?: boolean
  number: string
  text: string
  deadlineText: string
  /**
   * Assignees: bodies of the region, every school of the territory (each reports on its own), or text as the
   * document writes it, each with the person in parentheses: «Управлению образования (Димарцо Е.В.)».
   */
  assignees: BodyRef[]
  /** Target indicators of the point; left undefined, the server keeps what the point had. */
  indicators?: { indicatorId: number | null; targetValue: string }[]
  /** The roadmaps, or measures of them, the point controls. */
  plans?: { roadmapId: number | null; measureId: number | null }[]
}

/** The decision's details as the form holds them. */
export interface DecisionModel {
  kind: DecisionKind
  number: string
  date: string
  title: string
  preamble: string
  regionId: number | null
  municipalityId: number | null
  issuer: BodyRef | null
  controller: BodyRef | null
  controllerPerson: string
}

export const emptyPoint = (): PointRow => ({ number: '', text: '', deadlineText: '', assignees: [] })

/** An assignee as the server takes it: the label always; person, body and «every school» only when given. */
export function toAssigneeInput(r: BodyRef): AssigneeInput {
  const input: AssigneeInput = { label: r.label.trim() }
  if (r.person?.trim()) input.person = r.person.trim()
  if (r.bodyId != null) input.bodyId = r.bodyId
  if (r.allSchools) input.allSchools = true
  return input
}

/** An assignee of a decision as read, back as the picker's reference: label as written, person, body, every school. */
export function assigneeRef(a: PointAssignee): BodyRef {
  const ref: BodyRef = { label: a.label ?? a.bodyName ?? '' }
  if (a.person) ref.person = a.person
  if (a.bodyId != null) ref.bodyId = a.bodyId
  if (a.allSchools) ref.allSchools = true
  return ref
}

/**
 * The rows as a tree: the parent read from the server while neither number changed (a sub-point numbered «а)»
 * stays under its point), else by number, as the document nests them.
 */
function rowTree(rows: PointRow[]): PointNode[] {
  const same = (r: PointRow) => r.loadedNumber !== undefined && r.number.trim() === r.loadedNumber
  const points: DecisionPoint[] = rows.map((r, i) => {
    let parentId: number | undefined
    if (r.parentId != null && same(r)) {
      const j = rows.findIndex((p) => p.id === r.parentId)
      if (j >= 0 && j < i && same(rows[j])) parentId = j
    }
    return { id: i, number: r.number.trim(), text: r.text, parentId }
  })
  return buildPointTree(points)
}

function toInput(node: PointNode, rows: PointRow[]): PointInput {
  const row = rows[node.point.id ?? 0]
  const input: PointInput = {
    number: row.number.trim(),
    text: row.text.trim(),
    deadlineText: row.deadlineText.trim() || undefined,
    assignees: row.assignees.filter((a) => a.label.trim()).map(toAssigneeInput),
    points: node.children.map((c) => toInput(c, rows)),
    ...(row.indicators
      ? {
          indicators: row.indicators
            .filter((x) => x.indicatorId != null)
            .map((x) => ({ indicatorId: x.indicatorId as number, targetValue: targetNumber(x.targetValue) })),
        }
      : {}),
    ...(row.plans
      ? { plans: row.plans.filter((x) => x.roadmapId != null).map((x) => ({ roadmapId: x.roadmapId as number, measureId: x.measureId ?? undefined })) }
      : {}),
  }
  return row.id != null ? { id: row.id, ...input } : input
}

function targetNumber(text: string): number | undefined {
  const n = Number(text.trim().replace(',', '.'))
  return text.trim() && Number.isFinite(n) ? n : undefined
}

/** The rows in document order as the nested points DecisionInput takes; a kept point carries its id. */
export function toPointInputs(rows: PointRow[]): PointInput[] {
  return rowTree(rows).map((n) => toInput(n, rows))
}

/** Each row's place in the nested input («points[1].points[0]»), to put the server's field errors next to it. */
export function pointPaths(rows: PointRow[]): string[] {
  const paths: string[] = []
  const walk = (nodes: PointNode[], prefix: string) =>
    nodes.forEach((n, i) => {
      const path = `${prefix}points[${i}]`
      paths[n.point.id ?? 0] = path
      walk(n.children, `${path}.`)
    })
  walk(rowTree(rows), '')
  return paths
}

/** The server's errors about one row: its number, text, deadline, assignees, or anything else about it. */
export interface RowErrors {
  number?: string
  text?: string
  deadlineText?: string
  assignees?: string
  other: string[]
}

/**
 * A field path as bean validation names it on list elements, each index on the next name
 * («points.points[0].text[1]»), as the service names it: «points[0].points[1].text». Paths already so are kept.
 */
export function normalizePath(key: string): string {
  if (!/^points\./.test(key)) return key
  const tokens = key.split('.').map((t) => /^([^[\]]+)(?:\[(\d+)\])?$/.exec(t))
  if (tokens.some((t) => !t)) return key
  return tokens.map((t, i) => `${t![1]}${tokens[i + 1]?.[2] !== undefined ? `[${tokens[i + 1]![2]}]` : ''}`).join('.')
}

/**
 * The server's field errors on points («points[1].points[0].assignees[0].bodyId») by row, and the rest (the details'
 * errors, or a point the form no longer has) for the form's general message.
 */
export function rowErrors(errors: Record<string, string>, rows: PointRow[]): { byRow: Record<number, RowErrors>; rest: Record<string, string> } {
  const byPath = new Map(pointPaths(rows).map((p, i) => [p, i]))
  const byRow: Record<number, RowErrors> = {}
  const rest: Record<string, string> = {}
  for (const [raw, message] of Object.entries(errors)) {
    const key = normalizePath(raw)
    const m = /^((?:points\[\d+\]\.)*points\[\d+\])(?:\.(.+))?$/.exec(key)
    const index = m ? byPath.get(m[1]) : undefined
    if (!m || index === undefined) {
      rest[raw] = message
      continue
    }
    const entry = (byRow[index] ??= { other: [] })
    const field = (m[2] ?? '').replace(/\[\d+\].*$/, '')
    if ((field === 'number' || field === 'text' || field === 'deadlineText' || field === 'assignees') && !entry[field]) entry[field] = message
    else entry.other.push(message)
  }
  return { byRow, rest }
}

/** A decision as read, as the form's rows in document order: ids, parents, numbers, assignees, deadlines as written. */
export function rowsFromDecision(d: DecisionView): PointRow[] {
  return flatten(buildPointTree(d.points ?? [])).map(({ point: p }) => ({
    id: p.id,
    parentId: p.parentId,
    loadedNumber: (p.number ?? '').trim(),
    locked: (p.reportCount ?? 0) > 0 || (p.extensions?.length ?? 0) > 0,
    number: p.number ?? '',
    text: p.text ?? '',
    deadlineText: p.deadlineText ?? '',
    assignees: (p.assignees ?? []).map(assigneeRef),
    indicators: (p.indicators ?? []).map((x) => ({ indicatorId: x.indicatorId ?? null, targetValue: x.targetValue != null ? String(x.targetValue) : '' })),
    plans: (p.plans ?? []).map((x) => ({ roadmapId: x.roadmapId ?? null, measureId: x.measureId ?? null })),
  }))
}

/** A decision's details as read, for the form. */
export function modelFromDecision(d: DecisionView): DecisionModel {
  const controllerLabel = d.controllerLabel ?? (d.controllerBodyId != null ? d.controllerBodyName : undefined)
  return {
    kind: d.kind ?? 'COLLEGIUM_DECISION',
    number: d.number ?? '',
    date: d.date ?? '',
    title: d.title ?? '',
    preamble: d.preamble ?? '',
    regionId: d.regionId ?? null,
    municipalityId: d.municipalityId ?? null,
    issuer: d.issuerLabel || d.issuerBodyId != null ? { label: d.issuerLabel ?? '', bodyId: d.issuerBodyId } : null,
    controller: controllerLabel ? { label: controllerLabel, bodyId: d.controllerBodyId } : null,
    controllerPerson: d.controllerPerson ?? '',
  }
}

/** What the server takes, to create (no version) or to change (the version read). */
export function toDecisionInput(model: DecisionModel, rows: PointRow[], version?: number): DecisionInput {
  const input: DecisionInput = {
    kind: model.kind,
    number: model.number.trim(),
    date: model.date,
    title: model.title.trim(),
    preamble: model.preamble.trim() || undefined,
    issuerLabel: model.issuer?.label.trim() ?? '',
    issuerBodyId: model.issuer?.bodyId,
    regionId: model.regionId ?? 0,
    municipalityId: model.municipalityId ?? undefined,
    controllerLabel: model.controller?.label.trim() || undefined,
    controllerBodyId: model.controller?.label.trim() ? model.controller.bodyId : undefined,
    controllerPerson: model.controllerPerson.trim() || undefined,
    points: toPointInputs(rows),
  }
  if (version !== undefined) input.version = version
  return input
}
