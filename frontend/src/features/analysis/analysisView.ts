import type { IntervalLike } from '@/composables/useFormat'
import type { LocationQuery } from 'vue-router'
import { sortParam } from '@/composables/useTablePaging'
import {
  POSITIONS,
  type AnalysisCluster,
  type AnalysisIndicatorResult,
  type AnalysisRunSummary,
  type AnalysisSchool,
  type AnalysisSchoolQuery,
  type ComparisonGroup,
  type Distribution,
  type IndicatorCategory,
  type IndicatorRef,
  type Position,
} from './types'

/** Vuetify colours of the positions, the same on every page. */
export const POSITION_COLORS: Record<Position, string> = {
  STRONG: 'success',
  MIDDLE: 'info',
  WEAK: 'error',
  INSUFFICIENT_DATA: 'secondary',
}

/** Chart colours (hex: ECharts does not know the theme). */
export const CHART_HEX = { school: '#2e6b3a', cluster: '#1d5f99', campaign: '#9a6700', box: '#4f6f52', mean: '#b3261e' } as const

/** A score this far from the group's mean (in standard deviations) makes a strength or a weakness, as on the server. */
export const MARKED_SCORE = 1

type Fmt = { decimal: (n: number | null | undefined, digits?: number) => string; number: (n: number | null | undefined) => string }
type Msg = (key: string, values?: Record<string, unknown>) => string

/** The position counts of a run in the order they are shown, 0 for a position the run does not mention. */
export function positionCounts(positions: Record<string, number> | undefined): { position: Position; count: number }[] {
  return POSITIONS.map((position) => ({ position, count: positions?.[position] ?? 0 }))
}

/** The first characters of a data version (SHA-256 in hex), enough to tell versions apart by eye. */
export function shortVersion(version: string | undefined, length = 10): string {
  return version ? version.slice(0, length) : ''
}

/** The run the URL names (?run=12), or undefined. */
export function runIdFromQuery(query: LocationQuery): number | undefined {
  const raw = Array.isArray(query.run) ? query.run[0] : query.run
  return raw && /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined
}

export interface RunItem {
  value: number
  title: string
  subtitle: string
  comparison?: ComparisonGroup
}

/** The runs as the picker lists them: newest first (as the API gives them), when and by whom, comparison, positions. */
export function runItems(runs: readonly AnalysisRunSummary[], t: Msg, dateTime: (iso: string | undefined) => string): RunItem[] {
  return runs
    .filter((r) => r.id != null)
    .map((r) => ({
      value: r.id as number,
      title: t('analysis.runs.item', { id: r.id, date: dateTime(r.createdAt), user: r.createdBy ?? '' }),
      subtitle: [
        r.comparison ? t(`analysis.comparison.${r.comparison}`) : '',
        positionCounts(r.positions)
          .filter((p) => p.count > 0 || p.position !== 'INSUFFICIENT_DATA')
          .map((p) => `${t(`analysis.positionShort.${p.position}`)}: ${p.count}`)
          .join(', '),
      ]
        .filter(Boolean)
        .join(' · '),
      comparison: r.comparison,
    }))
}

/** Indicators of a run by code. */
export function indicatorsByCode<T extends { code?: string }>(indicators: readonly T[] | undefined): Map<string, T> {
  return new Map((indicators ?? []).filter((i) => i.code).map((i) => [i.code as string, i]))
}

/** Names of indicators given by their codes (strengths, weaknesses), the code itself when the name is unknown. */
export function indicatorNames(codes: readonly string[] | undefined, indicators: readonly { code?: string; name?: string }[] | undefined): string[] {
  const byCode = indicatorsByCode(indicators)
  return (codes ?? []).map((c) => byCode.get(c)?.name ?? c)
}

/** Context features that are not indicators of the campaign (the registry supplies them): i18n keys of their names. */
export const REGISTRY_FEATURES: Record<string, string> = {
  CTX_RURAL: 'analysis.clusters.feature.CTX_RURAL',
  CTX_STUDENTS: 'analysis.clusters.feature.CTX_STUDENTS',
}

export interface CentreRow {
  code: string
  label: string
  value: string
}

/**
 * A cluster's centre as rows: the feature's name (the campaign's indicator, else the registry's), the value in its unit.
 * The rural share reads as a percent of rural schools.
 */
export function centreRows(cluster: AnalysisCluster, features: readonly string[] | undefined, indicators: readonly IndicatorRef[] | undefined, t: Msg, fmt: Fmt): CentreRow[] {
  const byCode = indicatorsByCode(indicators)
  const centre = cluster.centre ?? {}
  const codes = [...(features ?? []), ...Object.keys(centre).filter((c) => !(features ?? []).includes(c))].filter((c) => c in centre)
  return codes.map((code) => {
    const v = centre[code]
    const indicator = byCode.get(code)
    const label = indicator?.name ?? (REGISTRY_FEATURES[code] ? t(REGISTRY_FEATURES[code]) : code)
    let value: string
    if (code === 'CTX_RURAL') value = `${fmt.decimal(v * 100, 0)} %`
    else {
      const unit = indicator?.unit?.trim()
      const shown = unit && unit !== '—' && unit !== '-' ? ` ${unit}` : ''
      value = `${fmt.decimal(v, 1)}${shown}`
    }
    return { code, label, value }
  })
}

