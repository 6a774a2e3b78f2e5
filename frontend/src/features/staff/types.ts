import type { components, paths } from '@/services/schema'

/** Staff types, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export type Teacher = Schemas['Teacher']
export type SchoolStaff = Schemas['SchoolStaff']
export type TeacherSummary = Schemas['TeacherSummary']
export type TeacherInput = Schemas['TeacherInput']
export type TeacherArchiveInput = Schemas['TeacherArchiveInput']
export type TeacherPage = Schemas['PageResponseTeacherSummary']
export type TeacherQuery = Query<'/api/v1/teachers'>
export type QualificationCategory = NonNullable<Teacher['category']>

export const CATEGORIES = ['NONE', 'CONFORMITY', 'FIRST', 'HIGHEST'] as const satisfies readonly QualificationCategory[]
/** The codes of ru.rostok.common.Subject, in its order; their names are in the messages (staff.subject.*). */
export const SUBJECTS = [
  'RUSSIAN',
  'LITERATURE',
  'MATHEMATICS',
  'PHYSICS',
  'CHEMISTRY',
  'BIOLOGY',
  'GEOGRAPHY',
  'HISTORY',
  'SOCIAL_STUDIES',
  'INFORMATICS',
  'FOREIGN_LANGUAGE',
  'PRIMARY',
  'PHYSICAL_EDUCATION',
  'ARTS',
  'OTHER',
] as const
export type SubjectCode = (typeof SUBJECTS)[number]
