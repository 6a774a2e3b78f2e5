import { describe, expect, it } from 'vitest'
import { CAMPAIGN } from '@/test/monitoringFixtures'
import { inputFromModel, modelFromSubmission, parseNumber, percentOf, validateModel, valueFieldOf } from './submissionForm'

const indicators = CAMPAIGN.indicators ?? []
const msg = (key: string) => key.replace('monitoring.rules.', '')

describe('submission form rules', () => {
  it('reads numbers as people type them', () => {
    expect(parseNumber('3,5')).toBe(3.5)
    expect(parseNumber(' 1 234 ')).toBe(1234)
    expect(parseNumber('')).toBeUndefined()
    expect(parseNumber('12а')).toBeNaN()
    expect(percentOf({ value: '', numerator: '1', denominator: '3' })).toBeCloseTo(33.333, 2)
    expect(percentOf({ value: '', numerator: '1', denominator: '0' })).toBeUndefined()
  })

  it('asks for both parts of a percent, a positive denominator and a percent within range', () => {
    const model = modelFromSubmission(indicators, undefined)
    model.VPR_F2 = { value: '', numerator: '3', denominator: '' }
    expect(validateModel(indicators, model, { requireAll: false }, msg).VPR_F2).toEqual({ denominator: 'bothParts' })
    model.VPR_F2 = { value: '', numerator: '0', denominator: '0' }
    expect(validateModel(indicators, model, { requireAll: false }, msg).VPR_F2).toEqual({ denominator: 'positiveDenominator' })
    model.VPR_F2 = { value: '', numerator: '2,5', denominator: '10' }
    expect(validateModel(indicators, model, { requireAll: false }, msg).VPR_F2).toEqual({ numerator: 'nonNegativeInteger' })
  })

  it('requires the required indicators only on submit', () => {
    const model = modelFromSubmission(indicators, undefined)
    expect(validateModel(indicators, model, { requireAll: false }, msg)).toEqual({})
    expect(Object.keys(validateModel(indicators, model, { requireAll: true }, msg)).sort()).toEqual(['CTX_STUDENTS', 'OBJ_OBSERVED', 'VPR_F2'])
  })

  it('sends only what is filled in, a percent as its numerator and denominator', () => {
    const model = modelFromSubmission(indicators, { values: [{ indicatorId: 101, code: 'VPR_F2', value: 10, numerator: 4, denominator: 40 }] })
    model.OBJ_OBSERVED = { value: '0', numerator: '', denominator: '' }
    expect(inputFromModel(indicators, model, 3)).toEqual({
      version: 3,
      values: [
        { indicatorId: 101, numerator: 4, denominator: 40 },
        { indicatorId: 104, value: 0 },
      ],
    })
  })

  it('finds the field of a server error by code, or by the index of the value sent', () => {
    const sent = { version: 0, values: [{ indicatorId: 103, value: 1 }, { indicatorId: 101, numerator: 1, denominator: 2 }] }
    expect(valueFieldOf('values[CTX_STUDENTS].value', indicators)).toEqual({ code: 'CTX_STUDENTS', part: 'value' })
    expect(valueFieldOf('values[VPR_F2]', indicators)).toEqual({ code: 'VPR_F2', part: 'numerator' })
    expect(valueFieldOf('values[1].denominator', indicators, sent)).toEqual({ code: 'VPR_F2', part: 'denominator' })
    expect(valueFieldOf('values[0].indicatorId', indicators, sent)).toEqual({ code: 'CTX_STUDENTS', part: 'value' })
    expect(valueFieldOf('version', indicators)).toBeUndefined()
  })
})
