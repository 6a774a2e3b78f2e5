import type { components, paths } from '@/services/schema'

/** Account types, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export type UserAccount = Schemas['UserAccount']
export type ActingFor = Schemas['ActingFor']
export type UserAccountPage = Schemas['PageResponseUserAccount']
export type UserQuery = Query<'/api/v1/users'>
export type UserOptions = Schemas['UserOptions']
export type AccountSetup = Schemas['AccountSetup']
export type UserAccountInput = Schemas['UserInput']
export type CreatedAccount = Schemas['UserCreated']
export type UsersImport = Schemas['UsersImport']
export type UsersImportRow = Schemas['UsersImportRow']
export type AccountSetupInfo = Schemas['AccountSetupInfo']
export type SchoolAccountsDisabled = Schemas['DisabledAccounts']
