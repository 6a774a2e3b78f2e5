import { api, unwrap } from '@/services/api'
import type { components } from '@/services/schema'
import { multipart } from '@/features/plans/plansApi'
import type { DecisionInput, DecisionView } from '@/features/control/types'
import type { RoadmapInput, RoadmapView } from '@/features/plans/types'

type Schemas = components['schemas']
export type DocumentDraft = Schemas['DocumentDraft']
export type DocumentType = Schemas['DocumentType']
export type DecisionDraft = Schemas['DecisionDraft']
export type RoadmapDraft = Schemas['RoadmapDraft']
export type DraftPoint = Schemas['DraftPoint']
export type DraftMeasure = Schemas['DraftMeasure']
export type DraftWarning = Schemas['DraftWarning']
export type SourceLines = Schemas['SourceLines']

export interface DraftRequest {
  file: File
  type?: DocumentType
  regionId?: number | null
  municipalityId?: number | null
}

/** The multipart body of a draft: the file, and the kind and territory where the caller gives them. */
export function draftForm({ file, type, regionId, municipalityId }: DraftRequest): FormData {
  const form = new FormData()
  form.append('file', file, file.name)
  if (type) form.append('type', type)
  if (regionId != null) form.append('regionId', String(regionId))
  if (municipalityId != null) form.append('municipalityId', String(municipalityId))
  return form
}

/** The file read into a draft of a decision or a roadmap; nothing is saved. */
export const draftDocument = (request: DraftRequest): Promise<DocumentDraft> =>
  unwrap(api.POST('/api/v1/documents/drafts', { body: draftForm(request) as never, ...multipart }))

/** The file again and the checked record as a JSON part named `part`. */
export function saveForm(file: File, part: 'decision' | 'roadmap', input: unknown): FormData {
  const form = new FormData()
  form.append('file', file, file.name)
  form.append(part, new Blob([JSON.stringify(input)], { type: 'application/json' }))
  return form
}

/** Creates the decision as checked, keeping the file as its source. */
export const createImportedDecision = (file: File, input: DecisionInput): Promise<DecisionView> =>
  unwrap(api.POST('/api/v1/documents/decisions', { body: saveForm(file, 'decision', input) as never, ...multipart }))

/** Creates the roadmap as checked, keeping the file as its source. */
export const createImportedRoadmap = (file: File, input: RoadmapInput): Promise<RoadmapView> =>
  unwrap(api.POST('/api/v1/documents/roadmaps', { body: saveForm(file, 'roadmap', input) as never, ...multipart }))
