import type { Partnership, PartnerSuggestion } from './types'

/**
 * A partnership of two Kerch schools (region 1, municipality 2), as the API answers it to the centre (the Kerch
 * coordinator, the region's analysts): `actions` lists every move from where it stands.
 */
export const PROPOSED: Partnership = {
  id: 31,
  regionId: 1,
  municipalityId: 2,
  municipalityName: 'Городской округ Керчь',
  weakSchoolId: 5,
  weakSchoolName: 'МБОУ СОШ №1',
  partnerSchoolId: 9,
  partnerSchoolName: 'МБОУ «Гимназия № 1»',
  partnerMunicipalityName: 'Городской округ Керчь',
  analysisRunId: 40,
  reason: 'Сильная позиция (место 1 из 12); школа в похожих условиях (тот же кластер); тот же муниципалитет',
  status: 'PROPOSED',
  planDue: '2026-11-25',
  planOverdue: false,
  history: [{ to: 'PROPOSED', actor: 'coord.kerch', occurredAt: '2026-10-01T09:00:00Z' }],
  version: 0,
  updatedAt: '2026-10-01T09:00:00Z',
  actions: ['AGREED', 'CLOSED'],
}

export const AGREED: Partnership = {
  ...PROPOSED,
  status: 'AGREED',
  agreementNumber: '17-П',
  agreementDate: '2026-10-05',
  planOverdue: true,
  history: [...(PROPOSED.history ?? []), { from: 'PROPOSED', to: 'AGREED', actor: 'coord.kerch', occurredAt: '2026-10-05T09:00:00Z' }],
  version: 1,
  actions: ['PLAN_SUBMITTED', 'CLOSED'],
}

export const SUBMITTED: Partnership = {
  ...AGREED,
  status: 'PLAN_SUBMITTED',
  planOverdue: false,
  roadmapId: 77,
  roadmapTitle: 'План взаимодействия МБОУ СОШ №1 и МБОУ «Гимназия № 1»',
  history: [...(AGREED.history ?? []), { from: 'AGREED', to: 'PLAN_SUBMITTED', actor: 'school.kerch1', occurredAt: '2026-11-20T09:00:00Z' }],
  version: 2,
  actions: ['APPROVED', 'AGREED', 'CLOSED'],
}

export const SUGGESTIONS: PartnerSuggestion[] = [
  {
    schoolId: 9,
    schoolName: 'МБОУ «Гимназия № 1»',
    municipalityId: 2,
    municipalityName: 'Городской округ Керчь',
    cluster: 2,
    rank: 1,
    composite: 1.2,
    sameMunicipality: true,
    sameCluster: true,
    helpsWith: ['VPR_F2'],
    reason: 'Сильная позиция (место 1 из 12); школа в похожих условиях (тот же кластер); тот же муниципалитет; сильна там, где у школы слабые стороны: Доля «2» по ВПР',
  },
  {
    schoolId: 11,
    schoolName: 'МБОУ СОШ №12',
    municipalityId: 3,
    municipalityName: 'Городской округ Феодосия',
    cluster: 2,
    rank: 2,
    composite: 0.9,
    sameMunicipality: false,
    sameCluster: true,
    helpsWith: [],
    reason: 'Сильная позиция (место 2 из 12); школа в похожих условиях (тот же кластер); другой муниципалитет',
  },
]
