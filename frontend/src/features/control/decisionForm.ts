import type { components } from '@/services/schema'
import { buildPointTree, type PointNode } from './pointTree'

type PointInput = components['schemas']['PointInput']
type AssigneeInput = components['schemas']['AssigneeInput']

/** A point as the form holds it: one row per point, nesting comes from the number (3.2.1 under 3.2). */
export interface PointRow {
  number: string
  text: string
  deadlineText: string
  /** Assignees as the document writes them, separated by «;»: «Управлению образования (Димарцо Е.В.)». */
  assignees: string
  /** The point is for every school of the territory: each reports on its own. */
  allSchools: boolean
}

export const emptyPoint = (): PointRow => ({ number: '', text: '', deadlineText: '', assignees: '', allSchools: false })

/** «Управлению образования Администрации г.Керчи (Димарцо Е.В.)» → label and the person in parentheses. */
export function parseAssignee(text: string): AssigneeInput {
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text.trim())
  return m && m[1] ? { label: m[1].trim(), person: m[2].trim() } : { label: text.trim() }
}

function toInput(node: PointNode, rows: PointRow[]): PointInput {
  const row = rows[node.point.id ?? 0]
  const assignees = row.assignees.split(';').map((s) => s.trim()).filter(Boolean).map(parseAssignee)
  if (row.allSchools) {
    if (assignees.length) assignees.forEach((a) => (a.allSchools = true))
    else assignees.push({ label: 'Руководителям общеобразовательных организаций', allSchools: true })
  }
  return {
    number: row.number.trim(),
    text: row.text.trim(),
    deadlineText: row.deadlineText.trim() || undefined,
    assignees,
    points: node.children.map((c) => toInput(c, rows)),
  }
}

/** The rows in document order as the nested points DecisionInput takes. */
export function toPointInputs(rows: PointRow[]): PointInput[] {
  const tree = buildPointTree(rows.map((r, i) => ({ id: i, number: r.number.trim(), text: r.text })))
  return tree.map((n) => toInput(n, rows))
}
