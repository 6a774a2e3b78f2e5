import type { components, paths } from './schema'

type Schemas = components['schemas']
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never
type Ok<P extends keyof paths> = paths[P]['get'] extends { responses: { 200: infer R } } ? Json<R> : never
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export type Me = Schemas['Me']
export type Region = Schemas['Region']
export type Municipality = Schemas['Municipality']
export type Body = Schemas['Body']
export type School = Schemas['School']
export type SchoolInput = Schemas['SchoolInput']
export type ImportResult = Schemas['ImportResult']
export type AuditEvent = Schemas['AuditEvent']
export type FieldChange = Schemas['FieldChange']
export type FieldError = Schemas['FieldError']
export type Problem = Schemas['Problem']

export type SchoolType = School['type']
export type Settlement = School['settlement']
export type BodyKind = Body['kind']
export type MunicipalityKind = Municipality['kind']
export type AuditAction = AuditEvent['action']

export type SchoolPage = Ok<'/api/v1/schools'>
export type AuditPage = Ok<'/api/v1/audit'>
export type SchoolQuery = Query<'/api/v1/schools'>
export type ExportQuery = Query<'/api/v1/schools/export'>

export const SCHOOL_TYPES = [
  'PRIMARY', 'BASIC', 'SECONDARY', 'ADVANCED', 'GYMNASIUM', 'LYCEUM', 'BOARDING', 'EDUCATION_CENTRE', 'ADAPTED',
] as const satisfies readonly NonNullable<SchoolType>[]
export const SETTLEMENTS = ['URBAN', 'RURAL'] as const satisfies readonly NonNullable<Settlement>[]
export const BODY_KINDS = ['MINISTRY', 'EDUCATION_AUTHORITY', 'METHODOLOGICAL_CENTRE'] as const satisfies readonly NonNullable<BodyKind>[]
