import { api, unwrap, XLSX_TYPE } from '@/services/api'
import { fileNameFrom, saveBlob } from '@/services/download'
import type {
  AccountSetup,
  AccountSetupInfo,
  CreatedAccount,
  SchoolAccountsDisabled,
  UserAccount,
  UserAccountInput,
  UserAccountPage,
  UserOptions,
  UserQuery,
  UsersImport,
} from './types'

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

/** A page of the accounts in the caller's scope; 503 when Keycloak does not answer. */
export const listUsers = (query: UserQuery): Promise<UserAccountPage> => unwrap(api.GET('/api/v1/users', { params: { query } }))
/** The roles the caller may give. */
export const userOptions = (): Promise<UserOptions> => unwrap(api.GET('/api/v1/users/options'))
/** Creates the account (201) with its password setup: an e-mail sent, or a one-time link to hand over. */
export const createUser = (input: UserAccountInput): Promise<CreatedAccount> => unwrap(api.POST('/api/v1/users', { body: input }))
export const disableUser = (id: string): Promise<UserAccount> => unwrap(api.POST('/api/v1/users/{id}/disable', { params: { path: { id } } }))
export const enableUser = (id: string): Promise<UserAccount> => unwrap(api.POST('/api/v1/users/{id}/enable', { params: { path: { id } } }))
/** A new setup link or e-mail; the old links stop working. */
export const sendUserSetup = (id: string): Promise<AccountSetup> => unwrap(api.POST('/api/v1/users/{id}/setup', { params: { path: { id } } }))
export const moveUser = (id: string, schoolId: number): Promise<UserAccount> =>
  unwrap(api.PUT('/api/v1/users/{id}/school', { params: { path: { id } }, body: { schoolId } }))
/** Disables every enabled account of the school; answers how many. */
export const disableSchoolAccounts = (schoolId: number): Promise<SchoolAccountsDisabled> =>
  unwrap(api.POST('/api/v1/schools/{id}/accounts/disable', { params: { path: { id: schoolId } } }))

export async function downloadUsersTemplate(): Promise<void> {
  const call = api.GET('/api/v1/users/import/template', { parseAs: 'blob' })
  const blob = (await unwrap(call)) as unknown as Blob
  const { response } = await call
  saveBlob(blob, fileNameFrom(response.headers.get('Content-Disposition'), 'users-template.xlsx'))
}

/** Checks (dryRun) or creates the accounts of a sheet; creating throws ApiProblem 422 carrying `rows` when any row is bad. */
export function importUsers(file: Blob, dryRun: boolean): Promise<UsersImport> {
  return unwrap(
    api.POST('/api/v1/users/import', {
      params: { query: { dryRun } },
      // The generated type says string (format: binary); the body is the file's bytes as they are.
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': XLSX_TYPE },
    }),
  )
}

/** Public: whose account a setup link is for; 404 when the link is unknown, used or expired. */
export const accountSetup = (token: string): Promise<AccountSetupInfo> =>
  unwrap(api.GET('/api/v1/account-setup/{token}', { params: { path: { token } } }))
export const completeAccountSetup = (token: string, password: string): Promise<unknown> =>
  unwrap(api.POST('/api/v1/account-setup/{token}', { params: { path: { token } }, body: { password } }))
