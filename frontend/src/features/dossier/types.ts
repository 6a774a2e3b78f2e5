import type { components } from '@/services/schema'

/** Types of the school's page, generated from openapi.yaml (src/services/schema.d.ts). */
type Schemas = components['schemas']

export type SchoolDossier = Schemas['SchoolDossier']
export type DossierCampaign = Schemas['DossierCampaign']
export type DossierIndicator = Schemas['DossierIndicator']
export type DossierIndicatorValue = Schemas['DossierIndicatorValue']
export type DossierPosition = Schemas['DossierPosition']
export type DossierRoadmap = Schemas['DossierRoadmap']
export type DossierPoint = Schemas['DossierPoint']
export type DossierRecommendation = Schemas['DossierRecommendation']
export type DossierPartnership = Schemas['DossierPartnership']
export type DossierSubmission = Schemas['DossierSubmission']
