import { describe, expect, it } from 'vitest'
import { assessmentInput, assessmentState, effectiveLevel, needsComment, profileSummary, scoreText } from './riskView'
import type { RiskFactorResult } from './types'

const factor = (f: Partial<RiskFactorResult>): RiskFactorResult => ({ factorId: 1, name: 'Фактор', computedLevel: 'MEDIUM', score: 2, maxScore: 4, ...f })

describe('risk profile', () => {
  it('asks for a comment only when the level differs from the computed one', () => {
    expect(needsComment('MEDIUM', 'MEDIUM')).toBe(false)
    expect(needsComment('LOW', 'MEDIUM')).toBe(true)
    expect(needsComment(null, 'MEDIUM')).toBe(false)
  })

  it('tells where the school’s word stands', () => {
    expect(assessmentState(factor({}))).toBe('pending')
    expect(assessmentState(factor({ schoolLevel: 'MEDIUM', assessedOnCurrent: true }))).toBe('confirmed')
    expect(assessmentState(factor({ schoolLevel: 'LOW', assessedOnCurrent: true }))).toBe('corrected')
    expect(assessmentState(factor({ schoolLevel: 'LOW', assessedOnCurrent: false }))).toBe('outdated')
  })

  it('takes the school’s level when given on the current data, else the computed one', () => {
    expect(effectiveLevel(factor({ schoolLevel: 'LOW', assessedOnCurrent: true }))).toBe('LOW')
    expect(effectiveLevel(factor({ schoolLevel: 'LOW', assessedOnCurrent: false }))).toBe('MEDIUM')
    expect(effectiveLevel(factor({}))).toBe('MEDIUM')
  })

  it('counts factors by level and those waiting for the school', () => {
    const summary = profileSummary({
      factors: [
        factor({}),
        factor({ computedLevel: 'HIGH', schoolLevel: 'HIGH', assessedOnCurrent: true }),
        factor({ computedLevel: 'NO_DATA' }),
        factor({ computedLevel: 'HIGH', schoolLevel: 'LOW', assessedOnCurrent: false }),
      ],
    })
    expect(summary.counts).toEqual({ NONE: 0, LOW: 0, MEDIUM: 1, HIGH: 2, NO_DATA: 1 })
    expect(summary.pending).toBe(3)
  })

  it('sends the earlier assessment’s version when changing it, and no empty comment', () => {
    expect(assessmentInput(factor({}), 7, 'MEDIUM', '  ')).toEqual({ campaignId: 7, level: 'MEDIUM', comment: undefined, version: undefined })
    expect(assessmentInput(factor({ assessmentVersion: 2 }), 7, 'LOW', ' Программа помощи ')).toEqual({
      campaignId: 7,
      level: 'LOW',
      comment: 'Программа помощи',
      version: 2,
    })
  })

  it('writes scores as Russian decimals', () => {
    expect(scoreText(2.5)).toBe('2,5')
    expect(scoreText(4)).toBe('4')
    expect(scoreText(undefined)).toBe('—')
  })
})
