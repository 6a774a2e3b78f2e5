import { numberFormat } from '@/i18n/intl'
import type { EffectPath } from './types'

/** A signed number with one decimal in the locale's way: «+8,0», «−3,5». */
export function signed(n: number | null | undefined, tag: string): string {
  if (n == null || Number.isNaN(n)) return ''
  const text = numberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(n))
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text
}

/** The difference in differences with its interval: «+8,0 (2,1…13,9)». */
export function didText(did: number | null | undefined, low: number | null | undefined, high: number | null | undefined, tag: string): string {
  if (did == null) return ''
  const one = (n: number) => numberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n).replace('-', '−')
  return low == null || high == null ? signed(did, tag) : `${signed(did, tag)} (${one(low)}…${one(high)})`
}

/** The campaign (by position) from which support was under way: the first one closing on or after the start. */
export function startIndex(path: EffectPath, start: string | null | undefined): number {
  if (!start) return -1
  return (path.campaigns ?? []).findIndex((c) => (c.closesOn ?? '') >= start)
}

/** The ECharts option of the path: a thin line per school, both medians bold, the start of support marked. */
export function pathChartOption(path: EffectPath, start: string | null | undefined, labels: { supported: string; comparison: string; start: string }) {
  const years = (path.campaigns ?? []).map((c) => c.academicYear ?? '')
  const from = startIndex(path, start)
  const schools = (path.schools ?? []).map((s) => ({
    name: s.schoolName,
    type: 'line' as const,
    data: s.values ?? [],
    connectNulls: true,
    lineStyle: { width: 1, opacity: 0.55 },
    symbolSize: 4,
  }))
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis' as const },
    legend: { type: 'scroll' as const, bottom: 0 },
    grid: { left: 48, right: 24, top: 32, bottom: 64 },
    xAxis: { type: 'category' as const, data: years },
    yAxis: { type: 'value' as const, name: path.unit ?? '', scale: true },
    series: [
      {
        name: labels.supported,
        type: 'line' as const,
        data: path.supportedMedian ?? [],
        connectNulls: true,
        lineStyle: { width: 4 },
        color: '#1565c0',
        markLine:
          from >= 0
            ? { symbol: 'none', label: { formatter: labels.start }, lineStyle: { type: 'solid' as const, color: '#c62828' }, data: [{ xAxis: years[from] }] }
            : undefined,
      },
      {
        name: labels.comparison,
        type: 'line' as const,
        data: path.comparisonMedian ?? [],
        connectNulls: true,
        lineStyle: { width: 4, type: 'dashed' as const },
        color: '#616161',
      },
      ...schools,
    ],
  }
}
