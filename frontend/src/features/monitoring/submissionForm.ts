import type { CampaignIndicator, SubmissionInput, SubmissionView, ValueInput } from './types'

/** One indicator's inputs as typed (text, so that "3," is not lost); a yes/no keeps '1', '0' or ''. */
export interface ValueModel {
  value: string
  numerator: string
  denominator: string
}
/** The form's model: by indicator code. */
export type SubmissionModel = Record<string, ValueModel>

export type ValuePart = keyof ValueModel
export const VALUE_PARTS: readonly ValuePart[] = ['value', 'numerator', 'denominator']
/** Messages by indicator code and input. */
export type ValueErrors = Record<string, Partial<Record<ValuePart, string>>>

type Indicator = Pick<CampaignIndicator, 'indicatorId' | 'code' | 'valueType' | 'minValue' | 'maxValue' | 'required' | 'minSample'>

const text = (n: number | null | undefined) => (n == null ? '' : String(n))

export function emptyValue(): ValueModel {
  return { value: '', numerator: '', denominator: '' }
}

/** The model of a submission: every indicator of the campaign, with what the school has entered so far. */
export function modelFromSubmission(indicators: readonly Indicator[], submission: Pick<SubmissionView, 'values'> | undefined): SubmissionModel {
  const model: SubmissionModel = {}
  for (const indicator of indicators) {
    const stored = submission?.values?.find((v) => v.indicatorId === indicator.indicatorId || (v.code != null && v.code === indicator.code))
    model[indicator.code ?? ''] = {
      value: indicator.valueType === 'PERCENT' ? '' : text(stored?.value),
      numerator: text(stored?.numerator),
      denominator: text(stored?.denominator),
    }
  }
  return model
}

/** A number as people type it: "3,5" or "3.5", spaces between thousands; NaN for anything else, undefined when empty. */
export function parseNumber(input: string): number | undefined {
  const s = input.replace(/[\s\u00a0]/g, '').replace(',', '.')
  if (s === '') return undefined
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return Number.NaN
  return Number(s)
}

const isInteger = (n: number) => Number.isInteger(n)
const isEmpty = (m: ValueModel | undefined) => !m || (m.value.trim() === '' && m.numerator.trim() === '' && m.denominator.trim() === '')

/** The percent the numerator and denominator make, or undefined while they do not make one. */
export function percentOf(m: ValueModel | undefined): number | undefined {
  if (!m) return undefined
  const n = parseNumber(m.numerator)
  const d = parseNumber(m.denominator)
  if (n == null || d == null || Number.isNaN(n) || Number.isNaN(d) || d <= 0 || n < 0) return undefined
  return (n / d) * 100
}

export type Msg = (key: string, values?: Record<string, unknown>) => string

/**
 * The client's rules for every indicator: numbers where numbers are due, integers for counts and for a percent's
 * parts, numerator ≤ denominator, the indicator's range; on submit (`requireAll`) every required indicator filled.
 */