export interface BoxplotLabels {
  min: string
  q1: string
  median: string
  q3: string
  max: string
  mean: string
  distribution: string
}

/** True when the distribution has values to draw. */
export const hasBox = (d: Distribution | undefined): d is Distribution & Required<Pick<Distribution, 'min' | 'q1' | 'median' | 'q3' | 'max'>> =>
  !!d && (d.count ?? 0) > 0 && d.min != null && d.q1 != null && d.median != null && d.q3 != null && d.max != null

/**
 * The ECharts option of one indicator's box plot: a horizontal box (minimum, quartiles, median, maximum of the usable
 * values, small samples left out) and the mean as a diamond. Undefined when there is nothing to draw.
 */
export function boxplotOption(d: Distribution | undefined, indicator: Pick<IndicatorRef, 'name' | 'unit'> | undefined, labels: BoxplotLabels, fmt: Fmt) {
  if (!hasBox(d)) return undefined
  const unit = indicator?.unit && indicator.unit !== '—' && indicator.unit !== '-' ? indicator.unit : ''
  const n = (v: number | undefined) => (v == null ? '' : fmt.decimal(v, 2))
  const tooltip = [
    `${labels.max}: ${n(d.max)}`,
    `${labels.q3}: ${n(d.q3)}`,
    `${labels.median}: ${n(d.median)}`,
    `${labels.q1}: ${n(d.q1)}`,
    `${labels.min}: ${n(d.min)}`,
  ].join('<br/>')
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'item' },
    grid: { left: 16, right: 24, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: unit, scale: true, splitLine: { show: true } },
    yAxis: { type: 'category', data: [indicator?.name ?? d.code ?? ''], axisLabel: { show: false }, axisTick: { show: false } },
    series: [
      {
        name: labels.distribution,
        type: 'boxplot',
        data: [[d.min, d.q1, d.median, d.q3, d.max]],
        itemStyle: { color: '#e8efe8', borderColor: CHART_HEX.box, borderWidth: 2 },
        boxWidth: [24, 48],
        tooltip: { formatter: tooltip },
      },
      ...(d.mean != null
        ? [
            {
              name: labels.mean,
              type: 'scatter',
              data: [[d.mean, 0]],
              symbol: 'diamond',
              symbolSize: 12,
              itemStyle: { color: CHART_HEX.mean },
              tooltip: { formatter: `${labels.mean}: ${n(d.mean)}` },
            },
          ]
        : []),
    ],
  }
}

/** The categories a school is judged by, in the catalogue's order; context is never judged. */
export const RADAR_CATEGORIES = ['RESULTS', 'OBJECTIVITY', 'STAFF', 'CONDITIONS', 'MANAGEMENT'] as const satisfies readonly IndicatorCategory[]

export interface RadarLabels {
  school: string
  cluster: string
  campaign: string
  category: (c: IndicatorCategory) => string
}

type Scores = Record<string, number> | undefined

/** The radar's axes: categories with a score for the school, its cluster or the campaign. */
export function radarCategories(school: Pick<AnalysisSchool, 'categories' | 'clusterCategories' | 'campaignCategories'>): IndicatorCategory[] {
  const has = (m: Scores, c: string) => m != null && m[c] != null
  return RADAR_CATEGORIES.filter((c) => has(school.categories, c) || has(school.clusterCategories, c) || has(school.campaignCategories, c))
}

/** The radar's bound: symmetric around 0, at least ±1, in halves, so that the shapes fit. */
export function radarBound(values: readonly (number | undefined)[]): number {
  const top = Math.max(1, ...values.filter((v): v is number => v != null && Number.isFinite(v)).map(Math.abs))
  return Math.ceil(top * 2) / 2
}

/** A missing score, as ECharts leaves a gap for it. */
const GAP = '-'

/**
 * The ECharts option of a school's radar: its mean category scores (standardised, higher is better) against its
 * cluster's and the campaign's means.
 */
