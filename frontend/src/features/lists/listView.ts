import type { ListCheck, ListEvidence, ListKind, ListSource, ListStatus, Operator, RuleCondition, SchoolListEntry } from './types'

/** The signs the server writes in a rule's text («VPR_F2 ≥ 15»). */
export const OPERATOR_SIGN: Record<Operator, string> = { GT: '>', GE: '≥', LT: '<', LE: '≤' }

export const LIST_STATUS_COLOR: Record<ListStatus, string> = { DRAFT: 'grey', APPROVED: 'success' }
export const LIST_SOURCE_COLOR: Record<ListSource, string> = { RULE: 'primary', CARRIED: 'secondary', MANUAL: 'warning' }

/** «15», «15,5»: the threshold as a Russian decimal, without trailing zeros. */
export function decimalText(n: number | null | undefined): string {
  if (n == null || Number.isNaN(n)) return '—'
  return String(Number(n.toFixed(4))).replace('.', ',')
}

/** One condition in words, as the server writes it: «VPR_F2 ≥ 15». */
export const conditionText = (c: Pick<RuleCondition, 'indicatorCode' | 'operator' | 'threshold'>): string =>
  `${c.indicatorCode} ${OPERATOR_SIGN[c.operator]} ${decimalText(c.threshold)}`

/**
 * The rule in words for the form's preview, as the server renders it: «2 из 3: VPR_F2 ≥ 15; …; 2 года подряд».
 * `words` gives the interface language's «N из M» and «N лет подряд».
 */
export function ruleText(
  rule: { conditions: Pick<RuleCondition, 'indicatorCode' | 'operator' | 'threshold'>[]; minMatches: number; consecutiveYears: number },
  words: { head: (min: number, total: number) => string; years: (n: number) => string },
): string {
  const conditions = rule.conditions.filter((c) => c.indicatorCode).map(conditionText)
  const tail = rule.consecutiveYears > 1 ? `; ${words.years(rule.consecutiveYears)}` : ''
  return `${words.head(rule.minMatches, conditions.length)}: ${conditions.join('; ')}${tail}`
}

/** A condition's verdict on one value: met, not met, or not judged (no value, or too small a sample). */
export type CheckState = 'met' | 'notMet' | 'notJudged'
export const checkState = (c: Pick<ListCheck, 'met' | 'judged'>): CheckState => (!c.judged ? 'notJudged' : c.met ? 'met' : 'notMet')
export const CHECK_ICON: Record<CheckState, { icon: string; color: string }> = {
  met: { icon: 'mdi-check-circle', color: 'error' },
  notMet: { icon: 'mdi-minus-circle-outline', color: 'success' },
  notJudged: { icon: 'mdi-help-circle-outline', color: 'grey' },
}

/** «2 из 3 условий» for a campaign's evidence; the verdict itself is `holds`. */
export function evidenceSummary(e: ListEvidence): { matched: number; total: number; judged: number } {
  const checks = e.checks ?? []
  return { matched: e.matched ?? checks.filter((c) => c.met).length, total: checks.length, judged: checks.filter((c) => c.judged).length }
}

/** How many schools are on the list and how many were considered; by source. */
export function entryCounts(entries: readonly SchoolListEntry[]) {
  const counts = { included: 0, excluded: 0, RULE: 0, CARRIED: 0, MANUAL: 0 }
  for (const e of entries) {
    if (e.included) counts.included++
    else counts.excluded++
    if (e.source) counts[e.source]++
  }
  return counts
}

/** Entries filtered for the table: all, only those on the list, only those left off. */
export type EntryFilter = 'all' | 'included' | 'excluded'
export function filterEntries(entries: readonly SchoolListEntry[], filter: EntryFilter, query = ''): SchoolListEntry[] {
  const q = query.trim().toLowerCase().replace(/ё/g, 'е')
  return entries.filter((e) => {
    if (filter === 'included' && !e.included) return false
    if (filter === 'excluded' && e.included) return false
    if (!q) return true
    return `${e.schoolName ?? ''} ${e.municipalityName ?? ''}`.toLowerCase().replace(/ё/g, 'е').includes(q)
  })
}

/** A campaign as the list form offers it. */
export interface CampaignOption {
  id: number
  name: string
  academicYear?: string
  closesOn?: string
  municipalityName?: string
}

/** «2020/2021» → 2020; anything else sorts last. */
const startYear = (academicYear?: string): number => {
  const m = /^(\d{4})/.exec(academicYear ?? '')
  return m ? Number(m[1]) : -Infinity
}

