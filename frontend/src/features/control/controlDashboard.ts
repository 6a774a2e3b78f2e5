import type { LocationQuery } from 'vue-router'
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

/** What the dashboard is narrowed to; the URL query holds exactly this, so a link reproduces the view. */
export interface ControlFilters {
  municipalityId?: number
  bodyId?: number
}

const positiveInt = (v: LocationQuery[string] | undefined): number | undefined => {
  const text = Array.isArray(v) ? v[0] : v
  return text && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : undefined
}

/** Reads the filters from the URL query, ignoring anything malformed. */
export function filtersFromQuery(query: LocationQuery): ControlFilters {
  const filters: ControlFilters = {}
  const municipalityId = positiveInt(query.municipalityId)
  const bodyId = positiveInt(query.bodyId)
  if (municipalityId) filters.municipalityId = municipalityId
  if (bodyId) filters.bodyId = bodyId
  return filters
}

/** The URL query (and the API query) of the filters; unset ones left out. */
export function queryFromFilters(filters: ControlFilters): Record<string, string> {
  const query: Record<string, string> = {}
  if (filters.municipalityId) query.municipalityId = String(filters.municipalityId)
  if (filters.bodyId) query.bodyId = String(filters.bodyId)
  return query
}

/** The body a row of the table by body stands for («body:12»); every school and text labels stand for none. */
export function rowBodyId(row: ControlRow): number | undefined {
  const m = /^body:(\d+)$/.exec(row.key ?? '')
  return m ? Number(m[1]) : undefined
}
