import type { components } from '@/services/schema'
import { normalizePath } from '@/features/control/decisionForm'
import type { DecisionInput, DecisionKind } from '@/features/control/types'
import type { ApprovalKind, MeasureInput, RoadmapInput, RoadmapLevel } from '@/features/plans/types'
import type { DecisionDraft, DraftMeasure, DraftPoint, DraftWarning, RoadmapDraft, SourceLines } from './documentsApi'

type PointInput = components['schemas']['PointInput']
type AssigneeInput = components['schemas']['AssigneeInput']
type ResponsibleInput = components['schemas']['ResponsibleInput']

/**
 * An assignee (a decision's) or a responsible (a roadmap's) as the draft read it; the label is editable. The body or
 * «every school» the server resolved stays only while the label is as read: a changed label is read again on save.
 */
export interface PersonRow {
  label: string
  readLabel: string
  person?: string
  bodyId?: number
  allSchools?: boolean
}

/** A point or a measure of the draft, one row each; a decision's sub-points follow their point one level deeper. */
export interface ItemRow {
  key: number
  depth: number
  number: string
  text: string
  deadlineText: string
  /** The deadline as read: a warning about the deadline holds until it is changed. */
  readDeadline: string
  expectedResult: string
  people: PersonRow[]
  source?: SourceLines
}

export interface DecisionHeader {
  kind: DecisionKind
  number: string
  date: string
  title: string
  preamble: string
  issuerLabel: string
  readIssuer: string
  issuerBodyId?: number
  controllerLabel: string
  readController: string
  controllerBodyId?: number
  controllerPerson: string
}

export interface RoadmapHeader {
  title: string
  level: RoadmapLevel
  ownerBodyId?: number
  schoolId?: number
  periodFrom: string
  periodTo: string
  approvalKind: ApprovalKind | null
  approvalNumber: string
  approvalDate: string
  approvalIssuer: string
  controller: string
  abbreviations?: Record<string, string>
}

const person = (a: { label: string; person?: string; bodyId?: number; allSchools?: boolean }): PersonRow => ({
  label: a.label,
  readLabel: a.label,
  person: a.person,
  bodyId: a.bodyId,
  allSchools: a.allSchools || undefined,
})

/** A decision's points as rows in document order, each sub-point one level under its point. */
export function rowsFromPoints(points: DraftPoint[] = [], depth = 0, start = { key: 0 }): ItemRow[] {
  return points.flatMap((p) => {
    const row: ItemRow = {
      key: start.key++,
      depth,
      number: p.number ?? '',
      text: p.text ?? '',
      deadlineText: p.deadlineText ?? '',
      readDeadline: p.deadlineText ?? '',
      expectedResult: '',
      people: (p.assignees ?? []).map(person),
      source: p.source,
    }
    return [row, ...rowsFromPoints(p.points ?? [], depth + 1, start)]
  })
}

export function rowsFromMeasures(measures: DraftMeasure[] = []): ItemRow[] {
  return measures.map((m, key) => ({
    key,
    depth: 0,
    number: m.number ?? '',
    text: m.text ?? '',
    deadlineText: m.deadlineText ?? '',
    readDeadline: m.deadlineText ?? '',
    expectedResult: m.expectedResult ?? '',
    people: (m.responsible ?? []).map(person),
    source: m.source,
  }))
}

export function decisionHeader(d: DecisionDraft): DecisionHeader {
  return {
    kind: d.kind ?? 'COLLEGIUM_DECISION',
    number: d.number ?? '',
    date: d.date ?? '',
    title: d.title ?? '',
    preamble: d.preamble ?? '',
    issuerLabel: d.issuerLabel ?? '',
    readIssuer: d.issuerLabel ?? '',
    issuerBodyId: d.issuerBodyId,
    controllerLabel: d.controllerLabel ?? '',
    readController: d.controllerLabel ?? '',
    controllerBodyId: d.controllerBodyId,
    controllerPerson: d.controllerPerson ?? '',
  }
}