/** Newest first: by academic year, then by closing date, then by id (the server evaluates them in this order). */
export function newestFirst<T extends CampaignOption>(campaigns: readonly T[]): T[] {
  return [...campaigns].sort(
    (a, b) => startYear(b.academicYear) - startYear(a.academicYear) || (b.closesOn ?? '').localeCompare(a.closesOn ?? '') || b.id - a.id,
  )
}

/** The picked campaigns in the order the server wants them (newest first), whatever order they were picked in. */
export function orderedCampaignIds(picked: readonly number[], campaigns: readonly CampaignOption[]): number[] {
  const set = new Set(picked)
  const known = newestFirst(campaigns.filter((c) => set.has(c.id))).map((c) => c.id)
  return [...known, ...picked.filter((id) => !known.includes(id))]
}

/** The year a list is for: the year after the academic year of the newest campaign («2020/2021» → 2021). */
export function suggestedYear(campaigns: readonly CampaignOption[], picked: readonly number[]): number | undefined {
  const newest = newestFirst(campaigns.filter((c) => picked.includes(c.id)))[0]
  const m = /^\d{4}\D+(\d{4})/.exec(newest?.academicYear ?? '')
  return m ? Number(m[1]) : undefined
}

/** A condition row of the rule form: the threshold as typed («15», «15,5»). */
export interface ConditionRow {
  indicatorCode: string | null
  operator: Operator
  threshold: string
}

export interface RuleForm {
  kind: ListKind
  name: string
  conditions: ConditionRow[]
  minMatches: number | string
  consecutiveYears: number | string
}

/** «15,5» → 15.5; empty or not a number → undefined. */
export function parseNumber(text: string | number | null | undefined): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? text : undefined
  const s = (text ?? '').trim().replace(',', '.')
  if (!s) return undefined
  const n = Number(s)
  return Number.isFinite(n) ? n : undefined
}

/**
 * The form's mistakes the server would also name, by the server's field names (conditions[0].threshold, minMatches),
 * so that one map shows both. `required` and the others are the messages to use.
 */
export function ruleFormErrors(
  form: RuleForm,
  text: { required: string; noConditions: string; tooMany: (n: number) => string; atLeastOne: string; years: string },
): Record<string, string> {
  const e: Record<string, string> = {}
  if (!form.name.trim()) e.name = text.required
  if (!form.conditions.length) e.conditions = text.noConditions
  form.conditions.forEach((c, i) => {
    if (!c.indicatorCode) e[`conditions[${i}].indicatorCode`] = text.required
    if (parseNumber(c.threshold) === undefined) e[`conditions[${i}].threshold`] = text.required
  })
  const min = parseNumber(form.minMatches)
  if (min === undefined || !Number.isInteger(min) || min < 1) e.minMatches = text.atLeastOne
  else if (form.conditions.length && min > form.conditions.length) e.minMatches = text.tooMany(form.conditions.length)
  const years = parseNumber(form.consecutiveYears)
  if (years === undefined || !Number.isInteger(years) || years < 1 || years > 5) e.consecutiveYears = text.years
  return e
}

/** The form as the API takes it (valid forms only). */
export function toRuleInput(form: RuleForm, regionId: number, version?: number) {
  return {
    regionId,
    kind: form.kind,
    name: form.name.trim(),
    conditions: form.conditions.map((c) => ({ indicatorCode: c.indicatorCode ?? '', operator: c.operator, threshold: parseNumber(c.threshold) ?? 0 })),
    minMatches: parseNumber(form.minMatches) ?? 1,
    consecutiveYears: parseNumber(form.consecutiveYears) ?? 1,
    version,
  }
}

/** A rule into the form, or an empty form of a kind. */
export function toRuleForm(
  rule?: { kind?: ListKind; name?: string; conditions?: RuleCondition[]; minMatches?: number; consecutiveYears?: number },
  kind: ListKind = 'LOW_RESULTS',
): RuleForm {
  return {
    kind: rule?.kind ?? kind,
    name: rule?.name ?? '',
    conditions: (rule?.conditions ?? []).map((c) => ({ indicatorCode: c.indicatorCode, operator: c.operator, threshold: decimalText(c.threshold) })),
    minMatches: rule?.minMatches ?? 1,
    consecutiveYears: rule?.consecutiveYears ?? 1,
  }
}

export const emptyCondition = (): ConditionRow => ({ indicatorCode: null, operator: 'GE', threshold: '' })
