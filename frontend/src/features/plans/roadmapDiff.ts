import type { MeasureView } from './types'

export type DiffKind = 'added' | 'removed' | 'changed' | 'same'
export interface MeasureDiff {
  key: string
  kind: DiffKind
  left?: MeasureView
  right?: MeasureView
  /** Which parts differ, for a changed measure. */
  fields: ('text' | 'deadlineText' | 'responsible' | 'expectedResult')[]
}

/** Measures are matched by number as written; a repeated number matches by its order among the repeats. */
function keyed(measures: MeasureView[]): Map<string, MeasureView> {
  const seen = new Map<string, number>()
  const result = new Map<string, MeasureView>()
  for (const m of measures) {
    const n = (m.number ?? '').trim()
    const count = seen.get(n) ?? 0
    seen.set(n, count + 1)
    result.set(count ? `${n}#${count + 1}` : n, m)
  }
  return result
}

const labels = (m: MeasureView) => (m.responsible ?? []).map((r) => r.label ?? '').join('; ')

/** Two versions of a roadmap's measures side by side: what was added, removed or changed, in the newer order. */
export function diffMeasures(left: MeasureView[], right: MeasureView[]): MeasureDiff[] {
  const l = keyed(left)
  const r = keyed(right)
  const rows: MeasureDiff[] = []
  for (const [key, rm] of r) {
    const lm = l.get(key)
    if (!lm) {
      rows.push({ key, kind: 'added', right: rm, fields: [] })
      continue
    }
    const fields: MeasureDiff['fields'] = []
    if ((lm.text ?? '') !== (rm.text ?? '')) fields.push('text')
    if ((lm.deadlineText ?? '') !== (rm.deadlineText ?? '')) fields.push('deadlineText')
    if (labels(lm) !== labels(rm)) fields.push('responsible')
    if ((lm.expectedResult ?? '') !== (rm.expectedResult ?? '')) fields.push('expectedResult')
    rows.push({ key, kind: fields.length ? 'changed' : 'same', left: lm, right: rm, fields })
  }
  // Removed ones go after the measure that preceded them in the older version.
  const leftKeys = [...l.keys()]
  leftKeys.forEach((key, i) => {
    if (r.has(key)) return
    const before = leftKeys.slice(0, i).reverse().find((k) => r.has(k))
    const at = before ? rows.findIndex((row) => row.key === before) + 1 : 0
    let pos = at
    while (pos < rows.length && rows[pos].kind === 'removed') pos++
    rows.splice(pos, 0, { key, kind: 'removed', left: l.get(key), fields: [] })
  })
  return rows
}
