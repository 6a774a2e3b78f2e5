import type { Me } from '@/services/types'

export const ROLES = ['admin', 'regional-analyst', 'municipal-coordinator', 'school-staff', 'integrator'] as const
export type Role = (typeof ROLES)[number]

/** The role shown for the user: the widest one they hold, in this order. */
export function primaryRole(roles: readonly string[] | undefined): Role | undefined {
  return ROLES.find((r) => roles?.includes(r))
}

/** The i18n key of the role's name (roles.*). */
export function roleLabelKey(roles: readonly string[] | undefined): string {
  return `roles.${primaryRole(roles) ?? 'none'}`
}

/**
 * The user's scope in words: their school, municipality or region by name, or a key for
 * "all regions"/"no scope" (returned as { key }) to translate.
 */
export function scopeLabel(me: Me | undefined): { text: string } | { key: string } {
  if (!me) return { key: 'scope.NONE' }
  if ((me.schoolId != null || me.organizationKind === 'SCHOOL') && me.organizationName) return { text: me.organizationName }
  if (me.municipalityName) return { text: me.municipalityName }
  if (me.regionName) return { text: me.regionName }
  if (me.roles?.includes('admin')) return { key: 'scope.ALL' }
  return { key: 'scope.NONE' }
}
