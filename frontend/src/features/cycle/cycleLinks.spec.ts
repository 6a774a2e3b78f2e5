import { describe, expect, it } from 'vitest'
import { cycleTarget, totalText } from './cycleLinks'

describe('cycle links', () => {
  it('opens the record that proves a position, or the page filtered to the municipality where to do it', () => {
    expect(cycleTarget({ kind: 'ROADMAP', id: 7 })).toEqual({ name: 'roadmap', params: { id: 7 } })
    expect(cycleTarget({ kind: 'ANALYSIS', id: 3, campaignId: 12, municipalityId: 5 })).toEqual({ name: 'campaign-analysis', params: { id: 12 } })
    expect(cycleTarget({ kind: 'RECOMMENDATIONS', municipalityId: 5 })).toEqual({ name: 'recommendations', query: { municipalityId: '5' } })
    expect(cycleTarget({ kind: 'CONTROL', municipalityId: 5 })).toEqual({ name: 'control-dashboard', query: { municipalityId: '5' } })
    expect(cycleTarget({ kind: 'MUNICIPAL_SUBMISSION', campaignId: 31, municipalityId: 5 })).toEqual({
      name: 'municipal-submission',
      params: { campaignId: 31, municipalityId: 5 },
    })
    expect(cycleTarget(undefined)).toBeUndefined()
    expect(cycleTarget({ kind: 'SOMETHING_NEW', id: 1 })).toBeUndefined()
  })

  it('writes the total with a half where a position is partly done', () => {
    expect(totalText(6.5, 9)).toBe('6,5 из 9')
    expect(totalText(3, 5)).toBe('3 из 5')
  })
})
