import { api, unwrap } from '@/services/api'
import type { paths } from '@/services/schema'

export type AuditQuery = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>

export const listAuditEvents = (query: AuditQuery) => unwrap(api.GET('/api/v1/audit', { params: { query } }))