export function roadmapHeader(r: RoadmapDraft): RoadmapHeader {
  return {
    title: r.title ?? '',
    level: r.level ?? (r.schoolId != null ? 'SCHOOL' : r.municipalityId != null ? 'MUNICIPALITY' : 'REGION'),
    ownerBodyId: r.ownerBodyId,
    schoolId: r.schoolId,
    periodFrom: r.periodFrom ?? '',
    periodTo: r.periodTo ?? '',
    approvalKind: r.approvalKind ?? null,
    approvalNumber: r.approvalNumber ?? '',
    approvalDate: r.approvalDate ?? '',
    approvalIssuer: r.approvalIssuer ?? '',
    controller: r.controller ?? '',
    abbreviations: r.abbreviations,
  }
}

/** The label as typed; the resolved body or «every school» only while the label is the one read. */
function personInput(p: PersonRow): AssigneeInput {
  const input: AssigneeInput = { label: p.label.trim() }
  if (p.person?.trim()) input.person = p.person.trim()
  if (p.label.trim() === p.readLabel.trim()) {
    if (p.bodyId != null) input.bodyId = p.bodyId
    if (p.allSchools) input.allSchools = true
  }
  return input
}

const responsibleInput = (p: PersonRow): ResponsibleInput => {
  const { label, bodyId, allSchools } = personInput(p)
  return { label, bodyId, allSchools }
}

const people = (row: ItemRow) => row.people.filter((p) => p.label.trim())

/** The rows as nested points: a row one level deeper than the row before goes under it. */
export function toPointInputs(rows: ItemRow[]): PointInput[] {
  const roots: PointInput[] = []
  const stack: { depth: number; input: PointInput }[] = []
  for (const row of rows) {
    const input: PointInput = {
      number: row.number.trim(),
      text: row.text.trim(),
      deadlineText: row.deadlineText.trim() || undefined,
      assignees: people(row).map(personInput),
      points: [],
    }
    while (stack.length && stack[stack.length - 1].depth >= row.depth) stack.pop()
    const parent = stack[stack.length - 1]
    if (parent) parent.input.points!.push(input)
    else roots.push(input)
    stack.push({ depth: row.depth, input })
  }
  return roots
}

/** Each row's place in the input («points[1].points[0]», «measures[3]»), to show the server's errors at it. */
export function rowPaths(rows: ItemRow[], list: 'points' | 'measures'): string[] {
  if (list === 'measures') return rows.map((_, i) => `measures[${i}]`)
  const paths: string[] = []
  const stack: { depth: number; path: string; children: number }[] = []
  let roots = 0
  for (const row of rows) {
    while (stack.length && stack[stack.length - 1].depth >= row.depth) stack.pop()
    const parent = stack[stack.length - 1]
    const path = parent ? `${parent.path}.points[${parent.children++}]` : `points[${roots++}]`
    paths.push(path)
    stack.push({ depth: row.depth, path, children: 0 })
  }
  return paths
}

/** The server's field errors by row (all of one row's, in order), and the rest. */
export function errorsByRow(errors: Record<string, string>, paths: string[]): { byRow: Record<number, string[]>; rest: Record<string, string> } {
  const byRow: Record<number, string[]> = {}
  const rest: Record<string, string> = {}
  // The longest path first: «points[0].points[1]» is the sub-point's, not its point's.
  const order = paths.map((p, i) => [p, i] as const).sort((a, b) => b[0].length - a[0].length)
  for (const [raw, message] of Object.entries(errors)) {
    const key = normalizePath(raw)
    const hit = order.find(([p]) => key === p || key.startsWith(`${p}.`))
    if (hit) (byRow[hit[1]] ??= []).push(message)
    else rest[raw] = message
  }
  return { byRow, rest }
}

