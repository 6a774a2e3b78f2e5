import { describe, expect, it } from 'vitest'
import {
  checkState,
  conditionText,
  decimalText,
  entryCounts,
  filterEntries,
  newestFirst,
  orderedCampaignIds,
  parseNumber,
  ruleFormErrors,
  ruleText,
  suggestedYear,
  toRuleForm,
  toRuleInput,
} from './listView'
import type { SchoolListEntry } from './types'

const CAMPAIGNS = [
  { id: 3, name: 'Мониторинг 2019/2020', academicYear: '2019/2020', closesOn: '2019-10-30' },
  { id: 7, name: 'Мониторинг 2020/2021', academicYear: '2020/2021', closesOn: '2020-10-31' },
  { id: 9, name: 'Муниципальный мониторинг 2020/2021', academicYear: '2020/2021', closesOn: '2020-12-20' },
]

const TEXTS = {
  required: 'Заполните поле',
  noConditions: 'Добавьте условие',
  tooMany: (n: number) => `Условий всего ${n}`,
  atLeastOne: 'Не меньше 1',
  years: 'От 1 до 5',
}

describe('rule text', () => {
  it('writes conditions and the rule as the server does: «2 из 3: …; 2 года подряд»', () => {
    expect(conditionText({ indicatorCode: 'VPR_F2', operator: 'GE', threshold: 15 })).toBe('VPR_F2 ≥ 15')
    expect(conditionText({ indicatorCode: 'SUCC_RATE', operator: 'LT', threshold: 60.5 })).toBe('SUCC_RATE < 60,5')
    const words = { head: (min: number, total: number) => `${min} из ${total}`, years: (n: number) => `${n} года подряд` }
    const rule = {
      conditions: [
        { indicatorCode: 'VPR_F2', operator: 'GE' as const, threshold: 15 },
        { indicatorCode: 'OGE_F2_RU', operator: 'GE' as const, threshold: 15 },
        { indicatorCode: 'SUCC_RATE', operator: 'LT' as const, threshold: 60 },
      ],
      minMatches: 2,
      consecutiveYears: 2,
    }
    expect(ruleText(rule, words)).toBe('2 из 3: VPR_F2 ≥ 15; OGE_F2_RU ≥ 15; SUCC_RATE < 60; 2 года подряд')
    expect(ruleText({ ...rule, consecutiveYears: 1 }, words)).toBe('2 из 3: VPR_F2 ≥ 15; OGE_F2_RU ≥ 15; SUCC_RATE < 60')
  })

  it('reads thresholds typed with a comma and writes them without trailing zeros', () => {
    expect(parseNumber('15,5')).toBe(15.5)
    expect(parseNumber(' 20 ')).toBe(20)
    expect(parseNumber('')).toBeUndefined()
    expect(parseNumber('пятнадцать')).toBeUndefined()
    expect(decimalText(20)).toBe('20')
    expect(decimalText(0.125)).toBe('0,125')
    expect(decimalText(undefined)).toBe('—')
  })
})

describe('evidence', () => {
  it('tells a met, an unmet and an unjudged condition apart', () => {
    expect(checkState({ met: true, judged: true })).toBe('met')
    expect(checkState({ met: false, judged: true })).toBe('notMet')
    expect(checkState({ met: false, judged: false })).toBe('notJudged')
  })
})

describe('campaigns of a list', () => {
  it('orders campaigns newest first, by academic year then by closing date', () => {
    expect(newestFirst(CAMPAIGNS).map((c) => c.id)).toEqual([9, 7, 3])
  })

  it('sends the picked campaigns newest first whatever order they were picked in', () => {
    expect(orderedCampaignIds([3, 7], CAMPAIGNS)).toEqual([7, 3])
    expect(orderedCampaignIds([3, 42], CAMPAIGNS)).toEqual([3, 42])
  })

  it('suggests the year after the academic year of the newest campaign', () => {
    expect(suggestedYear(CAMPAIGNS, [3, 7])).toBe(2021)
    expect(suggestedYear(CAMPAIGNS, [3])).toBe(2020)
    expect(suggestedYear(CAMPAIGNS, [])).toBeUndefined()
  })
})

describe('rule form', () => {
  it('names the mistakes by the server’s field names', () => {
    const form = toRuleForm(undefined, 'LOW_RESULTS')
    form.conditions.push({ indicatorCode: null, operator: 'GE', threshold: '' }, { indicatorCode: 'VPR_F2', operator: 'GE', threshold: '15' })
    form.minMatches = 3
    form.consecutiveYears = 6
    expect(ruleFormErrors(form, TEXTS)).toEqual({
      name: 'Заполните поле',
      'conditions[0].indicatorCode': 'Заполните поле',
      'conditions[0].threshold': 'Заполните поле',
      minMatches: 'Условий всего 2',
      consecutiveYears: 'От 1 до 5',
    })
    expect(ruleFormErrors(toRuleForm(), TEXTS)).toMatchObject({ conditions: 'Добавьте условие' })
  })

  it('turns a rule into the form and back into the API’s input', () => {
    const rule = {
      id: 4,
      kind: 'UNFAVOURABLE_CONDITIONS' as const,
      name: 'Высокая доля малообеспеченных семей',
      conditions: [{ indicatorCode: 'CTX_LOWINC', operator: 'GE' as const, threshold: 20.5 }],
      minMatches: 1,
      consecutiveYears: 1,
      version: 3,
    }
    const form = toRuleForm(rule)
    expect(form.conditions).toEqual([{ indicatorCode: 'CTX_LOWINC', operator: 'GE', threshold: '20,5' }])
    expect(ruleFormErrors(form, TEXTS)).toEqual({})
    form.name = '  Малообеспеченные семьи '
    expect(toRuleInput(form, 24, rule.version)).toEqual({
      regionId: 24,
      kind: 'UNFAVOURABLE_CONDITIONS',
      name: 'Малообеспеченные семьи',
      conditions: [{ indicatorCode: 'CTX_LOWINC', operator: 'GE', threshold: 20.5 }],
      minMatches: 1,
      consecutiveYears: 1,
      version: 3,
    })
  })
})

describe('entries of a list', () => {
  const entries: SchoolListEntry[] = [
    { schoolId: 1, schoolName: 'МБОУ «СОШ № 1»', municipalityName: 'г. Лесосибирск', source: 'RULE', included: true },
    { schoolId: 2, schoolName: 'МБОУ «СОШ № 2»', municipalityName: 'г. Лесосибирск', source: 'CARRIED', included: false },
    { schoolId: 3, schoolName: 'МКОУ «Ёлочкинская ООШ»', municipalityName: 'Енисейский район', source: 'MANUAL', included: true },
  ]

  it('counts the schools on the list, left off, and by source', () => {
    expect(entryCounts(entries)).toEqual({ included: 2, excluded: 1, RULE: 1, CARRIED: 1, MANUAL: 1 })
  })

  it('filters by the decision and by name or municipality, ё as е', () => {
    expect(filterEntries(entries, 'included').map((e) => e.schoolId)).toEqual([1, 3])
    expect(filterEntries(entries, 'excluded').map((e) => e.schoolId)).toEqual([2])
    expect(filterEntries(entries, 'all', 'елочкинская').map((e) => e.schoolId)).toEqual([3])
    expect(filterEntries(entries, 'all', 'лесосибирск').map((e) => e.schoolId)).toEqual([1, 2])
  })
})
