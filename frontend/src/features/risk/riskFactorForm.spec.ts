import { describe, expect, it } from 'vitest'
import {
  factorFormErrors,
  formPreview,
  maxScore,
  shiftConditionErrors,
  toFactorForm,
  toFactorInput,
  unreachableLevels,
  weightedConditionText,
  type FactorFormTexts,
  type RiskFactorForm,
} from './riskFactorForm'
import { FACTOR_EQUIPMENT, FACTOR_STAFF } from './riskFixtures'

const words = (condition: string, weight: string) => `${condition} — вес ${weight}`
const TEXTS: FactorFormTexts = {
  required: 'required',
  notNumber: 'notNumber',
  positive: 'positive',
  tooLong: 'tooLong',
  noConditions: 'noConditions',
  levelFormat: 'levelFormat',
  mediumBelowLow: (low) => `medium < ${low}`,
  highBelowMedium: (medium) => `high < ${medium}`,
}
const valid = (): RiskFactorForm => ({
  name: ' Дефицит кадров ',
  conditions: [
    { indicatorCode: 'ST_VAC', operator: 'GE', threshold: '2', weight: '2' },
    { indicatorCode: 'VPR_F2', operator: 'LT', threshold: '15,5', weight: '0,5' },
  ],
  lowAt: '1',
  mediumAt: '2',
  highAt: '2,5',
})

describe('risk factor in words', () => {
  it('writes a condition with its sign, a Russian decimal and its weight', () => {
    expect(weightedConditionText({ indicatorCode: 'VPR_F2', operator: 'GE', threshold: 30, weight: 2 }, words)).toBe('VPR_F2 ≥ 30 — вес 2')
    expect(weightedConditionText({ indicatorCode: 'RES_PC', operator: 'LT', threshold: 10.5, weight: 1.5 }, words)).toBe('RES_PC < 10,5 — вес 1,5')
    expect(weightedConditionText({ indicatorCode: 'A', operator: 'GT', threshold: 0, weight: 1 }, words)).toBe('A > 0 — вес 1')
    expect(weightedConditionText({ indicatorCode: 'A', operator: 'LE', threshold: -3, weight: 0.25 }, words)).toBe('A ≤ -3 — вес 0,25')
  })

  it('adds up the weights and names the levels no score can reach', () => {
    expect(maxScore(FACTOR_STAFF.conditions)).toBe(3)
    expect(maxScore([{ weight: 0.1 }, { weight: 0.2 }])).toBe(0.3)
    expect(maxScore(undefined)).toBe(0)
    expect(unreachableLevels(FACTOR_STAFF)).toEqual([])
    expect(unreachableLevels(FACTOR_EQUIPMENT)).toEqual(['HIGH'])
    expect(unreachableLevels({ ...FACTOR_EQUIPMENT, lowAt: 2, mediumAt: 3, highAt: 4 })).toEqual(['LOW', 'MEDIUM', 'HIGH'])
  })
})

describe('risk factor form', () => {
  it('starts a new factor with one empty condition and levels at 1, 2, 3', () => {
    expect(toFactorForm()).toEqual({
      name: '',
      conditions: [{ indicatorCode: null, operator: 'GE', threshold: '', weight: '1' }],
      lowAt: '1',
      mediumAt: '2',
      highAt: '3',
    })
  })

  it('turns a factor into the form and back, with the version of a change', () => {
    const form = toFactorForm(FACTOR_EQUIPMENT)
    expect(form).toEqual({
      name: 'Низкий уровень оснащения школы',
      conditions: [{ indicatorCode: 'RES_PC', operator: 'LT', threshold: '10,5', weight: '1,5' }],
      lowAt: '1',
      mediumAt: '1,5',
      highAt: '2',
    })
    expect(toFactorInput(form, 1, 3)).toEqual({
      regionId: 1,
      name: 'Низкий уровень оснащения школы',
      conditions: [{ indicatorCode: 'RES_PC', operator: 'LT', threshold: 10.5, weight: 1.5 }],
      lowAt: 1,
      mediumAt: 1.5,
      highAt: 2,
      version: 3,
    })
    expect(toFactorInput(valid(), 4).name).toBe('Дефицит кадров')
    expect(toFactorInput(valid(), 4).version).toBeUndefined()
  })

  it('finds nothing wrong in a valid form; equal thresholds are allowed', () => {
    expect(factorFormErrors(valid(), TEXTS)).toEqual({})
    expect(factorFormErrors({ ...valid(), lowAt: '2', mediumAt: '2', highAt: '2' }, TEXTS)).toEqual({})
  })

  it('names each missing or wrong field by the server’s field names', () => {
    const form: RiskFactorForm = {
      name: '  ',
      conditions: [
        { indicatorCode: null, operator: 'GE', threshold: '', weight: '' },
        { indicatorCode: 'ST_VAC', operator: 'GE', threshold: 'много', weight: '0' },
      ],
      lowAt: '0',
      mediumAt: 'x',
      highAt: '',
    }
    expect(factorFormErrors(form, TEXTS)).toEqual({
      name: 'required',
      'conditions[0].indicatorCode': 'required',
      'conditions[0].threshold': 'required',
      'conditions[0].weight': 'required',
      'conditions[1].threshold': 'notNumber',
      'conditions[1].weight': 'positive',
      lowAt: 'positive',
      mediumAt: 'notNumber',
      highAt: 'required',
    })
    expect(factorFormErrors({ ...valid(), name: 'я'.repeat(501) }, TEXTS)).toEqual({ name: 'tooLong' })
    expect(factorFormErrors({ ...valid(), conditions: [] }, TEXTS)).toEqual({ conditions: 'noConditions' })
  })

  it('wants low ≤ medium ≤ high and thresholds the database keeps', () => {
    expect(factorFormErrors({ ...valid(), lowAt: '3', mediumAt: '2', highAt: '4' }, TEXTS)).toEqual({ mediumAt: 'medium < 3' })
    expect(factorFormErrors({ ...valid(), lowAt: '1', mediumAt: '2,5', highAt: '2' }, TEXTS)).toEqual({ highAt: 'high < 2,5' })
    expect(factorFormErrors({ ...valid(), lowAt: '1,125' }, TEXTS)).toEqual({ lowAt: 'levelFormat' })
    expect(factorFormErrors({ ...valid(), highAt: '1000000' }, TEXTS)).toEqual({ highAt: 'levelFormat' })
    expect(factorFormErrors({ ...valid(), lowAt: '1,1', mediumAt: '2,2', highAt: '3,3' }, TEXTS)).toEqual({})
  })

  it('previews only the rows filled in', () => {
    const preview = formPreview({ ...valid(), conditions: [...valid().conditions, { indicatorCode: 'X', operator: 'GE', threshold: '', weight: '1' }], highAt: '' })
    expect(preview.conditions.map((c) => weightedConditionText(c, words))).toEqual(['ST_VAC ≥ 2 — вес 2', 'VPR_F2 < 15,5 — вес 0,5'])
    expect(preview.highAt).toBeUndefined()
  })

  it('moves the errors of later rows up when a row is removed', () => {
    const errors = { name: 'n', 'conditions[0].weight': 'a', 'conditions[1].threshold': 'b', 'conditions[2].indicatorCode': 'c', 'conditions[12].weight': 'd' }
    expect(shiftConditionErrors(errors, 1)).toEqual({ name: 'n', 'conditions[0].weight': 'a', 'conditions[1].indicatorCode': 'c', 'conditions[11].weight': 'd' })
  })
})
