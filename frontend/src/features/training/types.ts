import type { components, paths } from '@/services/schema'

/** Further training types, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export type Training = Schemas['Training']
export type TrainingInput = Schemas['TrainingInput']
export type TeacherTrainings = Schemas['TeacherTrainings']
export type TrainingDue = Schemas['TrainingDue']
export type TrainingSummary = Schemas['TrainingSummary']
export type TrainingTotals = Schemas['TrainingTotals']
export type TrainingQuery = Query<'/api/v1/trainings'>
