import { STATUS_HEX } from './monitoringText'
import type { MunicipalityProgress, StatusCounts, SubmissionStatus } from './types'

/** The counts of StatusCounts in the order a submission moves through them, with their status. */
export const PROGRESS_PARTS = [
  { key: 'notStarted', status: 'NOT_STARTED' },
  { key: 'draft', status: 'DRAFT' },
  { key: 'submitted', status: 'SUBMITTED' },
  { key: 'returned', status: 'RETURNED' },
  { key: 'accepted', status: 'ACCEPTED' },
] as const satisfies readonly { key: keyof StatusCounts; status: SubmissionStatus }[]

export type ProgressKey = (typeof PROGRESS_PARTS)[number]['key']

/** Accepted schools as a share of all, 0–100, rounded down so that 100 means every school. */
export function acceptedShare(counts: StatusCounts | undefined): number {
  const schools = counts?.schools ?? 0
  return schools > 0 ? Math.floor(((counts?.accepted ?? 0) / schools) * 100) : 0
}

/**
 * The ECharts option of the progress chart: one horizontal stacked bar per municipality, a segment per status.
 * Municipalities with the fewest accepted on top, where the eye starts.
 */
export function progressChartOption(municipalities: readonly MunicipalityProgress[], label: (key: ProgressKey) => string) {
  const rows = [...municipalities].sort(
    (a, b) => acceptedShare(b.counts) - acceptedShare(a.counts) || (b.municipalityName ?? '').localeCompare(a.municipalityName ?? ''),
  )
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((m) => m.municipalityName ?? '') },
    series: PROGRESS_PARTS.map((part) => ({
      name: label(part.key),
      type: 'bar',
      stack: 'schools',
      itemStyle: { color: STATUS_HEX[part.status] },
      emphasis: { focus: 'series' },
      data: rows.map((m) => m.counts?.[part.key] ?? 0),
    })),
  }
}
