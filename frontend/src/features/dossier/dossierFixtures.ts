import type { SchoolDossier } from './types'

/** Kerch's school №1 with four campaigns of one indicator (the last below its minimum sample) and one item in each block. */
export const DOSSIER: SchoolDossier = {
  schoolId: 5,
  schoolName: 'МБОУ СОШ №1',
  campaigns: [
    { id: 11, name: 'Мониторинг 2022', academicYear: '2022/2023', status: 'PUBLISHED', closesOn: '2022-12-20' },
    { id: 12, name: 'Мониторинг 2023', academicYear: '2023/2024', status: 'PUBLISHED', closesOn: '2023-12-20' },
    { id: 13, name: 'Мониторинг 2024', academicYear: '2024/2025', status: 'PUBLISHED', closesOn: '2024-12-20' },
    { id: 14, name: 'Мониторинг 2025', academicYear: '2025/2026', status: 'CLOSED', closesOn: '2025-12-20' },
  ],
  historyCampaignIds: [11, 12, 13, 14],
  indicatorHistory: [
    {
      code: 'SUCC_RATE',
      name: 'Доля успевающих',
      unit: '%',
      valueType: 'PERCENT',
      direction: 'HIGHER_BETTER',
      minSample: 10,
      values: [
        { campaignId: 11, value: 40, sample: 100, belowMinSample: false, interval: { estimate: 40, low: 30.9, high: 49.8, n: 100 }, regionMedian: 60 },
        { campaignId: 12, value: 45, sample: 100, belowMinSample: false, interval: { estimate: 45, low: 35.6, high: 54.8, n: 100 }, regionMedian: 60 },
        { campaignId: 13, value: 42, sample: 100, belowMinSample: false, interval: { estimate: 42, low: 32.8, high: 51.8, n: 100 }, regionMedian: 60, clusterMedian: 57.5, cluster: 2 },
        { campaignId: 14, value: 50, sample: 8, belowMinSample: true, interval: { estimate: 50, low: 21.5, high: 78.5, n: 8 }, regionMedian: 65 },
      ],
    },
  ],
  positions: [
    {
      runId: 31,
      campaignId: 13,
      runAt: '2025-01-20T10:00:00Z',
      position: 'WEAK',
      reason: 'Индекс в нижних 20 % кластера',
      composite: -1.234,
      rankOverall: 5,
      ranked: 5,
      rankMunicipality: 4,
      rankedInMunicipality: 4,
      cluster: 2,
    },
  ],
  roadmaps: [
    { id: 41, title: 'Дорожная карта Керчи', level: 'MUNICIPALITY', status: 'APPROVED', periodFrom: '2026-01-01', periodTo: '2027-12-31', approvalNumber: '77', approvalDate: '2026-01-15', own: false, done: 1, total: 2, overdue: 1 },
  ],
  points: [
    {
      decisionId: 51,
      decisionTitle: 'О работе со школами',
      decisionNumber: '5/3',
      decisionDate: '2020-10-21',
      pointId: 52,
      number: '4.1',
      text: 'Руководителям ОО: провести анализ результатов',
      deadlineText: 'до 1 марта 2027 года',
      due: '2027-03-01',
      status: 'ASSIGNED',
      overdue: false,
    },
  ],
  recommendations: [{ id: 61, text: 'Разобрать итоги на педсовете', basis: 'Выезд куратора', deadline: '2027-01-15', status: 'ISSUED', overdue: false }],
  partnerships: [
    { id: 71, role: 'WEAK', otherSchoolId: 8, otherSchoolName: 'МБОУ «Гимназия №2»', status: 'PROPOSED', planDue: '2026-11-25' },
  ],
  submissions: [
    { campaignId: 14, campaignName: 'Мониторинг 2025', academicYear: '2025/2026', campaignStatus: 'CLOSED', closesOn: '2025-12-20', status: 'ACCEPTED', submittedAt: '2025-11-01T09:00:00Z', reviewedAt: '2025-11-03T09:00:00Z', reviewedBy: 'coord.kerch' },
  ],
}

export const EMPTY_DOSSIER: SchoolDossier = {
  schoolId: 5,
  schoolName: 'МБОУ СОШ №1',
  campaigns: [],
  historyCampaignIds: [],
  indicatorHistory: [],
  positions: [],
  roadmaps: [],
  points: [],
  recommendations: [],
  partnerships: [],
  submissions: [],
}
