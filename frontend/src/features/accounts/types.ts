/**
 * Provisional account types, written from the contract (/work/i15-contract.md) until the generated schema has them;
 * replaced by components['schemas'][...] once the backend's openapi.yaml is merged.
 */
export type AccountRole = 'admin' | 'regional-analyst' | 'municipal-coordinator' | 'school-staff'
export type ActingForKind = 'ALL' | 'REGION' | 'MUNICIPALITY' | 'SCHOOL'

export interface ActingFor {
  kind: ActingForKind
  id?: number | null
  code?: string | null
  name: string
}

export interface UserAccount {
  id: string
  username: string
  lastName: string
  firstName: string
  middleName?: string | null
  fullName: string
  email: string
  role: AccountRole
  actingFor: ActingFor
  regionId?: number | null
  municipalityId?: number | null
  schoolId?: number | null
  enabled: boolean
  emailVerified: boolean
  passwordSet: boolean
  createdAt: string
  lastLoginAt?: string | null
  actions: string[]
}

export interface UserAccountPage {
  items: UserAccount[]
  page: number
  size: number
  total: number
}

export interface UserQuery {
  q?: string
  role?: string
  regionId?: number
  municipalityId?: number
  schoolId?: number
  enabled?: boolean
  page?: number
  size?: number
}

export interface UserOptions {
  creatableRoles: string[]
}

export interface AccountSetup {
  emailSent: boolean
  link?: string | null
  expiresAt?: string | null
}

export interface UserAccountInput {
  lastName: string
  firstName: string
  middleName?: string | null
  email: string
  role: string
  regionId?: number | null
  municipalityId?: number | null
  schoolId?: number | null
}

export interface CreatedAccount {
  user: UserAccount
  setup: AccountSetup
}

export interface UsersImportRow {
  row: number
  fullName?: string | null
  email?: string | null
  role?: string | null
  code?: string | null
  actingFor?: string | null
  problems: string[]
  userId?: string | null
  setup?: AccountSetup | null
}

export interface UsersImport {
  valid: boolean
  total: number
  bad: number
  rows: UsersImportRow[]
}

export interface AccountSetupInfo {
  fullName: string
  username: string
  email: string
  expiresAt: string
}

export interface SchoolAccountsDisabled {
  disabled: number
}
