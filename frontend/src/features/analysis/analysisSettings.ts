import { parseNumber } from '@/features/monitoring/submissionForm'
import { WEIGHTED_CATEGORIES, type AnalysisSettings, type ComparisonGroup, type WeightedCategory } from './types'

/**
 * The settings form's model. Numbers stay text as typed ("12,5"); weights and shares are percents, as analysts
 * think of them (the API wants shares as 0…0.5 and takes weights in any scale, normalising them).
 */
export interface SettingsModel {
  comparison: ComparisonGroup
  weights: Record<WeightedCategory, string>
  clusters: string
  weakShare: string
  strongShare: string
  minIndicators: string
  acceptedOnly: boolean
  gapSignal: string
  confirmSignal: string
  highResultSignal: string
}

/** Fields of the form that an error can name; a weight is "weights.RESULTS". */
export type SettingsField =
  | Exclude<keyof SettingsModel, 'weights'>
  | 'weights'
  | `weights.${WeightedCategory}`

/** i18n keys (under analysis.settings.errors) by field. */
export type SettingsErrors = Partial<Record<SettingsField, string>>

/** The API's defaults (AnalysisSettings.withDefaults on the server). */
export const DEFAULT_SETTINGS: Required<AnalysisSettings> = {
  comparison: 'CLUSTER',
  weights: { RESULTS: 0.5, STAFF: 0.2, CONDITIONS: 0.15, MANAGEMENT: 0.15, OBJECTIVITY: 0 },
  clusters: 4,
  weakShare: 0.2,
  strongShare: 0.2,
  minIndicators: 3,
  acceptedOnly: false,
  gapSignal: 15,
  confirmSignal: 50,
  highResultSignal: 2,
}

/** A fraction as a percent without float noise: 0.15 → "15". */
const percentText = (fraction: number | undefined) => (fraction == null ? '' : String(Math.round(fraction * 100 * 1000) / 1000))
const text = (n: number | undefined) => (n == null ? '' : String(n))

/** The form filled with these settings; what is left out takes the default. */
export function modelFromSettings(settings: AnalysisSettings = {}): SettingsModel {
  const s = { ...DEFAULT_SETTINGS, ...stripUndefined(settings) }
  const weights = { ...DEFAULT_SETTINGS.weights, ...(settings.weights ?? {}) }
  return {
    comparison: s.comparison,
    weights: Object.fromEntries(WEIGHTED_CATEGORIES.map((c) => [c, percentText(weights[c] ?? 0)])) as Record<WeightedCategory, string>,
    clusters: text(s.clusters),
    weakShare: percentText(s.weakShare),
    strongShare: percentText(s.strongShare),
    minIndicators: text(s.minIndicators),
    acceptedOnly: s.acceptedOnly,
    gapSignal: text(s.gapSignal),
    confirmSignal: text(s.confirmSignal),
    highResultSignal: text(s.highResultSignal),
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>
}

const number = (input: string) => parseNumber(input ?? '')
const isNumber = (n: number | undefined): n is number => n != null && !Number.isNaN(n)

/** The client's checks, the same as the server's; keys of analysis.settings.errors by field. */
export function validateSettings(m: SettingsModel): SettingsErrors {
  const errors: SettingsErrors = {}
  const clusters = number(m.clusters)
  if (!isNumber(clusters) || !Number.isInteger(clusters) || clusters < 1 || clusters > 12) errors.clusters = 'clusters'
  for (const key of ['weakShare', 'strongShare'] as const) {
    const share = number(m[key])
    if (!isNumber(share) || share < 0 || share > 50) errors[key] = 'share'
  }
  const min = number(m.minIndicators)
  if (!isNumber(min) || !Number.isInteger(min) || min < 1) errors.minIndicators = 'minIndicators'
  let positive = false
  for (const c of WEIGHTED_CATEGORIES) {
    const w = number(m.weights[c])
    if (!isNumber(w) || w < 0 || w > 100) errors[`weights.${c}`] = 'weight'
    else if (w > 0) positive = true
  }
  if (!positive && !WEIGHTED_CATEGORIES.some((c) => errors[`weights.${c}`])) errors.weights = 'weightsZero'
  for (const key of ['gapSignal', 'confirmSignal'] as const) {
    const v = number(m[key])
    if (!isNumber(v) || v < 0 || v > 100) errors[key] = 'percent'
  }
  const high = number(m.highResultSignal)
  if (!isNumber(high) || high <= 0) errors.highResultSignal = 'positive'
  return errors
}

/** Rounds away float noise of a percent turned into a share: 15 / 100 → 0.15, not 0.15000000000000002. */
const fraction = (percent: number) => Math.round((percent / 100) * 1e6) / 1e6

/** The request body of POST /campaigns/{id}/analyses; only called once validateSettings finds nothing. */
export function settingsFromModel(m: SettingsModel): AnalysisSettings {
  const n = (input: string) => number(input) as number
  return {
    comparison: m.comparison,
    weights: Object.fromEntries(WEIGHTED_CATEGORIES.map((c) => [c, fraction(n(m.weights[c]))])),
    clusters: n(m.clusters),
    weakShare: fraction(n(m.weakShare)),
    strongShare: fraction(n(m.strongShare)),
    minIndicators: n(m.minIndicators),
    acceptedOnly: m.acceptedOnly,
    gapSignal: n(m.gapSignal),
    confirmSignal: n(m.confirmSignal),
    highResultSignal: n(m.highResultSignal),
  }
}

const FIELDS: readonly string[] = [
  'comparison', 'clusters', 'weakShare', 'strongShare', 'minIndicators', 'acceptedOnly', 'gapSignal', 'confirmSignal', 'highResultSignal',
]

/** The form field a server error names: "clusters", "weights.RESULTS", "run.settings.weakShare", "weights". */
export function settingsFieldOf(field: string | undefined): SettingsField | undefined {
  if (!field) return undefined
  const weight = /(?:^|\.)weights(?:\.|\[)?([A-Z_]+)?\]?$/.exec(field)
  if (weight) {
    const category = weight[1] as WeightedCategory | undefined
    if (!category) return 'weights'
    return (WEIGHTED_CATEGORIES as readonly string[]).includes(category) ? `weights.${category}` : 'weights'
  }
  const last = field.split('.').at(-1) ?? ''
  return FIELDS.includes(last) ? (last as SettingsField) : undefined
}

/** The server's field errors by form field; those naming no field of the form come back under ''. */
export function serverErrorsByField(errors: readonly { field?: string; message?: string }[]): Partial<Record<SettingsField | '', string>> {
  const result: Partial<Record<SettingsField | '', string>> = {}
  for (const e of errors) {
    const key = settingsFieldOf(e.field) ?? ''
    const message = e.message ?? ''
    result[key] = result[key] ? `${result[key]}; ${message}` : message
  }
  return result
}
