import type { ComparisonRow, Trend } from './types'

/** Verdicts that read as good or bad news, for the chip's colour. */
export const VERDICT_COLOR: Record<string, string> = { BETTER: 'success', WORSE: 'error', NOT_PROVEN: 'grey', NONE: 'grey', HIGHER: 'info', LOWER: 'info' }

const lows = (xs: (number | null | undefined)[]) => xs.map((x) => (x == null ? null : x))

/**
 * The ECharts option of a trend: the quartile band (Q1…Q3) as a stacked area, the median line, the interval of the
 * mean as a second band, the mean; for a school its value with its interval and the region's band beside it.
 */
export function trendChartOption(trend: Trend, labels: { band: string; median: string; mean: string; meanBand: string; value: string; region: string }) {
  const points = trend.points ?? []
  const years = points.map((p) => p.academicYear ?? '')
  const school = trend.subjectKind === 'SCHOOL'
  const band = (from: (number | null)[], to: (number | null)[], name: string, color: string, stack: string) => [
    { name, type: 'line' as const, stack, color, data: from, lineStyle: { opacity: 0 }, symbol: 'none', silent: true, tooltip: { show: false } },
    {
      name,
      type: 'line' as const,
      stack,
      color,
      data: to.map((x, i) => (x == null || from[i] == null ? null : Math.round((x - (from[i] as number)) * 100) / 100)),
      lineStyle: { opacity: 0 },
      symbol: 'none',
      areaStyle: { color, opacity: 0.25 },
      tooltip: { show: false },
    },
  ]
  const series: object[] = []
  if (school) {
    series.push(...band(lows(points.map((p) => p.region?.q1)), lows(points.map((p) => p.region?.q3)), labels.region, '#9e9e9e', 'region'))
    series.push(...band(lows(points.map((p) => p.valueInterval?.low)), lows(points.map((p) => p.valueInterval?.high)), labels.meanBand, '#1565c0', 'interval'))
    series.push({ name: labels.value, type: 'line', data: lows(points.map((p) => p.value)), lineStyle: { width: 3 }, color: '#1565c0', connectNulls: true })
    series.push({ name: labels.region, type: 'line', data: lows(points.map((p) => p.region?.median)), lineStyle: { type: 'dashed' }, color: '#616161' })
  } else {
    series.push(...band(lows(points.map((p) => p.spread?.q1)), lows(points.map((p) => p.spread?.q3)), labels.band, '#43a047', 'quartiles'))
    series.push(...band(lows(points.map((p) => p.mean?.low)), lows(points.map((p) => p.mean?.high)), labels.meanBand, '#1565c0', 'interval'))
    series.push({ name: labels.median, type: 'line', data: lows(points.map((p) => p.spread?.median)), lineStyle: { width: 3 }, color: '#2e7d32' })
    series.push({ name: labels.mean, type: 'line', data: lows(points.map((p) => p.mean?.estimate)), lineStyle: { type: 'dashed' }, color: '#1565c0' })
  }
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis' as const },
    legend: { bottom: 0 },
    grid: { left: 48, right: 24, top: 24, bottom: 56 },
    xAxis: { type: 'category' as const, data: years, boundaryGap: false },
    yAxis: { type: 'value' as const, name: trend.measure?.unit ?? '', scale: true },
    series,
  }
}

/** The bar chart of a comparison: a bar per municipality (the chosen share, or the composite's median) with whiskers of its interval. */
export function comparisonChartOption(rows: ComparisonRow[], metric: 'weak' | 'strong' | 'composite', name: string) {
  const value = (r: ComparisonRow) => (metric === 'composite' ? (r.composite?.median ?? null) : (r[metric]?.estimate ?? null))
  const interval = (r: ComparisonRow) => (metric === 'composite' ? r.composite?.mean : r[metric])
  const shown = [...rows].reverse()
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
    grid: { left: 180, right: 32, top: 16, bottom: 32 },
    xAxis: { type: 'value' as const, name, max: metric === 'composite' ? undefined : 100 },
    yAxis: { type: 'category' as const, data: shown.map((r) => r.name ?? '') },
    series: [
      { name, type: 'bar' as const, data: shown.map(value), color: metric === 'weak' ? '#e57373' : metric === 'strong' ? '#66bb6a' : '#64b5f6' },
      {
        name: '95 %',
        type: 'custom' as const,
        data: shown.map((r, i) => [i, interval(r)?.low ?? null, interval(r)?.high ?? null]),
        renderItem: whiskers,
        z: 10,
      },
    ],
  }
}

type Api = { value: (i: number) => number; coord: (v: [number, number]) => [number, number]; size: (v: [number, number]) => [number, number] }

/** An interval as a horizontal whisker with end ticks. */
export function whiskers(_params: unknown, api: Api) {
  const lo = api.value(1)
  const hi = api.value(2)
  if (lo == null || hi == null || Number.isNaN(lo) || Number.isNaN(hi)) return null
  const a = api.coord([lo, api.value(0)])
  const b = api.coord([hi, api.value(0)])
  const h = api.size([0, 1])[1] * 0.25
  const style = { stroke: '#212121', lineWidth: 1.5 }
  return {
    type: 'group',
    children: [
      { type: 'line', shape: { x1: a[0], y1: a[1], x2: b[0], y2: b[1] }, style },
      { type: 'line', shape: { x1: a[0], y1: a[1] - h, x2: a[0], y2: a[1] + h }, style },
      { type: 'line', shape: { x1: b[0], y1: b[1] - h, x2: b[0], y2: b[1] + h }, style },
    ],
  }
}

/** Rows in the chosen order for the ordered («map-like») view: highest share of weak schools first, rows without a number last. */
export function ordered(rows: ComparisonRow[], metric: 'weak' | 'strong' | 'composite'): ComparisonRow[] {
  const v = (r: ComparisonRow) => (metric === 'composite' ? r.composite?.median : r[metric]?.estimate)
  return [...rows].sort((a, b) => (v(b) ?? -Infinity) - (v(a) ?? -Infinity) || (a.name ?? '').localeCompare(b.name ?? ''))
}
