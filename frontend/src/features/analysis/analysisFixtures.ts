// Test data of the analysis specs: the Lesosibirsk campaign as the API answered it (trimmed), compared with the whole campaign.
import type { Me } from '@/services/types'
import type { CampaignView } from '@/features/monitoring/types'
import { actionsOf } from '@/test/renderOptions'
import type { AnalysisRun, AnalysisRunSummary, AnalysisSchool, AnalysisSchoolRow } from './types'

export const KRASNOYARSK_ANALYST: Me = {
  username: 'analyst.krasnoyarsk',
  displayName: 'Аналитик Красноярского края',
  roles: ['regional-analyst'],
  actions: actionsOf('regional-analyst'),
  scope: 'REGION',
  regionId: 4,
  regionName: 'Красноярский край',
}

export const LESOSIBIRSK_COORDINATOR: Me = {
  username: 'coord.lesosibirsk',
  displayName: 'Координатор Лесосибирска',
  roles: ['municipal-coordinator'],
  actions: actionsOf('municipal-coordinator'),
  scope: 'MUNICIPALITY',
  regionId: 4,
  regionName: 'Красноярский край',
  municipalityId: 6,
  municipalityName: 'Городской округ город Лесосибирск',
}

/** The Lesosibirsk campaign as the region's analyst reads it: they run it and load its values. */
export const LESOSIBIRSK_CAMPAIGN: CampaignView = {
  id: 1,
  name: 'Мониторинг показателей программы повышения качества образования в ШНОР и ШНСУ',
  academicYear: '2020/2021',
  status: 'PUBLISHED',
  regionId: 4,
  regionName: 'Красноярский край',
  municipalityId: 6,
  municipalityName: 'Городской округ город Лесосибирск',
  opensOn: '2020-09-23',
  closesOn: '2020-10-30',
  schoolScope: 'LIST',
  schoolIds: [67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78],
  version: 3,
  indicators: [
    { indicatorId: 136, code: 'VPR_F2', name: 'Доля участников ВПР с отметкой «2»', category: 'RESULTS', unit: '%', valueType: 'PERCENT', direction: 'LOWER_BETTER', minSample: 10, position: 1 },
    { indicatorId: 176, code: 'M_PROGRAM', name: 'Утверждена антирисковая программа (дорожная карта) школы', category: 'MANAGEMENT', unit: '—', valueType: 'BOOLEAN', direction: 'HIGHER_BETTER', position: 2 },
  ],
  actions: ['edit', 'loadValues'],
}

const DATA_VERSION = '35412bbcfa7ea20642a92236d441c7efb75b39c165782ff7fcf1dae98153a81f'

export const RUN_SUMMARIES: AnalysisRunSummary[] = [
  {
    id: 2, campaignId: 1, comparison: 'REGION', dataVersion: DATA_VERSION, schools: 12, ranked: 12,
    positions: { WEAK: 2, MIDDLE: 8, STRONG: 2, INSUFFICIENT_DATA: 0 }, createdBy: 'analyst.krasnoyarsk', createdAt: '2026-11-24T05:57:11Z',
  },
  {
    id: 1, campaignId: 1, comparison: 'CLUSTER', dataVersion: 'aaaa0000', schools: 12, ranked: 11,
    positions: { WEAK: 2, MIDDLE: 7, STRONG: 2, INSUFFICIENT_DATA: 1 }, createdBy: 'coord.lesosibirsk', createdAt: '2026-11-20T08:00:00Z',
  },
]

