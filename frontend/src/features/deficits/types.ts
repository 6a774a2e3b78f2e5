import type { components } from '@/services/schema'

/** Competence assessments and deficits, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']

export type Assessment = Schemas['CompetenceAssessment']
export type AssessmentInput = Schemas['CompetenceAssessmentInput']
export type AssessmentTopic = Schemas['CompetenceAssessmentTopic']
export type AssessmentTopicInput = Schemas['CompetenceAssessmentTopicInput']
export type TeacherAssessments = Schemas['TeacherAssessments']
export type DeficitSummary = Schemas['DeficitSummary']
export type DeficitCount = Schemas['DeficitCount']
export type DeficitSubjectRow = Schemas['DeficitSubjectRow']
export type DeficitTopicRow = Schemas['DeficitTopicRow']
export type SchoolDeficits = Schemas['SchoolDeficits']
export type Subject = NonNullable<AssessmentInput['subject']>
export type AssessmentImportResult = Schemas['AssessmentImportResult']
