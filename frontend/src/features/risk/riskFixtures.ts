import type { RiskFactor, RiskProfile } from './types'

/** The risk profile of МБОУ СОШ №1 (school 5) on the 2020/2021 campaign, as the API answers the school's staff (who assess it). */
export const PROFILE: RiskProfile = {
  schoolId: 5,
  schoolName: 'МБОУ СОШ №1',
  campaign: { id: 7, name: 'Мониторинг 2020/2021', academicYear: '2020/2021' },
  campaigns: [
    { id: 7, name: 'Мониторинг 2020/2021', academicYear: '2020/2021' },
    { id: 3, name: 'Мониторинг 2019/2020', academicYear: '2019/2020' },
  ],
  factors: [
    {
      factorId: 1,
      name: 'Низкий уровень оснащения школы',
      computedLevel: 'HIGH',
      score: 3,
      maxScore: 4,
      checks: [
        { indicatorCode: 'COND_PC', indicatorName: 'Компьютеров на 100 обучающихся', condition: 'COND_PC < 10', weight: 2, value: 6.5, met: true, judged: true },
        { indicatorCode: 'COND_NET', indicatorName: 'Скорость интернета', condition: 'COND_NET < 50', weight: 1, value: 30, met: true, judged: true },
        { indicatorCode: 'COND_LIB', condition: 'COND_LIB < 1', weight: 1, met: false, judged: false },
      ],
      assessedOnCurrent: false,
    },
    {
      factorId: 2,
      name: 'Дефицит педагогических кадров',
      computedLevel: 'MEDIUM',
      score: 1,
      maxScore: 2,
      checks: [{ indicatorCode: 'ST_VAC', indicatorName: 'Вакансии', condition: 'ST_VAC ≥ 2', weight: 1, value: 3, met: true, judged: true }],
      schoolLevel: 'LOW',
      comment: 'Вакансии закрыты с 1 сентября',
      assessedBy: 'school.kerch1',
      assessedAt: '2021-01-12T08:00:00Z',
      assessedOnCurrent: true,
      assessmentVersion: 2,
    },
    {
      factorId: 3,
      name: 'Высокая доля обучающихся с рисками учебной неуспешности',
      computedLevel: 'NO_DATA',
      score: 0,
      maxScore: 3,
      checks: [{ indicatorCode: 'RISK_GROUP', condition: 'RISK_GROUP ≥ 15', weight: 3, met: false, judged: false }],
      assessedOnCurrent: false,
    },
  ],
  actions: ['assess'],
}

/** Two of the region's risk factors (Крым, region 1), as GET /api/v1/risk-factors answers them. */
export const FACTOR_STAFF: RiskFactor = {
  id: 2,
  regionId: 1,
  position: 2,
  name: 'Дефицит педагогических кадров',
  conditions: [
    { indicatorCode: 'ST_VAC', operator: 'GE', threshold: 2, weight: 2 },
    { indicatorCode: 'ST_AGE', operator: 'GE', threshold: 30, weight: 1 },
  ],
  lowAt: 1,
  mediumAt: 2,
  highAt: 3,
  version: 0,
}
export const FACTOR_EQUIPMENT: RiskFactor = {
  id: 1,
  regionId: 1,
  position: 1,
  name: 'Низкий уровень оснащения школы',
  conditions: [{ indicatorCode: 'RES_PC', operator: 'LT', threshold: 10.5, weight: 1.5 }],
  lowAt: 1,
  mediumAt: 1.5,
  highAt: 2,
  version: 3,
}
