import type { LocationQuery } from 'vue-router'
import { ADDRESSEES, BASES, type Addressee, type Basis, type RecommendationInput } from './types'

/** A recommendation being issued, as the dialog holds it (ids of the analysis and the list as typed). */
export interface RecommendationModel {
  addresseeKind: Addressee
  schoolId: number | null
  municipalityId: number | null
  bodyId: number | null
  basisKind: Basis
  analysisRunId: string
  schoolListId: string
  basis: string
  text: string
  deadline: string
}

export const emptyRecommendation = (): RecommendationModel => ({
  addresseeKind: 'SCHOOL',
  schoolId: null,
  municipalityId: null,
  bodyId: null,
  basisKind: 'OTHER',
  analysisRunId: '',
  schoolListId: '',
  basis: '',
  text: '',
  deadline: '',
})

/** The fields the dialog shows and the server names in its errors. */
export const RECOMMENDATION_FIELDS = [
  'addresseeKind', 'schoolId', 'municipalityId', 'bodyId', 'basisKind', 'analysisRunId', 'schoolListId', 'basis', 'text', 'deadline',
] as const
export type RecommendationField = (typeof RECOMMENDATION_FIELDS)[number]

/** The addressee's field for each kind. */
export const ADDRESSEE_FIELD = { SCHOOL: 'schoolId', MUNICIPALITY: 'municipalityId', BODY: 'bodyId' } as const satisfies Record<Addressee, RecommendationField>

const positive = (s: string) => /^\d+$/.test(s.trim()) && Number(s) > 0

/**
 * What the browser can tell before sending: an addressee of the chosen kind, a basis (the analysis's or the list's
 * number, or the text), the text, the deadline. `t` gives the messages (keys of recommendations.issue.*).
 */
export function validateRecommendation(m: RecommendationModel, t: (key: string) => string): Partial<Record<RecommendationField, string>> {
  const e: Partial<Record<RecommendationField, string>> = {}
  const field = ADDRESSEE_FIELD[m.addresseeKind]
  if (m[field] == null) e[field] = t('recommendations.issue.addresseeRequired')
  if (m.basisKind === 'ANALYSIS' && !positive(m.analysisRunId)) e.analysisRunId = t('recommendations.issue.numberRequired')
  if (m.basisKind === 'LIST' && !positive(m.schoolListId)) e.schoolListId = t('recommendations.issue.numberRequired')
  if (m.basisKind === 'OTHER' && !m.basis.trim()) e.basis = t('recommendations.issue.basisRequired')
  if (!m.text.trim()) e.text = t('recommendations.issue.textRequired')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(m.deadline)) e.deadline = t('recommendations.issue.deadlineRequired')
  return e
}

/** What the server takes: the addressee of the chosen kind only, the basis of the chosen kind (and its text, if any). */
export function toRecommendationInput(m: RecommendationModel): RecommendationInput {
  const input: RecommendationInput = { addresseeKind: m.addresseeKind, basisKind: m.basisKind, text: m.text.trim(), deadline: m.deadline }
  const field = ADDRESSEE_FIELD[m.addresseeKind]
  if (m[field] != null) input[field] = m[field] ?? undefined
  if (m.basisKind === 'ANALYSIS') input.analysisRunId = Number(m.analysisRunId)
  if (m.basisKind === 'LIST') input.schoolListId = Number(m.schoolListId)
  if (m.basis.trim()) input.basis = m.basis.trim()
  return input
}

const one = (v: LocationQuery[string]) => (Array.isArray(v) ? v[0] : v) ?? undefined
const id = (v: LocationQuery[string]) => {
  const s = one(v)
  return s && /^\d+$/.test(s) ? Number(s) : null
}

/**
 * A recommendation started from another page's link (an analysis's school, a list):
 * ?issue=1&schoolId=5&basisKind=ANALYSIS&analysisRunId=3&basis=… — whatever is given, the rest empty.
 */
export function modelFromQuery(query: LocationQuery): RecommendationModel {
  const m = emptyRecommendation()
  const kind = one(query.addresseeKind)
  const basisKind = one(query.basisKind)
  m.schoolId = id(query.schoolId)
  m.municipalityId = id(query.municipalityId)
  m.bodyId = id(query.bodyId)
  if (kind && (ADDRESSEES as readonly string[]).includes(kind)) m.addresseeKind = kind as Addressee
  else if (m.bodyId != null) m.addresseeKind = 'BODY'
  else if (m.schoolId == null && m.municipalityId != null) m.addresseeKind = 'MUNICIPALITY'
  m.analysisRunId = one(query.analysisRunId) ?? ''
  m.schoolListId = one(query.schoolListId) ?? ''
  if (basisKind && (BASES as readonly string[]).includes(basisKind)) m.basisKind = basisKind as Basis
  else if (m.analysisRunId) m.basisKind = 'ANALYSIS'
  else if (m.schoolListId) m.basisKind = 'LIST'
  m.basis = one(query.basis) ?? ''
  return m
}
