import type { DossierCampaign, DossierIndicator, DossierIndicatorValue } from './types'

/** The campaign of a value, by id; «2024/2025» for the axis. */
export function campaignYear(campaigns: DossierCampaign[] | undefined, id: number | undefined): string {
  return campaigns?.find((c) => c.id === id)?.academicYear ?? ''
}

/** The value a row ends on: the latest campaign's. */
export function latest(row: DossierIndicator): DossierIndicatorValue | undefined {
  const values = row.values ?? []
  return values[values.length - 1]
}

/**
 * The small line of one indicator: the school's values (a value below the minimum sample drawn hollow and grey), the
 * medians of the campaign's schools and of the cluster as dashed lines. No axes, no legend: the table beside it says it.
 */
export function sparklineOption(row: DossierIndicator, labels: { school: string; region: string; cluster: string }, years: string[]) {
  const values = row.values ?? []
  return {
    aria: { enabled: true },
    animation: false,
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    tooltip: { trigger: 'axis' as const, confine: true },
    xAxis: { type: 'category' as const, data: years, show: false, boundaryGap: false },
    yAxis: { type: 'value' as const, show: false, scale: true },
    series: [
      {
        name: labels.school,
        type: 'line' as const,
        connectNulls: true,
        color: '#1565c0',
        lineStyle: { width: 2 },
        symbolSize: 5,
        data: values.map((v) =>
          v.value == null
            ? null
            : v.belowMinSample
              ? { value: v.value, itemStyle: { color: '#ffffff', borderColor: '#757575', borderWidth: 2 } }
              : v.value,
        ),
      },
      {
        name: labels.region,
        type: 'line' as const,
        connectNulls: true,
        color: '#616161',
        symbol: 'none',
        lineStyle: { width: 1, type: 'dashed' as const },
        data: values.map((v) => v.regionMedian ?? null),
      },
      {
        name: labels.cluster,
        type: 'line' as const,
        connectNulls: true,
        color: '#ef6c00',
        symbol: 'none',
        lineStyle: { width: 1, type: 'dotted' as const },
        data: values.map((v) => v.clusterMedian ?? null),
      },
    ],
  }
}