export const RUN: AnalysisRun = {
  id: 2,
  campaignId: 1,
  campaignName: LESOSIBIRSK_CAMPAIGN.name,
  academicYear: '2020/2021',
  settings: {
    comparison: 'REGION',
    weights: { RESULTS: 0.5, OBJECTIVITY: 0, STAFF: 0.2, CONDITIONS: 0.15, MANAGEMENT: 0.15 },
    clusters: 4, weakShare: 0.2, strongShare: 0.2, minIndicators: 3, acceptedOnly: false, gapSignal: 15, confirmSignal: 50, highResultSignal: 2,
  },
  dataVersion: DATA_VERSION,
  current: true,
  schools: 12,
  ranked: 12,
  positions: { STRONG: 2, MIDDLE: 8, WEAK: 2, INSUFFICIENT_DATA: 0 },
  indicators: [
    { id: 136, code: 'VPR_F2', name: 'Доля участников ВПР с отметкой «2»', unit: '%', category: 'RESULTS', direction: 'LOWER_BETTER', minSample: 10 },
    { id: 137, code: 'VPR_Q45', name: 'Доля отметок «4» и «5» по ВПР', unit: '%', category: 'RESULTS', direction: 'HIGHER_BETTER', minSample: 10 },
    { id: 153, code: 'OBJ_GAP2', name: 'Доля участников ВПР с расхождением отметки ВПР и журнала на 2 балла и более', unit: '%', category: 'OBJECTIVITY', direction: 'LOWER_BETTER', minSample: 10 },
    { id: 156, code: 'CTX_STUDENTS', name: 'Численность обучающихся', unit: 'чел.', category: 'CONTEXT', direction: 'CONTEXT' },
    { id: 162, code: 'CTX_LOWINC', name: 'Доля обучающихся из малообеспеченных семей', unit: '%', category: 'CONTEXT', direction: 'CONTEXT' },
    { id: 166, code: 'ST_VAC', name: 'Вакансии педагогических работников', unit: 'ставок', category: 'STAFF', direction: 'LOWER_BETTER' },
    { id: 176, code: 'M_PROGRAM', name: 'Утверждена антирисковая программа (дорожная карта) школы', unit: '—', category: 'MANAGEMENT', direction: 'HIGHER_BETTER' },
  ],
  clusters: [
    { number: 1, size: 8, description: 'городские', centre: { CTX_RURAL: 0, CTX_STUDENTS: 853.5, CTX_LOWINC: 20.6 } },
    { number: 2, size: 2, description: 'городские, крупные', centre: { CTX_RURAL: 0, CTX_STUDENTS: 1141.5, CTX_LOWINC: 1.32 } },
    { number: 3, size: 1, description: 'сельские, малокомплектные', centre: { CTX_RURAL: 1, CTX_STUDENTS: 75, CTX_LOWINC: 6.25 } },
    { number: 4, size: 1, description: 'сельские, небольшие, высокая доля малообеспеченных семей', centre: { CTX_RURAL: 1, CTX_STUDENTS: 197, CTX_LOWINC: 23.08 } },
  ],
  clusterFeatures: ['CTX_RURAL', 'CTX_STUDENTS', 'CTX_LOWINC'],
  distributions: [
    { code: 'VPR_F2', count: 12, smallSamples: 0, missing: 0, min: 3.5088, q1: 7.733, median: 11.4294, q3: 14.5168, max: 19.6203, mean: 11.098 },
    { code: 'VPR_Q45', count: 10, smallSamples: 1, missing: 1, min: 38.7755, q1: 48.2588, median: 55.9524, q3: 65.7525, max: 80, mean: 57.8384 },
    { code: 'OBJ_GAP2', count: 12, smallSamples: 0, missing: 0, min: 3.0612, q1: 5.8729, median: 10.088, q3: 16.5241, max: 21.0526, mean: 11.3199 },
    { code: 'CTX_STUDENTS', count: 0, smallSamples: 0, missing: 12 },
  ],
  categoryMeans: {
    all: { RESULTS: 0, OBJECTIVITY: 0, STAFF: 0, MANAGEMENT: 0 },
    '1': { RESULTS: 0.0487, OBJECTIVITY: -0.3409, STAFF: 0.1495, MANAGEMENT: 0 },
    '2': { RESULTS: -0.2048, OBJECTIVITY: 0.3542, STAFF: -0.5616, MANAGEMENT: 0 },
  },
  createdBy: 'analyst.krasnoyarsk',
  createdAt: '2026-11-24T05:57:11Z',
}