export function radarOption(school: Pick<AnalysisSchool, 'categories' | 'clusterCategories' | 'campaignCategories'>, labels: RadarLabels) {
  const categories = radarCategories(school)
  const values = (m: Scores) => categories.map((c) => (m?.[c] != null ? Math.round((m[c] as number) * 100) / 100 : GAP))
  const school_ = values(school.categories)
  const cluster = values(school.clusterCategories)
  const campaign = values(school.campaignCategories)
  const bound = radarBound([...school_, ...cluster, ...campaign].map((v) => (typeof v === 'number' ? v : undefined)))
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, data: [labels.school, labels.cluster, labels.campaign] },
    radar: {
      indicator: categories.map((c) => ({ name: labels.category(c), min: -bound, max: bound })),
      radius: '70%',
      center: ['50%', '50%'],
      splitNumber: 4,
    },
    series: [
      {
        type: 'radar',
        data: [
          { name: labels.school, value: school_, itemStyle: { color: CHART_HEX.school }, areaStyle: { opacity: 0.2 }, lineStyle: { width: 3 } },
          { name: labels.cluster, value: cluster, itemStyle: { color: CHART_HEX.cluster }, lineStyle: { type: 'dashed' } },
          { name: labels.campaign, value: campaign, itemStyle: { color: CHART_HEX.campaign }, lineStyle: { type: 'dotted' } },
        ],
      },
    ],
  }
}

export type ScoreTone = 'success' | 'error' | 'neutral' | 'none'

/** How a score reads: a strength, a weakness, in between, or not judged. */
export function scoreTone(score: number | null | undefined): ScoreTone {
  if (score == null) return 'none'
  if (score >= MARKED_SCORE) return 'success'
  if (score <= -MARKED_SCORE) return 'error'
  return 'neutral'
}

/** A score's bar, from the middle (0) to the left (worse) or right (better); −3…3 fill half the track. Percents of the track. */
export function scoreBar(score: number | null | undefined, cap = 3): { left: number; width: number } | undefined {
  if (score == null || !Number.isFinite(score)) return undefined
  const clipped = Math.max(-cap, Math.min(cap, score))
  const width = (Math.abs(clipped) / cap) * 50
  return { left: clipped >= 0 ? 50 : 50 - width, width }
}

/** Why an indicator of a school has no score. */
export function notJudgedReason(r: Pick<AnalysisIndicatorResult, 'score' | 'smallSample' | 'direction' | 'category' | 'value'>):
  'smallSample' | 'context' | 'missing' | undefined {
  if (r.score != null) return undefined
  if (r.smallSample) return 'smallSample'
  if (r.direction === 'CONTEXT' || r.category === 'CONTEXT') return 'context'
  return 'missing'
}

/** The ranked table's view: 1-based page, sort, filters. */
export interface SchoolTableState {
  page: number
  size: number
  sort: { key: string; order: 'asc' | 'desc' }[]
  position?: Position | null
  municipalityId?: number | null
  cluster?: number | null
  q?: string
}

/** Columns of the table the API sorts by, and its sort field for each. */
export const SORT_FIELDS: Record<string, string> = {
  rank: 'rank',
  composite: 'composite',
  schoolName: 'name',
  municipalityName: 'municipality',
  cluster: 'cluster',
}

/** The API query of the ranked table: 0-based page, sort fields as the API names them, filters left out when empty. */
export function schoolQuery(state: SchoolTableState): AnalysisSchoolQuery {
  const sort = sortParam(
    state.sort.filter((s) => SORT_FIELDS[s.key]),
    (key) => SORT_FIELDS[key],
  )
  const query: AnalysisSchoolQuery = { page: state.page - 1, size: state.size }
  if (sort) query.sort = sort
  if (state.position) query.position = state.position
  if (state.municipalityId != null) query.municipalityId = state.municipalityId
  if (state.cluster != null) query.cluster = state.cluster
  const q = state.q?.trim()
  if (q) query.q = q
  return query
}

/** Categories in the catalogue's order (as the campaign's indicator list shows them). */
const CATEGORY_ORDER: readonly IndicatorCategory[] = ['RESULTS', 'OBJECTIVITY', 'CONTEXT', 'STAFF', 'CONDITIONS', 'MANAGEMENT']

/** A school's indicators by category, in the catalogue's order of categories and the run's order within each. */
export function indicatorGroups<T extends { category?: IndicatorCategory }>(indicators: readonly T[]): { category: IndicatorCategory; items: T[] }[] {
  // One without a known category goes with management, as the campaign's list does.
  const of = (i: T): IndicatorCategory => (i.category && CATEGORY_ORDER.includes(i.category) ? i.category : 'MANAGEMENT')
  return CATEGORY_ORDER.map((category) => ({ category, items: indicators.filter((i) => of(i) === category) })).filter((g) => g.items.length)
}

/** «8–19»: the places a ranked school could take given its intervals; empty when the place is certain or unknown (old runs). */
export function rangeText(row: { rank?: number | null; rankLow?: number | null; rankHigh?: number | null }): string {
  if (row.rank == null || row.rankLow == null || row.rankHigh == null || row.rankLow === row.rankHigh) return ''
  return `(${row.rankLow}–${row.rankHigh})`
}

/** The server's Interval (its fields optional in the schema) as the formatter takes it; null when any number is missing. */
export function asInterval(i: { estimate?: number; low?: number; high?: number } | null | undefined): IntervalLike | null {
  return i && i.estimate != null && i.low != null && i.high != null ? { estimate: i.estimate, low: i.low, high: i.high } : null
}
