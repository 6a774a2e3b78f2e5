import type { Me } from '@/services/types'
import type { CampaignView, IndicatorView, SubmissionView } from '@/features/monitoring/types'
import { actionsOf } from './renderOptions'

export const COORDINATOR: Me = {
  username: 'coord.kerch',
  displayName: 'Константин Координатов',
  roles: ['municipal-coordinator'],
  actions: actionsOf('municipal-coordinator'),
  scope: 'MUNICIPALITY',
  regionId: 1,
  regionName: 'Республика Крым',
  municipalityId: 2,
  municipalityName: 'Городской округ Керчь',
  organizationName: 'УО г. Керчи',
  organizationKind: 'EDUCATION_AUTHORITY',
}

/** The open Crimean campaign with one indicator of each value type, as the region's analyst reads it (they run it and load values). */
export const CAMPAIGN: CampaignView = {
  id: 7,
  name: 'Ежегодный мониторинг по выявлению ШНОР',
  academicYear: '2026/2027',
  status: 'OPEN',
  regionId: 1,
  regionName: 'Республика Крым',
  orderNumber: '412',
  orderDate: '2026-09-01',
  orderBodyId: 10,
  orderBodyName: 'Минобразования Крыма',
  opensOn: '2026-09-15',
  closesOn: '2026-12-20',
  schoolScope: 'TERRITORY',
  schoolIds: [5, 6],
  version: 3,
  indicators: [
    {
      indicatorId: 101, code: 'VPR_F2', name: 'Доля участников ВПР с отметкой «2»', description: 'Отметки «2» к числу участников ВПР',
      category: 'RESULTS', unit: '%', valueType: 'PERCENT', direction: 'LOWER_BETTER', minValue: 0, maxValue: 100, minSample: 10,
      required: true, position: 1,
    },
    {
      indicatorId: 102, code: 'EGE_AVG_RU', name: 'Средний балл ЕГЭ по русскому языку', category: 'RESULTS', unit: 'балл',
      valueType: 'SCORE', direction: 'HIGHER_BETTER', minValue: 0, maxValue: 100, required: false, position: 2,
    },
    {
      indicatorId: 103, code: 'CTX_STUDENTS', name: 'Численность обучающихся', category: 'CONTEXT', unit: 'чел.',
      valueType: 'COUNT', direction: 'CONTEXT', minValue: 0, maxValue: 5000, required: true, position: 3,
    },
    {
      indicatorId: 104, code: 'OBJ_OBSERVED', name: 'ВПР проведены с независимыми наблюдателями', category: 'OBJECTIVITY', unit: '—',
      valueType: 'BOOLEAN', direction: 'HIGHER_BETTER', required: true, position: 4,
    },
  ],
  transitions: [{ fromStatus: 'DRAFT', toStatus: 'OPEN', actor: 'analyst.crimea', occurredAt: '2026-09-15T08:00:00Z' }],
  actions: ['edit', 'loadValues'],
}

export const SUBMISSION: SubmissionView = {
  campaignId: 7,
  campaignName: CAMPAIGN.name,
  campaignStatus: 'OPEN',
  closesOn: '2026-12-20',
  schoolId: 5,
  schoolName: 'МБОУ СОШ №1',
  status: 'NOT_STARTED',
  editable: true,
  reviewable: false,
  reopenable: false,
  version: 0,
  values: [],
  reviews: [],
}

export const SUBMITTED: SubmissionView = {
  ...SUBMISSION,
  status: 'SUBMITTED',
  editable: false,
  reviewable: true,
  version: 4,
  submittedAt: '2026-10-01T09:00:00Z',
  submittedBy: 'school.kerch1',
  values: [
    { indicatorId: 101, code: 'VPR_F2', value: 12.5, numerator: 5, denominator: 40 },
    { indicatorId: 103, code: 'CTX_STUDENTS', value: 922 },
    { indicatorId: 104, code: 'OBJ_OBSERVED', value: 1 },
  ],
  reviews: [{ action: 'SUBMIT', actor: 'school.kerch1', occurredAt: '2026-10-01T09:00:00Z', valueComments: {} }],
}

export const INDICATOR: IndicatorView = {
  id: 101,
  regionId: 1,
  regionName: 'Республика Крым',
  respondent: 'SCHOOL',
  code: 'VPR_F2',
  revision: 1,
  retired: false,
  locked: true,
  name: 'Доля участников ВПР с отметкой «2»',
  description: 'Отметки «2» к числу участников ВПР',
  category: 'RESULTS',
  unit: '%',
  valueType: 'PERCENT',
  direction: 'LOWER_BETTER',
  minValue: 0,
  maxValue: 100,
  minSample: 10,
  version: 2,
  createdAt: '2026-09-01T08:00:00Z',
  updatedAt: '2026-09-02T08:00:00Z',
}
