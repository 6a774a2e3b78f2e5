import type { MeasureInput, MeasureView, RoadmapInput, RoadmapView } from './types'

/** A measure row as the editor holds it: responsible bodies as one line of labels. */
export interface MeasureRow {
  number: string
  text: string
  deadlineText: string
  expectedResult: string
  responsible: string
  /** The measure's responsible as loaded, so that unchanged labels keep their body or «all schools». */
  original: MeasureView['responsible']
  /** Target indicators of the region's catalogue; the value as typed («10», «10,5» or empty). */
  indicators: IndicatorRow[]
}

export interface IndicatorRow {
  indicatorId: number | null
  targetValue: string
}

export const emptyRow = (): MeasureRow => ({ number: '', text: '', deadlineText: '', expectedResult: '', responsible: '', original: [], indicators: [] })

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
  responsible: (m.responsible ?? []).map((r) => r.label ?? '').join('; '),
  original: m.responsible ?? [],
  indicators: (m.indicators ?? []).map((x) => ({ indicatorId: x.indicatorId ?? null, targetValue: x.targetValue == null ? '' : String(x.targetValue) })),
})

export function toMeasureInput(row: MeasureRow): MeasureInput {
  const labels = row.responsible.split(';').map((s) => s.trim()).filter(Boolean)
  return {
    number: row.number.trim(),
    text: row.text.trim(),
    deadlineText: row.deadlineText.trim() || undefined,
    expectedResult: row.expectedResult.trim() || undefined,
    responsible: labels.map((label) => {
      const known = row.original?.find((r) => r.label === label)
      return { label, bodyId: known?.bodyId, allSchools: known?.allSchools }
    }),
    indicators: (row.indicators ?? [])
      .filter((x) => x.indicatorId != null)
      .map((x) => ({ indicatorId: x.indicatorId as number, targetValue: parseTarget(x.targetValue) })),
  }
}

/** The whole roadmap as PUT and corrections take it, with the edited measures. */
export function toInput(roadmap: RoadmapView, rows: MeasureRow[]): RoadmapInput {
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
    measures: rows.map(toMeasureInput),
    version: roadmap.version,
  }
}
