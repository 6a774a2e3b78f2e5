import type { IdentificationRule, SchoolList } from './types'

/** Lists of Crimea (region 1) in the shape the API answers. */
export const RULE_LOW: IdentificationRule = {
  id: 4,
  regionId: 1,
  kind: 'LOW_RESULTS',
  name: 'Низкие результаты два года подряд',
  conditions: [
    { indicatorCode: 'VPR_F2', operator: 'GE', threshold: 15 },
    { indicatorCode: 'OGE_F2_RU', operator: 'GE', threshold: 15 },
    { indicatorCode: 'SUCC_RATE', operator: 'LT', threshold: 60 },
  ],
  minMatches: 2,
  consecutiveYears: 2,
  text: '2 из 3: VPR_F2 ≥ 15; OGE_F2_RU ≥ 15; SUCC_RATE < 60; 2 года подряд',
  version: 1,
}

export const RULE_CONDITIONS: IdentificationRule = {
  id: 5,
  regionId: 1,
  kind: 'UNFAVOURABLE_CONDITIONS',
  name: 'Высокая доля малообеспеченных семей',
  conditions: [{ indicatorCode: 'CTX_LOWINC', operator: 'GE', threshold: 20 }],
  minMatches: 1,
  consecutiveYears: 1,
  text: '1 из 1: CTX_LOWINC ≥ 20',
  version: 0,
}

const evidence = (campaignId: number, academicYear: string, holds: boolean) => ({
  campaignId,
  campaignName: `Мониторинг ${academicYear}`,
  academicYear,
  holds,
  matched: holds ? 2 : 1,
  checks: [
    { indicatorCode: 'VPR_F2', condition: 'VPR_F2 ≥ 15', value: 25, sample: 48, met: true, judged: true },
    { indicatorCode: 'OGE_F2_RU', condition: 'OGE_F2_RU ≥ 15', value: holds ? 18.5 : 9, sample: 30, met: holds, judged: true },
    { indicatorCode: 'SUCC_RATE', condition: 'SUCC_RATE < 60', value: 71, sample: 4, met: false, judged: false },
  ],
})

export const DRAFT_LIST: SchoolList = {
  id: 12,
  regionId: 1,
  regionName: 'Республика Крым',
  kind: 'LOW_RESULTS',
  year: 2021,
  title: 'Перечень ШНОР на 2021 год',
  status: 'DRAFT',
  rule: { ruleId: 4, kind: 'LOW_RESULTS', name: 'Низкие результаты два года подряд', conditions: RULE_LOW.conditions, minMatches: 2, consecutiveYears: 2 },
  ruleText: RULE_LOW.text,
  campaigns: [
    { id: 7, name: 'Мониторинг 2020/2021', academicYear: '2020/2021' },
    { id: 3, name: 'Мониторинг 2019/2020', academicYear: '2019/2020' },
  ],
  exitYears: 1,
  included: 2,
  version: 4,
  entries: [
    {
      schoolId: 5,
      schoolName: 'МБОУ СОШ №1',
      municipalityId: 2,
      municipalityName: 'Городской округ Керчь',
      source: 'RULE',
      included: true,
      reason: 'Правило выполняется 2 года подряд: VPR_F2 = 25 (≥ 15); OGE_F2_RU = 18,5 (≥ 15)',
      evidence: [evidence(7, '2020/2021', true), evidence(3, '2019/2020', true)],
    },
    {
      schoolId: 6,
      schoolName: 'МБОУ СОШ №2',
      municipalityId: 2,
      municipalityName: 'Городской округ Керчь',
      source: 'CARRIED',
      included: true,
      reason: 'В перечне на 2020 год; правило не выполняется 1 год подряд, для выхода нужно 2',
      evidence: [evidence(7, '2020/2021', false), evidence(3, '2019/2020', true)],
    },
    {
      schoolId: 8,
      schoolName: 'МБОУ СОШ №5',
      municipalityId: 3,
      municipalityName: 'Городской округ Феодосия',
      source: 'MANUAL',
      included: false,
      reason: 'Ходатайство снято',
      evidence: [],
      decidedBy: 'analyst.crimea',
      decidedAt: '2021-01-10T09:00:00Z',
    },
  ],
  // As the region's analyst reads it: a draft they may change.
  actions: ['edit'],
}

export const APPROVED_LIST: SchoolList = {
  ...DRAFT_LIST,
  status: 'APPROVED',
  orderNumber: '01-12/345',
  orderDate: '2021-01-15',
  orderBodyId: 10,
  orderBodyName: 'Минобразования Крыма',
  approvedBy: 'analyst.crimea',
  approvedAt: '2021-01-15T10:00:00Z',
  version: 5,
  // Approved: no longer changed by anyone.
  actions: [],
}
