import type { CampaignIndicatorInput, CampaignInput, CampaignView, Respondent, SchoolScope } from './types'

/** The campaign form's model; dates as the date inputs give them (yyyy-mm-dd), '' when empty. */
export interface CampaignFormModel {
  name: string
  academicYear: string
  orderNumber: string
  orderDate: string
  orderBodyId: number | null
  regionId: number | null
  municipalityId: number | null
  /** Schools, or the region's municipalities (then no municipality and every municipality is asked). */
  respondent: Respondent
  schoolScope: SchoolScope
  schoolIds: number[]
  /** The approved school list of a SCHOOL_LIST campaign. */
  schoolListId: number | null
  indicators: CampaignIndicatorInput[]
  opensOn: string
  closesOn: string
}

export const CAMPAIGN_FIELDS = [
  'name', 'academicYear', 'orderNumber', 'orderDate', 'orderBodyId', 'regionId', 'municipalityId', 'respondent', 'schoolScope', 'schoolIds',
  'schoolListId', 'indicators', 'opensOn', 'closesOn',
] as const satisfies readonly (keyof CampaignFormModel)[]
export type CampaignField = (typeof CAMPAIGN_FIELDS)[number]

/** The school year a date falls in: from September on, the year that begins. */
export function academicYearOf(date: Date): string {
  const start = date.getMonth() >= 8 ? date.getFullYear() : date.getFullYear() - 1
  return `${start}/${start + 1}`
}

export function emptyCampaignModel(regionId: number | null, municipalityId: number | null, today = new Date()): CampaignFormModel {
  return {
    name: '', academicYear: academicYearOf(today), orderNumber: '', orderDate: '', orderBodyId: null, regionId, municipalityId,
    respondent: 'SCHOOL', schoolScope: 'TERRITORY', schoolIds: [], schoolListId: null, indicators: [], opensOn: '', closesOn: '',
  }
}

export function modelFromCampaign(c: CampaignView): CampaignFormModel {
  const indicators = [...(c.indicators ?? [])]
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
    .filter((i) => i.indicatorId != null)
    .map((i) => ({ indicatorId: i.indicatorId as number, required: i.required ?? true }))
  return {
    name: c.name ?? '',
    academicYear: c.academicYear ?? '',
    orderNumber: c.orderNumber ?? '',
    orderDate: c.orderDate ?? '',
    orderBodyId: c.orderBodyId ?? null,
    regionId: c.regionId ?? null,
    municipalityId: c.municipalityId ?? null,
    respondent: c.respondent ?? 'SCHOOL',
    schoolScope: c.schoolScope ?? 'TERRITORY',
    schoolIds: [...(c.schoolIds ?? [])],
    schoolListId: c.schoolList?.id ?? null,
    indicators,
    opensOn: c.opensOn ?? '',
    closesOn: c.closesOn ?? '',
  }
}

/** The request body; only called once the client rules pass. */
export function campaignInputFromModel(m: CampaignFormModel, version?: number): CampaignInput {
  return {
    name: m.name.trim(),
    academicYear: m.academicYear.trim(),
    orderNumber: m.orderNumber.trim(),
    orderDate: m.orderDate,
    orderBodyId: m.orderBodyId as number,
    regionId: m.regionId as number,
    ...(m.municipalityId != null && m.respondent === 'SCHOOL' ? { municipalityId: m.municipalityId } : {}),
    respondent: m.respondent,
    // a campaign of municipalities asks every municipality of the region
    schoolScope: m.respondent === 'MUNICIPALITY' ? 'TERRITORY' : m.schoolScope,
    ...(m.schoolScope === 'LIST' && m.respondent === 'SCHOOL' ? { schoolIds: [...m.schoolIds] } : {}),
    ...(m.schoolScope === 'SCHOOL_LIST' && m.respondent === 'SCHOOL' && m.schoolListId != null ? { schoolListId: m.schoolListId } : {}),
    indicators: m.indicators.map((i) => ({ indicatorId: i.indicatorId, required: i.required })),
    opensOn: m.opensOn,
    closesOn: m.closesOn,
    ...(version !== undefined ? { version } : {}),
  }
}

/** The form field a server error names ("academicYear", "create.input.closesOn", "indicators[2].indicatorId"). */
export function campaignFieldOf(field: string | undefined): CampaignField | undefined {
  if (!field) return undefined
  const segments = field.split(/[.[\]]/).filter(Boolean)
  // The outermost known name wins: indicators[2].required belongs to the indicators.
  return segments.find((s): s is CampaignField => (CAMPAIGN_FIELDS as readonly string[]).includes(s))
}

export type Rule = (value: unknown) => true | string

export function campaignRules(msg: (key: string) => string, model: CampaignFormModel) {
  const str = (v: unknown) => (v == null ? '' : String(v)).trim()
  const required: Rule = (v) => (v !== null && v !== undefined && str(v) !== '') || msg('monitoring.rules.required')
  const date: Rule = (v) => /^\d{4}-\d{2}-\d{2}$/.test(str(v)) || msg('monitoring.rules.date')
  const academicYear: Rule = (v) => {
    const m = /^(\d{4})\/(\d{4})$/.exec(str(v))
    return (m !== null && Number(m[2]) === Number(m[1]) + 1) || msg('monitoring.rules.academicYear')
  }
  const closesAfterOpens: Rule = () => !model.opensOn || !model.closesOn || model.closesOn >= model.opensOn || msg('monitoring.rules.closesAfterOpens')
  return {
    name: [required],
    academicYear: [required, academicYear],
    orderNumber: [required],
    orderDate: [date],
    orderBodyId: [required],
    regionId: [required],
    municipalityId: [] as Rule[],
    respondent: [required],
    schoolScope: [required],
    schoolIds: [(v: unknown) => model.respondent !== 'SCHOOL' || model.schoolScope !== 'LIST' || (Array.isArray(v) && v.length > 0) || msg('monitoring.rules.schools')],
    schoolListId: [(v: unknown) => model.respondent !== 'SCHOOL' || model.schoolScope !== 'SCHOOL_LIST' || v != null || msg('monitoring.rules.schoolList')],
    indicators: [() => model.indicators.length > 0 || msg('monitoring.rules.indicators')],
    opensOn: [date],
    closesOn: [date, closesAfterOpens],
  } satisfies Record<CampaignField, Rule[]>
}
