import { api, unwrap } from '@/services/api'
import { saveResponse, type DocumentFormat } from '@/services/download'
import type {
  IdentificationRule,
  IdentificationRuleInput,
  IdentificationRulePage,
  IdentificationRuleQuery,
  ListApproval,
  ListEntryDecision,
  SchoolList,
  SchoolListHistoryItem,
  SchoolListInput,
  SchoolListPage,
  SchoolListQuery,
} from './types'

/** A page of the rules (by default in the order they were written). */
export const listRules = (query: IdentificationRuleQuery = {}): Promise<IdentificationRulePage> =>
  unwrap(api.GET('/api/v1/identification-rules', { params: { query } }))
export const createRule = (input: IdentificationRuleInput): Promise<IdentificationRule> =>
  unwrap(api.POST('/api/v1/identification-rules', { body: input }))
/** Throws ApiProblem 409 when the rule was changed meanwhile (stale version). */
export const updateRule = (id: number, input: IdentificationRuleInput): Promise<IdentificationRule> =>
  unwrap(api.PUT('/api/v1/identification-rules/{id}', { params: { path: { id } }, body: input }))

/** A page of the lists in scope (by default the newest year first). */
export const listSchoolLists = (query: SchoolListQuery = {}): Promise<SchoolListPage> =>
  unwrap(api.GET('/api/v1/school-lists', { params: { query } }))
export const getSchoolList = (id: number): Promise<SchoolList> => unwrap(api.GET('/api/v1/school-lists/{id}', { params: { path: { id } } }))
/** A draft with the candidates the rule proposes (201). */
export const createSchoolList = (input: SchoolListInput): Promise<SchoolList> => unwrap(api.POST('/api/v1/school-lists', { body: input }))
/** Includes or leaves off a school (also one added by hand); 409 for a stale version or an approved list. */
export const decideEntry = (id: number, schoolId: number, decision: ListEntryDecision): Promise<SchoolList> =>
  unwrap(api.PUT('/api/v1/school-lists/{id}/entries/{schoolId}', { params: { path: { id, schoolId } }, body: decision }))
export const approveSchoolList = (id: number, approval: ListApproval): Promise<SchoolList> =>
  unwrap(api.POST('/api/v1/school-lists/{id}/approval', { params: { path: { id } }, body: approval }))

/** The lists the school was proposed for or put on, newest first. */
export const listSchoolHistory = (schoolId: number): Promise<SchoolListHistoryItem[]> =>
  unwrap(api.GET('/api/v1/schools/{id}/lists', { params: { path: { id: schoolId } } }))

/** The order approving the list (a draft list gives the draft order, marked «ПРОЕКТ»). */
export const downloadListOrder = (id: number, format: DocumentFormat) =>
  saveResponse(api.GET('/api/v1/school-lists/{id}/order', { params: { path: { id }, query: { format } }, parseAs: 'blob' }), `list-${id}-order.${format}`)
