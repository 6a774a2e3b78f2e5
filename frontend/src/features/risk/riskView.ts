import type { RiskFactorResult, RiskLevel, RiskProfile } from './types'

export const RISK_LEVEL_COLOR: Record<RiskLevel, string> = {
  NONE: 'success',
  LOW: 'light-green-darken-4',
  MEDIUM: 'warning',
  HIGH: 'error',
  NO_DATA: 'grey-darken-2',
}

/** A correction (a level other than the computed one) needs the school's comment; a confirmation does not. */
export const needsComment = (level: RiskLevel | null | undefined, computed: RiskLevel | null | undefined): boolean =>
  level != null && level !== computed

/**
 * Where the school's word on a factor stands: not given yet, the computed level confirmed, corrected to another one,
 * or given on data that has changed since (the computed level or score moved).
 */
export type AssessmentState = 'pending' | 'confirmed' | 'corrected' | 'outdated'
export function assessmentState(f: Pick<RiskFactorResult, 'schoolLevel' | 'computedLevel' | 'assessedOnCurrent'>): AssessmentState {
  if (!f.schoolLevel) return 'pending'
  if (!f.assessedOnCurrent) return 'outdated'
  return f.schoolLevel === f.computedLevel ? 'confirmed' : 'corrected'
}

/** The level that stands for the factor: the school's word when given on the current data, else the computed one. */
export const effectiveLevel = (f: Pick<RiskFactorResult, 'schoolLevel' | 'computedLevel' | 'assessedOnCurrent'>): RiskLevel | undefined =>
  f.schoolLevel && f.assessedOnCurrent ? f.schoolLevel : f.computedLevel

/** How many factors stand at each level, and how many still wait for the school's word. */
export function profileSummary(profile: RiskProfile | undefined) {
  const counts: Record<RiskLevel, number> = { NONE: 0, LOW: 0, MEDIUM: 0, HIGH: 0, NO_DATA: 0 }
  let pending = 0
  for (const f of profile?.factors ?? []) {
    const level = effectiveLevel(f)
    if (level) counts[level]++
    const state = assessmentState(f)
    if (state === 'pending' || state === 'outdated') pending++
  }
  return { counts, pending }
}

/** «4» or «2,5» of «6»: scores as Russian decimals. */
export const scoreText = (n: number | null | undefined): string => (n == null ? '—' : String(Number(n.toFixed(2))).replace('.', ','))

/** The body of a PUT for a factor: the computed level to confirm it, another one (with the comment) to correct it. */
export function assessmentInput(f: RiskFactorResult, campaignId: number, level: RiskLevel, comment: string) {
  const text = comment.trim()
  return {
    campaignId,
    level,
    comment: text || undefined,
    // Changing an earlier word needs its version (409 when it has changed meanwhile).
    version: f.assessmentVersion ?? undefined,
  }
}