export function toDecisionInput(h: DecisionHeader, rows: ItemRow[], regionId: number | null, municipalityId: number | null): DecisionInput {
  const issuerKept = h.issuerLabel.trim() === h.readIssuer.trim()
  const controllerKept = h.controllerLabel.trim() === h.readController.trim()
  return {
    kind: h.kind,
    number: h.number.trim(),
    date: h.date,
    title: h.title.trim(),
    preamble: h.preamble.trim() || undefined,
    issuerLabel: h.issuerLabel.trim(),
    issuerBodyId: issuerKept ? h.issuerBodyId : undefined,
    regionId: regionId ?? 0,
    municipalityId: municipalityId ?? undefined,
    controllerLabel: h.controllerLabel.trim() || undefined,
    controllerBodyId: controllerKept && h.controllerLabel.trim() ? h.controllerBodyId : undefined,
    controllerPerson: h.controllerPerson.trim() || undefined,
    points: toPointInputs(rows),
  }
}

export function toMeasureInput(row: ItemRow): MeasureInput {
  return {
    number: row.number.trim(),
    text: row.text.trim(),
    deadlineText: row.deadlineText.trim() || undefined,
    expectedResult: row.expectedResult.trim() || undefined,
    responsible: people(row).map(responsibleInput),
    indicators: [],
  }
}

export function toRoadmapInput(h: RoadmapHeader, rows: ItemRow[], regionId: number | null, municipalityId: number | null): RoadmapInput {
  return {
    title: h.title.trim(),
    level: h.level,
    ownerBodyId: h.ownerBodyId,
    regionId: regionId ?? 0,
    municipalityId: municipalityId ?? undefined,
    schoolId: h.schoolId,
    periodFrom: h.periodFrom,
    periodTo: h.periodTo,
    approvalKind: h.approvalKind ?? undefined,
    approvalNumber: h.approvalNumber.trim() || undefined,
    approvalDate: h.approvalDate || undefined,
    approvalIssuer: h.approvalIssuer.trim() || undefined,
    controller: h.controller.trim() || undefined,
    abbreviations: h.abbreviations,
    measures: rows.map(toMeasureInput),
  }
}

const within = (line: number, s?: SourceLines) => s?.from != null && line >= s.from && line <= (s.to ?? s.from)
const span = (s?: SourceLines) => (s?.to ?? s?.from ?? 0) - (s?.from ?? 0)

/**
 * Each warning at its item: by line where an item's lines hold it (the narrowest such item), else by number (every
 * item with that number); `general` keeps those of no item (the header, text of no point).
 */
export function placeWarnings(warnings: DraftWarning[], rows: ItemRow[]): { byRow: Record<number, DraftWarning[]>; general: DraftWarning[] } {
  const byRow: Record<number, DraftWarning[]> = {}
  const general: DraftWarning[] = []
  for (const w of warnings) {
    let keys: number[] = []
    if (w.line != null) {
      const holding = rows.filter((r) => within(w.line!, r.source)).sort((a, b) => span(a.source) - span(b.source))
      const sameNumber = holding.find((r) => w.number && r.number.trim() === w.number.trim())
      if (holding.length) keys = [(sameNumber ?? holding[0]).key]
    }
    if (!keys.length && w.number) keys = rows.filter((r) => r.number.trim() === w.number!.trim()).map((r) => r.key)
    if (!keys.length) general.push(w)
    for (const k of keys) (byRow[k] ??= []).push(w)
  }
  return { byRow, general }
}

/** Warnings about a deadline are answered once it is changed. */
export const DEADLINE_WARNINGS = ['DEADLINE_BEFORE_DOCUMENT', 'UNREAD_DEADLINE']
export const shownWarnings = (warnings: DraftWarning[] | undefined, row: ItemRow) =>
  (warnings ?? []).filter((w) => !(DEADLINE_WARNINGS.includes(w.kind ?? '') && row.deadlineText.trim() !== row.readDeadline.trim()))
