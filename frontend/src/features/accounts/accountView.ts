import type { RouteLocationRaw } from 'vue-router'
import type { AccountSetup, ActingFor, UserAccount, UserAccountInput, UsersImport, UsersImportRow } from './types'

/** The roles an account can have, widest first (an integrator's account is not made here). */
export const ACCOUNT_ROLES = ['admin', 'regional-analyst', 'municipal-coordinator', 'school-staff'] as const

/** The kind of record a role acts for: its scope comes from the record chosen, never typed. */
export type RecordKind = 'REGION' | 'MUNICIPALITY' | 'SCHOOL'
export type AccountRole = UserAccountInput['role']

/** A role the API named (options, a sheet's row) that the SPA knows. */
export function isAccountRole(role: string | null | undefined): role is AccountRole {
  return (ACCOUNT_ROLES as readonly string[]).includes(role ?? '')
}

/** Which record the role needs (none for the admin, who acts for all regions). */
export function recordKindOf(role: string | null | undefined): RecordKind | undefined {
  switch (role) {
    case 'regional-analyst':
      return 'REGION'
    case 'municipal-coordinator':
      return 'MUNICIPALITY'
    case 'school-staff':
      return 'SCHOOL'
    default:
      return undefined
  }
}

export interface AccountForm {
  lastName: string
  firstName: string
  middleName: string
  email: string
  role: AccountRole | null
  recordId: number | null
}

export const emptyAccountForm = (): AccountForm => ({ lastName: '', firstName: '', middleName: '', email: '', role: null, recordId: null })

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim())
}

/** The form's own checks, by field: the keys are i18n keys of accounts.form.errors. */
export function validateAccountForm(form: AccountForm): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!form.lastName.trim()) errors.lastName = 'required'
  if (!form.firstName.trim()) errors.firstName = 'required'
  if (!form.email.trim()) errors.email = 'required'
  else if (!isEmail(form.email)) errors.email = 'email'
  if (!form.role) errors.role = 'required'
  else if (recordKindOf(form.role) && form.recordId == null) errors.recordId = 'required'
  return errors
}

/** The body of POST /users: exactly the id the role needs. */
export function accountInput(form: AccountForm): UserAccountInput {
  const input: UserAccountInput = {
    lastName: form.lastName.trim(),
    firstName: form.firstName.trim(),
    email: form.email.trim(),
    role: form.role ?? 'school-staff',
  }
  const middleName = form.middleName.trim()
  if (middleName) input.middleName = middleName
  const kind = recordKindOf(form.role)
  if (kind === 'REGION') input.regionId = form.recordId ?? undefined
  if (kind === 'MUNICIPALITY') input.municipalityId = form.recordId ?? undefined
  if (kind === 'SCHOOL') input.schoolId = form.recordId ?? undefined
  return input
}

/** The card of the record an account acts for; none for «all regions». */
export function actingForLink(actingFor: ActingFor | null | undefined): RouteLocationRaw | undefined {
  if (!actingFor?.id) return undefined
  if (actingFor.kind === 'SCHOOL') return { name: 'school', params: { id: actingFor.id } }
  if (actingFor.kind === 'MUNICIPALITY') return { name: 'municipality', params: { id: actingFor.id } }
  if (actingFor.kind === 'REGION') return { name: 'region', params: { id: actingFor.id } }
  return undefined
}

/** The account's state as accounts.status.* keys: disabled, or enabled and whether its password is set yet. */
export function statusKeys(user: Pick<UserAccount, 'enabled' | 'passwordSet'>): string[] {
  if (!user.enabled) return ['disabled']
  return user.passwordSet ? ['enabled'] : ['enabled', 'noPassword']
}

/** How a person gets to set their password: Keycloak's e-mail, or a link to hand over (with its end). */
export type SetupShown = { kind: 'email' } | { kind: 'link'; link: string; expiresAt?: string | null } | { kind: 'none' }

export function setupShown(setup: AccountSetup | null | undefined): SetupShown {
  if (!setup) return { kind: 'none' }
  if (setup.link) return { kind: 'link', link: setup.link, expiresAt: setup.expiresAt }
  return setup.emailSent ? { kind: 'email' } : { kind: 'none' }
}

/** The row of a sheet has problems (a bad row). */
export function hasProblems(row: UsersImportRow): boolean {
  return (row.problems?.length ?? 0) > 0
}

/** What the check of a sheet says in numbers: the rows, the bad ones, and whether creation may go on. */
export function importCounts(result: UsersImport | undefined): { total: number; bad: number; good: number; canCreate: boolean } {
  if (!result) return { total: 0, bad: 0, good: 0, canCreate: false }
  const rows = result.rows ?? []
  const bad = result.bad ?? rows.filter(hasProblems).length
  const total = result.total ?? rows.length
  return { total, bad, good: total - bad, canCreate: result.valid === true && bad === 0 && total > 0 }
}

/** The created accounts with their links as a tab-separated text to paste into a spreadsheet or a letter. */
export function createdAccountsText(
  rows: UsersImportRow[],
  texts: { header: string[]; emailSent: string; date: (iso: string | null | undefined) => string },
): string {
  const lines = rows
    .filter((r) => r.userId)
    .map((r) => {
      const shown = setupShown(r.setup)
      const link = shown.kind === 'link' ? shown.link : shown.kind === 'email' ? texts.emailSent : ''
      const until = shown.kind === 'link' ? texts.date(shown.expiresAt) : ''
      return [r.fullName ?? '', r.email ?? '', r.actingFor ?? '', link, until].join('\t')
    })
  return [texts.header.join('\t'), ...lines].join('\n')
}

/** The rows of a rejected creation (422 carries them as `rows`), or none. */
export function rejectedRows(body: Record<string, unknown> | undefined): UsersImportRow[] | undefined {
  const rows = body?.rows
  return Array.isArray(rows) ? (rows as UsersImportRow[]) : undefined
}

/** The least length of a password set through a link (as the API checks it). */
export const MIN_PASSWORD = 10

/** The checks of the new password, by field: keys of accounts.welcome. */
export function passwordProblems(password: string, repeat: string): { password?: string; repeat?: string } {
  if (password.length < MIN_PASSWORD) return { password: 'tooShort' }
  if (password !== repeat) return { repeat: 'mismatch' }
  return {}
}
