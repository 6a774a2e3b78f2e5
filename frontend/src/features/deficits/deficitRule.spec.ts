import { describe, expect, it } from 'vitest'
import { deficitByRule } from './deficitRule'

describe('deficitByRule', () => {
  it('marks a score below half of the maximum', () => {
    expect(deficitByRule(4, 10)).toBe(true)
    expect(deficitByRule(5, 10)).toBe(false)
    expect(deficitByRule(2.49, 5)).toBe(true)
  })
  it('says nothing until both numbers are there', () => {
    expect(deficitByRule(undefined, 10)).toBeUndefined()
    expect(deficitByRule(3, 0)).toBeUndefined()
  })
})
