import { describe, expect, it } from 'vitest'
import { comparisonChartOption, ordered, trendChartOption, whiskers } from './trendsView'
import type { ComparisonRow, Trend } from './types'

const interval = (estimate: number, low: number, high: number, n = 5) => ({ estimate, low, high, n })

const trend: Trend = {
  subjectKind: 'MUNICIPALITY',
  subjectId: 7,
  subjectName: 'г. Оленегорск',
  regionId: 1,
  measure: { code: 'T_1', name: 'Успеваемость', unit: '%', direction: 'HIGHER_BETTER', percent: true },
  points: [
    {
      campaignId: 1,
      academicYear: '2023/2024',
      schools: 4,
      belowMinSample: 1,
      spread: { n: 4, min: 20, q1: 27.5, median: 35, q3: 42.5, max: 50 },
      mean: interval(35, 14.46, 55.54, 4),
      valueBelowMinSample: false,
    },
    {
      campaignId: 2,
      academicYear: '2024/2025',
      schools: 5,
      belowMinSample: 0,
      spread: { n: 5, min: 60, q1: 70, median: 80, q3: 85, max: 90 },
      mean: interval(77, 62.05, 91.95),
      valueBelowMinSample: false,
      change: { verdict: 'BETTER', text: 'лучше' },
    },
  ],
} as Trend

const labels = { band: 'Q1–Q3', median: 'Медиана', mean: 'Среднее', meanBand: '95 %', value: 'Школа', region: 'Регион' }

describe('the trend chart', () => {
  it('stacks the quartile band as Q1 and the distance up to Q3, and the mean interval likewise', () => {
    const option = trendChartOption(trend, labels)
    expect(option.xAxis.data).toEqual(['2023/2024', '2024/2025'])
    const series = option.series as { name: string; data: (number | null)[]; stack?: string }[]
    const quartiles = series.filter((s) => s.stack === 'quartiles')
    expect(quartiles[0]?.data).toEqual([27.5, 70])
    expect(quartiles[1]?.data).toEqual([15, 15])
    const interval = series.filter((s) => s.stack === 'interval')
    expect(interval[0]?.data).toEqual([14.46, 62.05])
    expect(interval[1]?.data).toEqual([41.08, 29.9])
    expect(series.find((s) => s.name === 'Медиана')?.data).toEqual([35, 80])
  })

  it("draws a school's value with its interval and the region's band beside it", () => {
    const school = {
      ...trend,
      subjectKind: 'SCHOOL',
      points: [{ campaignId: 1, academicYear: '2023/2024', value: 20, valueInterval: interval(20, 13.34, 28.88), region: { n: 7, min: 20, q1: 35, median: 50, q3: 75, max: 90 } }],
    } as Trend
    const series = trendChartOption(school, labels).series as { name: string; data: (number | null)[]; stack?: string }[]
    expect(series.find((s) => s.name === 'Школа')?.data).toEqual([20])
    expect(series.filter((s) => s.stack === 'region')[1]?.data).toEqual([40])
  })
})

const row = (name: string, weak: number | null, composite: number | null): ComparisonRow =>
  ({ name, municipalityId: name.length, weak: weak == null ? undefined : interval(weak, weak - 10, weak + 10), composite: { median: composite ?? undefined } }) as ComparisonRow

describe('the comparison', () => {
  it('orders municipalities from the largest share down, those without a number last', () => {
    const rows = [row('Керчь', 20, 0.1), row('Феодосия', 40, -0.2), row('Джанкой', null, null)]
    expect(ordered(rows, 'weak').map((r) => r.name)).toEqual(['Феодосия', 'Керчь', 'Джанкой'])
    expect(ordered(rows, 'composite').map((r) => r.name)).toEqual(['Керчь', 'Феодосия', 'Джанкой'])
  })

  it('gives each bar its interval as a whisker, the first row on top', () => {
    const option = comparisonChartOption([row('Керчь', 20, 0.1), row('Феодосия', 40, -0.2)], 'weak', 'Доля слабых')
    expect(option.yAxis.data).toEqual(['Феодосия', 'Керчь'])
    expect(option.series[0]?.data).toEqual([40, 20])
    expect(option.series[1]?.data).toEqual([
      [0, 30, 50],
      [1, 10, 30],
    ])
    expect(option.xAxis.max).toBe(100)
  })

  it('draws no whisker where there is no interval', () => {
    const api = { value: (i: number) => [0, null, null][i] as number, coord: () => [0, 0] as [number, number], size: () => [0, 10] as [number, number] }
    expect(whiskers(null, api)).toBeNull()
  })
})
