import type { BodyRef } from '@/features/territory/bodyRefs'
import type { MeasureInput, MeasureView, ResponsibleInput, RoadmapInput, RoadmapView } from './types'

/** A measure row as the editor holds it. */
export interface MeasureRow {
  number: string
  text: string
  deadlineText: string
  expectedResult: string
  /** Bodies picked from the catalogue, every school, or labels as written (the server reads those). */
  responsible: BodyRef[]
  /** Target indicators of the region's catalogue; the value as typed («10», «10,5» or empty). */
  indicators: IndicatorRow[]
  /** What the measure is; none: the server reads it from the text (семинар, выезд, собеседование …). */
  kind?: MeasureView['kind'] | null
}

export interface IndicatorRow {
  indicatorId: number | null
  targetValue: string
}

export const emptyRow = (): MeasureRow => ({ number: '', text: '', deadlineText: '', expectedResult: '', responsible: [], indicators: [] })

/**
 * The rows once the region has changed: bodies and target indicators picked from the former region's catalogues
 * go (responsible written as text stay); `changed` says whether any went.
 */
export function dropRegionRefs(rows: readonly MeasureRow[]): { rows: MeasureRow[]; changed: boolean } {
  let changed = false
  const next = rows.map((r) => {
    const responsible = r.responsible.filter((x) => x.bodyId == null)
    const indicators = (r.indicators ?? []).filter((x) => x.indicatorId == null)
    if (responsible.length !== r.responsible.length || indicators.length !== (r.indicators ?? []).length) changed = true
    return { ...r, responsible, indicators }
  })
  return { rows: next, changed }
}

/** «10,5» → 10.5; empty or not a number → undefined. */
export function parseTarget(value: string): number | undefined {
  const text = value.trim().replace(',', '.')
  if (!text) return undefined
  const n = Number(text)
  return Number.isFinite(n) ? n : undefined
}

export const toRow = (m: MeasureView): MeasureRow => ({
  number: m.number ?? '',
  text: m.text ?? '',
  deadlineText: m.deadlineText ?? '',
  expectedResult: m.expectedResult ?? '',
  responsible: (m.responsible ?? []).map((r) => ({ label: r.label ?? '', bodyId: r.bodyId, allSchools: r.allSchools || undefined })),
  indicators: (m.indicators ?? []).map((x) => ({ indicatorId: x.indicatorId ?? null, targetValue: x.targetValue == null ? '' : String(x.targetValue) })),
  kind: m.kind ?? null,
})

/** A responsible as the server takes it: the label always; the body or «all schools» only when known. */
export function toResponsibleInput(r: BodyRef): ResponsibleInput {
  const input: ResponsibleInput = { label: r.label.trim() }
  if (r.bodyId != null) input.bodyId = r.bodyId
  if (r.allSchools) input.allSchools = true
  return input
}

export function toMeasureInput(row: MeasureRow): MeasureInput {
  return {
    number: row.number.trim(),
    text: row.text.trim(),
    deadlineText: row.deadlineText.trim() || undefined,
    expectedResult: row.expectedResult.trim() || undefined,
    responsible: row.responsible.filter((r) => r.label.trim()).map(toResponsibleInput),
    indicators: (row.indicators ?? [])
      .filter((x) => x.indicatorId != null)
      .map((x) => ({ indicatorId: x.indicatorId as number, targetValue: parseTarget(x.targetValue) })),
    ...(row.kind ? { kind: row.kind } : {}),
  }
}

/** The whole roadmap as PUT and corrections take it, with the edited measures and header fields (the owner). */
export function toInput(roadmap: RoadmapView, rows: MeasureRow[], header: Partial<Pick<RoadmapInput, 'ownerBodyId' | 'schoolListId'>> = {}): RoadmapInput {
  return {
    title: roadmap.title ?? '',
    level: roadmap.level ?? 'MUNICIPALITY',
    ownerBodyId: roadmap.ownerBodyId,
    regionId: roadmap.regionId ?? 0,
    municipalityId: roadmap.municipalityId,
    schoolId: roadmap.schoolId,
    periodFrom: roadmap.periodFrom ?? '',
    periodTo: roadmap.periodTo ?? '',
    approvalKind: roadmap.approvalKind,
    approvalNumber: roadmap.approvalNumber,
    approvalDate: roadmap.approvalDate,
    approvalIssuer: roadmap.approvalIssuer,
    controller: roadmap.controller,
    abbreviations: roadmap.abbreviations,
    parentMeasureId: roadmap.parentMeasureId,
    schoolListId: roadmap.schoolList?.id,
    measures: rows.map(toMeasureInput),
    version: roadmap.version,
    ...header,
  }
}
