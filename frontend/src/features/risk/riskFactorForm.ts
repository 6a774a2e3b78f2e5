import { conditionText, decimalText, parseNumber } from '@/features/lists/listView'
import type { Operator } from '@/features/lists/types'
import type { RiskCondition, RiskFactor, RiskFactorInput, RiskLevel } from './types'

/**
 * A risk factor's settings in words and as a form: weighted conditions on indicators (the met weights add up to a
 * score) and the scores at which the low, medium and high levels begin.
 */

/** The levels a factor's thresholds give, lowest first, with the field that holds each threshold. */
export const FACTOR_LEVELS = [
  { level: 'LOW', field: 'lowAt' },
  { level: 'MEDIUM', field: 'mediumAt' },
  { level: 'HIGH', field: 'highAt' },
] as const satisfies readonly { level: RiskLevel; field: keyof RiskFactorInput }[]

/**
 * «VPR_F2 ≥ 30 — вес 2»: a condition with what it adds to the score when met. `weighted` gives the interface
 * language's words for «{condition} — вес {weight}».
 */
export const weightedConditionText = (
  c: Pick<RiskCondition, 'indicatorCode' | 'operator' | 'threshold' | 'weight'>,
  weighted: (condition: string, weight: string) => string,
): string => weighted(conditionText(c), decimalText(c.weight))

/** The highest score a factor can reach: every condition met. */
export const maxScore = (conditions: readonly Pick<RiskCondition, 'weight'>[] | undefined): number =>
  Number((conditions ?? []).reduce((sum, c) => sum + (Number.isFinite(c.weight) ? c.weight : 0), 0).toFixed(4))

/** The levels no school can reach: their threshold is above the sum of all the weights. */
export function unreachableLevels(f: Pick<RiskFactor, 'conditions' | 'lowAt' | 'mediumAt' | 'highAt'>): RiskLevel[] {
  const max = maxScore(f.conditions)
  return FACTOR_LEVELS.filter(({ field }) => f[field] != null && (f[field] as number) > max).map(({ level }) => level)
}

/** A condition row of the form: numbers as typed («15», «15,5»). */
export interface FactorConditionRow {
  indicatorCode: string | null
  operator: Operator
  threshold: string
  weight: string
}

export interface RiskFactorForm {
  name: string
  conditions: FactorConditionRow[]
  lowAt: string
  mediumAt: string
  highAt: string
}

export const emptyFactorCondition = (): FactorConditionRow => ({ indicatorCode: null, operator: 'GE', threshold: '', weight: '1' })

const typed = (n: number | undefined): string => (n == null ? '' : decimalText(n))

/** A factor into the form; a new one starts with one empty condition and the levels at 1, 2 and 3 points. */
export function toFactorForm(f?: Pick<RiskFactor, 'name' | 'conditions' | 'lowAt' | 'mediumAt' | 'highAt'>): RiskFactorForm {
  if (!f) return { name: '', conditions: [emptyFactorCondition()], lowAt: '1', mediumAt: '2', highAt: '3' }
  return {
    name: f.name ?? '',
    conditions: (f.conditions ?? []).map((c) => ({
      indicatorCode: c.indicatorCode,
      operator: c.operator,
      threshold: typed(c.threshold),
      weight: typed(c.weight),
    })),
    lowAt: typed(f.lowAt),
    mediumAt: typed(f.mediumAt),
    highAt: typed(f.highAt),
  }
}

export interface FactorFormTexts {
  required: string
  notNumber: string
  positive: string
  tooLong: string
  noConditions: string
  /** A level's threshold as the database keeps it: below a million, two decimals at most. */
  levelFormat: string
  mediumBelowLow: (low: string) => string
  highBelowMedium: (medium: string) => string
}

export const NAME_MAX = 500
/** Thresholds of the levels are kept as numeric(8, 2). */
const LEVEL_MAX = 1_000_000

