import type { School, SchoolInput } from '@/services/types'

/** The form's own model: numbers as typed text, so that a half-typed value is not lost. */
export interface SchoolFormModel {
  inn: string
  shortName: string
  fullName: string
  type: SchoolInput['type'] | null
  settlement: SchoolInput['settlement'] | null
  address: string
  principal: string
  pupils: string
  teachers: string
  municipalityId: number | null
}

export const FORM_FIELDS = [
  'inn', 'shortName', 'fullName', 'type', 'settlement', 'address', 'principal', 'pupils', 'teachers', 'municipalityId',
] as const satisfies readonly (keyof SchoolFormModel)[]
export type FormField = (typeof FORM_FIELDS)[number]

export function emptyModel(municipalityId: number | null = null): SchoolFormModel {
  return {
    inn: '', shortName: '', fullName: '', type: null, settlement: null, address: '', principal: '',
    pupils: '', teachers: '', municipalityId,
  }
}

export function modelFromSchool(s: School): SchoolFormModel {
  return {
    inn: s.inn ?? '',
    shortName: s.shortName ?? '',
    fullName: s.fullName ?? '',
    type: s.type ?? null,
    settlement: s.settlement ?? null,
    address: s.address ?? '',
    principal: s.principal ?? '',
    pupils: s.pupils == null ? '' : String(s.pupils),
    teachers: s.teachers == null ? '' : String(s.teachers),
    municipalityId: s.municipalityId ?? null,
  }
}

/** The request body; only called once the client rules pass. */
export function inputFromModel(m: SchoolFormModel, version?: number): SchoolInput {
  return {
    inn: m.inn.trim(),
    shortName: m.shortName.trim(),
    fullName: m.fullName.trim(),
    type: m.type as SchoolInput['type'],
    settlement: m.settlement as SchoolInput['settlement'],
    address: m.address.trim(),
    principal: m.principal.trim() || undefined,
    pupils: Number(m.pupils),
    teachers: Number(m.teachers),
    municipalityId: m.municipalityId as number,
    ...(version !== undefined ? { version } : {}),
  }
}

/**
 * The form field a server error belongs to: `errors[].field` may be a bare name ("inn") or a
 * path ("update.input.inn", "body.pupils"); the last known segment wins.
 */
export function formFieldOf(field: string | undefined): FormField | undefined {
  if (!field) return undefined
  const segments = field.split(/[.[\]]/).filter(Boolean).reverse()
  return segments.find((s): s is FormField => (FORM_FIELDS as readonly string[]).includes(s))
}

export type Rule = (value: unknown) => true | string

/** Client-side rules; `msg` turns a rules.* key into text. */
export function makeRules(msg: (key: string, values?: Record<string, unknown>) => string) {
  const text = (v: unknown) => (v == null ? '' : String(v)).trim()
  const required: Rule = (v) => (v !== null && v !== undefined && text(v) !== '') || msg('schools.rules.required')
  const inn: Rule = (v) => /^\d{10}$/.test(text(v)) || msg('schools.rules.inn')
  const count = (max: number): Rule => (v) => {
    const s = text(v)
    if (!/^\d+$/.test(s)) return msg('schools.rules.nonNegativeInteger')
    return Number(s) <= max || msg('schools.rules.max', { max })
  }
  return {
    inn: [required, inn],
    shortName: [required],
    fullName: [required],
    type: [required],
    settlement: [required],
    address: [required],
    principal: [] as Rule[],
    pupils: [required, count(10000)],
    teachers: [required, count(2000)],
    municipalityId: [required],
  } satisfies Record<FormField, Rule[]>
}
