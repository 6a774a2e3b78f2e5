import type { components } from '@/services/schema'

/** Types of the effect of support, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']

export type Effect = Schemas['Effect']
export type EffectRow = Schemas['EffectRow']
export type EffectSide = Schemas['EffectSide']
export type EffectPath = Schemas['EffectPath']
/** The records whose effect can be asked for: the path segment of each. */
export type EffectSubject = 'school-lists' | 'roadmaps' | 'partnerships' | 'schools' | 'municipalities'