/**
 * The form's mistakes, by the server's field names (name, conditions[0].threshold, mediumAt), so that one map holds
 * both the form's and the server's errors.
 */
export function factorFormErrors(form: RiskFactorForm, text: FactorFormTexts): Record<string, string> {
  const e: Record<string, string> = {}
  const number = (key: string, value: string, positive = false): number | undefined => {
    if (!value.trim()) e[key] = text.required
    else {
      const n = parseNumber(value)
      if (n === undefined) e[key] = text.notNumber
      else if (positive && n <= 0) e[key] = text.positive
      else return n
    }
    return undefined
  }
  if (!form.name.trim()) e.name = text.required
  else if (form.name.trim().length > NAME_MAX) e.name = text.tooLong
  if (!form.conditions.length) e.conditions = text.noConditions
  form.conditions.forEach((c, i) => {
    if (!c.indicatorCode?.trim()) e[`conditions[${i}].indicatorCode`] = text.required
    if (!c.operator) e[`conditions[${i}].operator`] = text.required
    number(`conditions[${i}].threshold`, c.threshold)
    number(`conditions[${i}].weight`, c.weight, true)
  })
  const level = (key: 'lowAt' | 'mediumAt' | 'highAt', value: string) => {
    const n = number(key, value, key === 'lowAt')
    if (n === undefined) return undefined
    if (Math.abs(n) >= LEVEL_MAX || Math.abs(n * 100 - Math.round(n * 100)) > 1e-6) {
      e[key] = text.levelFormat
      return undefined
    }
    return n
  }
  const low = level('lowAt', form.lowAt)
  const medium = level('mediumAt', form.mediumAt)
  const high = level('highAt', form.highAt)
  if (low !== undefined && medium !== undefined && medium < low) e.mediumAt = text.mediumBelowLow(decimalText(low))
  if (medium !== undefined && high !== undefined && high < medium) e.highAt = text.highBelowMedium(decimalText(medium))
  return e
}

/** The form as the API takes it (valid forms only); `version` for a change. */
export function toFactorInput(form: RiskFactorForm, regionId: number, version?: number): RiskFactorInput {
  return {
    regionId,
    name: form.name.trim(),
    conditions: form.conditions.map((c) => ({
      indicatorCode: (c.indicatorCode ?? '').trim(),
      operator: c.operator,
      threshold: parseNumber(c.threshold) ?? 0,
      weight: parseNumber(c.weight) ?? 0,
    })),
    lowAt: parseNumber(form.lowAt) ?? 0,
    mediumAt: parseNumber(form.mediumAt) ?? 0,
    highAt: parseNumber(form.highAt) ?? 0,
    version,
  }
}

/**
 * The factor as the form would save it, for the preview: the conditions filled in so far and the levels typed.
 * Rows without an indicator or numbers are left out.
 */
export function formPreview(form: RiskFactorForm) {
  const conditions = form.conditions
    .map((c) => ({ indicatorCode: c.indicatorCode ?? '', operator: c.operator, threshold: parseNumber(c.threshold), weight: parseNumber(c.weight) }))
    .filter((c): c is RiskCondition => Boolean(c.indicatorCode) && c.threshold !== undefined && c.weight !== undefined)
  return { conditions, lowAt: parseNumber(form.lowAt), mediumAt: parseNumber(form.mediumAt), highAt: parseNumber(form.highAt) }
}

/** Errors keyed `conditions[i].…` after removing row `index`: later rows move up, the removed row's go. */
export function shiftConditionErrors(errors: Record<string, string>, index: number): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, message] of Object.entries(errors)) {
    const m = /^conditions\[(\d+)\](.*)$/.exec(key)
    if (!m) result[key] = message
    else if (Number(m[1]) < index) result[key] = message
    else if (Number(m[1]) > index) result[`conditions[${Number(m[1]) - 1}]${m[2]}`] = message
  }
  return result
}