const row = (schoolId: number, schoolName: string, rank: number, composite: number, position: AnalysisSchoolRow['position'], reason: string, cluster = 1, signals = 0): AnalysisSchoolRow => ({
  schoolId, schoolName, municipalityId: 6, municipalityName: 'Городской округ город Лесосибирск', cluster, composite, rank, rankInMunicipality: rank, position, reason, signals,
})

export const ROWS: AnalysisSchoolRow[] = [
  row(67, 'МБОУ СОШ №1', 1, 0.5878, 'STRONG', 'Индекс 0,59, место 1 из 12: в верхних 20 % (2) → сильная позиция', 1, 1),
  row(69, 'МБОУ ООШ №3', 11, -0.4249, 'WEAK', 'Индекс −0,42, место 11 из 12: в нижних 20 % (2) → слабая позиция', 2),
  row(74, 'МБОУ «Гимназия №8»', 12, -0.4282, 'WEAK', 'Индекс −0,43, место 12 из 12: в нижних 20 % (2) → слабая позиция'),
]

export const WEAKEST: AnalysisSchool = {
  school: ROWS[2],
  clusterDescription: 'городские',
  categories: { RESULTS: -0.4022, OBJECTIVITY: -0.4897, STAFF: -0.0642, MANAGEMENT: -1 },
  clusterCategories: { STAFF: 0.1495, RESULTS: 0.0487, MANAGEMENT: 0, OBJECTIVITY: -0.3409 },
  campaignCategories: { STAFF: 0, RESULTS: 0, MANAGEMENT: 0, OBJECTIVITY: 0 },
  indicators: [
    { code: 'VPR_F2', name: 'Доля участников ВПР с отметкой «2»', unit: '%', category: 'RESULTS', direction: 'LOWER_BETTER', value: 10.9091, sample: 110, minSample: 10, score: 0.0399, smallSample: false, comparedWithCampaign: false },
    { code: 'VPR_Q45', name: 'Доля отметок «4» и «5» по ВПР', unit: '%', category: 'RESULTS', direction: 'HIGHER_BETTER', value: 50, sample: 8, minSample: 10, smallSample: true, comparedWithCampaign: false },
    { code: 'OBJ_GAP2', name: 'Доля участников ВПР с расхождением отметки ВПР и журнала на 2 балла и более', unit: '%', category: 'OBJECTIVITY', direction: 'LOWER_BETTER', value: 17.79, sample: 111, minSample: 10, score: -1.2, smallSample: false, comparedWithCampaign: true },
    { code: 'CTX_STUDENTS', name: 'Численность обучающихся', unit: 'чел.', category: 'CONTEXT', direction: 'CONTEXT', value: 856, smallSample: false, comparedWithCampaign: false },
    { code: 'ST_VAC', name: 'Вакансии педагогических работников', unit: 'ставок', category: 'STAFF', direction: 'LOWER_BETTER', value: 0, score: 1.1, smallSample: false, comparedWithCampaign: false },
    { code: 'M_PROGRAM', name: 'Утверждена антирисковая программа (дорожная карта) школы', unit: '—', category: 'MANAGEMENT', direction: 'HIGHER_BETTER', value: 0, score: -1, smallSample: false, comparedWithCampaign: false },
  ],
  judged: 10,
  strengths: ['ST_VAC'],
  weaknesses: ['OBJ_GAP2', 'M_PROGRAM'],
  signals: [
    {
      kind: 'MARK_GAP',
      indicator: 'OBJ_GAP2',
      message: 'У 17,79 % участников ВПР отметка расходится с журнальной на 2 балла и более (в среднем по мониторингу 11,32 %): стоит проверить объективность оценивания',
    },
  ],
}
