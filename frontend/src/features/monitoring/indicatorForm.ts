import { parseNumber } from './submissionForm'
import type { Direction, IndicatorCategory, IndicatorInput, IndicatorView, Respondent, ValueType } from './types'

/** The indicator form's model: numbers as typed text. */
export interface IndicatorFormModel {
  regionId: number | null
  code: string
  name: string
  description: string
  category: IndicatorCategory | null
  /** Whom it is asked of: schools, or municipalities (their education authorities). */
  respondent: Respondent
  unit: string
  valueType: ValueType | null
  direction: Direction | null
  minValue: string
  maxValue: string
  minSample: string
}

export const INDICATOR_FIELDS = [
  'regionId', 'code', 'name', 'description', 'category', 'respondent', 'unit', 'valueType', 'direction', 'minValue', 'maxValue', 'minSample',
] as const satisfies readonly (keyof IndicatorFormModel)[]
export type IndicatorField = (typeof INDICATOR_FIELDS)[number]

export function emptyIndicatorModel(regionId: number | null = null): IndicatorFormModel {
  return {
    regionId, code: '', name: '', description: '', category: null, respondent: 'SCHOOL', unit: '', valueType: null, direction: null,
    minValue: '', maxValue: '', minSample: '',
  }
}

const text = (n: number | null | undefined) => (n == null ? '' : String(n))

export function modelFromIndicator(i: IndicatorView): IndicatorFormModel {
  return {
    regionId: i.regionId ?? null,
    code: i.code ?? '',
    name: i.name ?? '',
    description: i.description ?? '',
    category: i.category ?? null,
    respondent: i.respondent ?? 'SCHOOL',
    unit: i.unit ?? '',
    valueType: i.valueType ?? null,
    direction: i.direction ?? null,
    minValue: text(i.minValue),
    maxValue: text(i.maxValue),
    minSample: text(i.minSample),
  }
}

/** The request body; only called once the client rules pass. */
export function indicatorInputFromModel(m: IndicatorFormModel, version?: number): IndicatorInput {
  return {
    regionId: m.regionId as number,
    code: m.code.trim(),
    name: m.name.trim(),
    description: m.description.trim() || undefined,
    category: m.category as IndicatorCategory,
    respondent: m.respondent,
    unit: m.unit.trim(),
    valueType: m.valueType as ValueType,
    direction: m.direction as Direction,
    minValue: parseNumber(m.minValue),
    maxValue: parseNumber(m.maxValue),
    minSample: parseNumber(m.minSample),
    ...(version !== undefined ? { version } : {}),
  }
}

/** The form field a server error names ("code", "create.input.code", "maxValue"). */
export function indicatorFieldOf(field: string | undefined): IndicatorField | undefined {
  if (!field) return undefined
  const segments = field.split(/[.[\]]/).filter(Boolean).reverse()
  return segments.find((s): s is IndicatorField => (INDICATOR_FIELDS as readonly string[]).includes(s))
}

export type Rule = (value: unknown) => true | string

/** Client-side rules; `model` is read for the rules that compare two fields. */
export function indicatorRules(msg: (key: string, values?: Record<string, unknown>) => string, model: IndicatorFormModel) {
  const str = (v: unknown) => (v == null ? '' : String(v)).trim()
  const required: Rule = (v) => (v !== null && v !== undefined && str(v) !== '') || msg('monitoring.rules.required')
  const number: Rule = (v) => !Number.isNaN(parseNumber(str(v)) ?? 0) || msg('monitoring.rules.number')
  const minNotAboveMax: Rule = () => {
    const min = parseNumber(model.minValue)
    const max = parseNumber(model.maxValue)
    return min == null || max == null || Number.isNaN(min) || Number.isNaN(max) || min <= max || msg('monitoring.rules.minNotAboveMax')
  }
  const count: Rule = (v) => {
    const s = str(v)
    return s === '' || /^\d+$/.test(s) || msg('monitoring.rules.nonNegativeInteger')
  }
  return {
    regionId: [required],
    code: [required, (v: unknown) => /^[A-Z][A-Z0-9_]{0,39}$/.test(str(v)) || msg('monitoring.rules.code')],
    name: [required],
    description: [] as Rule[],
    category: [required],
    respondent: [required],
    unit: [required],
    valueType: [required],
    direction: [required],
    minValue: [number, minNotAboveMax],
    maxValue: [number, minNotAboveMax],
    minSample: [count],
  } satisfies Record<IndicatorField, Rule[]>
}