export function validateModel(
  indicators: readonly Indicator[],
  model: SubmissionModel,
  options: { requireAll: boolean },
  msg: Msg,
  number: (n: number) => string = String,
): ValueErrors {
  const errors: ValueErrors = {}
  const put = (code: string, part: ValuePart, message: string) => {
    errors[code] ??= {}
    errors[code][part] ??= message
  }
  const inRange = (code: string, part: ValuePart, value: number, indicator: Indicator) => {
    if (indicator.minValue != null && value < indicator.minValue) put(code, part, msg('monitoring.rules.min', { min: number(indicator.minValue) }))
    else if (indicator.maxValue != null && value > indicator.maxValue) put(code, part, msg('monitoring.rules.max', { max: number(indicator.maxValue) }))
  }

  for (const indicator of indicators) {
    const code = indicator.code ?? ''
    const m = model[code]
    if (isEmpty(m)) {
      if (options.requireAll && indicator.required) {
        if (indicator.valueType === 'PERCENT') {
          put(code, 'numerator', msg('monitoring.rules.required'))
          put(code, 'denominator', msg('monitoring.rules.required'))
        } else put(code, 'value', msg('monitoring.rules.required'))
      }
      continue
    }
    switch (indicator.valueType) {
      case 'PERCENT': {
        const n = parseNumber(m.numerator)
        const d = parseNumber(m.denominator)
        if (n == null) put(code, 'numerator', msg('monitoring.rules.bothParts'))
        else if (Number.isNaN(n) || !isInteger(n) || n < 0) put(code, 'numerator', msg('monitoring.rules.nonNegativeInteger'))
        if (d == null) put(code, 'denominator', msg('monitoring.rules.bothParts'))
        else if (Number.isNaN(d) || !isInteger(d) || d < 0) put(code, 'denominator', msg('monitoring.rules.nonNegativeInteger'))
        else if (d === 0) put(code, 'denominator', msg('monitoring.rules.positiveDenominator'))
        if (errors[code]) break
        if ((n as number) > (d as number)) {
          put(code, 'numerator', msg('monitoring.rules.numeratorNotAboveDenominator'))
          break
        }
        inRange(code, 'numerator', ((n as number) / (d as number)) * 100, indicator)
        break
      }
      case 'COUNT': {
        const v = parseNumber(m.value)
        if (v == null) break
        if (Number.isNaN(v) || !isInteger(v) || v < 0) put(code, 'value', msg('monitoring.rules.nonNegativeInteger'))
        else inRange(code, 'value', v, indicator)
        break
      }
      case 'BOOLEAN':
        if (m.value !== '0' && m.value !== '1') put(code, 'value', msg('monitoring.rules.yesNo'))
        break
      default: {
        const v = parseNumber(m.value)
        if (v == null) break
        if (Number.isNaN(v)) put(code, 'value', msg('monitoring.rules.number'))
        else inRange(code, 'value', v, indicator)
      }
    }
  }
  return errors
}

/** The request body: the filled-in indicators only (only called once the rules pass). */
export function inputFromModel(indicators: readonly Indicator[], model: SubmissionModel, version: number): SubmissionInput {
  const values: ValueInput[] = []
  for (const indicator of indicators) {
    const m = model[indicator.code ?? '']
    if (isEmpty(m) || indicator.indicatorId == null) continue
    if (indicator.valueType === 'PERCENT') {
      values.push({ indicatorId: indicator.indicatorId, numerator: parseNumber(m.numerator), denominator: parseNumber(m.denominator) })
    } else {
      values.push({ indicatorId: indicator.indicatorId, value: parseNumber(m.value) })
    }
  }
  return { version, values }
}

/**
 * Where a server error belongs: `values[VPR_F2].numerator` → { code: 'VPR_F2', part: 'numerator' }. A numeric
 * key is an index into the values that were sent. A part left out means the value as a whole.
 */
export function valueFieldOf(
  field: string | undefined,
  indicators: readonly Indicator[],
  sent?: SubmissionInput,
): { code: string; part: ValuePart } | undefined {
  if (!field) return undefined
  const m = /values\[([^\]]+)\](?:\.(\w+))?/.exec(field)
  if (!m) return undefined
  let key = m[1].replace(/^["']|["']$/g, '')
  if (!indicators.some((i) => i.code === key) && /^\d+$/.test(key) && sent) {
    const id = sent.values[Number(key)]?.indicatorId
    key = indicators.find((i) => i.indicatorId === id)?.code ?? key
  }
  const indicator = indicators.find((i) => i.code === key)
  if (!indicator) return undefined
  const named = VALUE_PARTS.find((p) => p === m[2])
  const part: ValuePart = named ?? (indicator.valueType === 'PERCENT' ? 'numerator' : 'value')
  if (indicator.valueType === 'PERCENT' && part === 'value') return { code: key, part: 'numerator' }
  return { code: key, part }
}
