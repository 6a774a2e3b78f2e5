import type { ControlCounts, ControlRow } from './types'

/** The segments of a row's bar; the API's dueIn30 includes dueIn7, and open includes everything. */
export const DUE_PARTS = [
  { key: 'overdue', color: '#d32f2f' },
  { key: 'dueIn7', color: '#f57c00' },
  { key: 'dueIn30', color: '#fbc02d' },
  { key: 'later', color: '#90a4ae' },
] as const

export type DuePart = (typeof DUE_PARTS)[number]['key']

/** Disjoint parts of the counts: overdue, within 7 days, within 8–30 days, later or undated. */
export function dueParts(counts: ControlCounts | undefined): Record<DuePart, number> {
  const overdue = counts?.overdue ?? 0
  const dueIn7 = counts?.dueIn7 ?? 0
  const dueIn30 = Math.max(0, (counts?.dueIn30 ?? 0) - dueIn7)
  const later = Math.max(0, (counts?.open ?? 0) - overdue - dueIn7 - dueIn30)
  return { overdue, dueIn7, dueIn30, later }
}

/**
 * The ECharts option of the chart by body: one horizontal stacked bar per body, a segment per part.
 * The API sends the most overdue first; ECharts draws the first category at the bottom, so reverse them.
 */
export function controlChartOption(rows: readonly ControlRow[], label: (key: DuePart) => string) {
  const shown = [...rows].reverse()
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => r.name ?? '') },
    series: DUE_PARTS.map((part) => ({
      name: label(part.key),
      type: 'bar',
      stack: 'items',
      itemStyle: { color: part.color },
      emphasis: { focus: 'series' },
      data: shown.map((r) => dueParts(r.counts)[part.key]),
    })),
  }
}
