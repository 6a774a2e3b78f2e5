import { describe, expect, it } from 'vitest'
import { defaultOccurrence, foldedOccurrences, occurrenceCounts, occurrenceState, type MeasureOccurrence } from './occurrences'

const o = (due: string, extra: Partial<MeasureOccurrence> = {}): MeasureOccurrence => ({ due, done: false, reports: 0, overdue: false, ...extra })

describe('occurrences of a measure due more than once', () => {
  it('tells done, missed, reported-not-done and ahead apart; done wins, a missed one stays red though reported', () => {
    expect(occurrenceState(o('2025-10-31', { done: true, reports: 1 }))).toBe('done')
    expect(occurrenceState(o('2025-10-31', { overdue: true, reports: 2 }))).toBe('overdue')
    expect(occurrenceState(o('2026-12-31', { reports: 1 }))).toBe('reported')
    expect(occurrenceState(o('2027-10-31'))).toBe('upcoming')
  })

  it('reports on the earliest not done by default, a missed one included; when all are done, on the last', () => {
    const list = [o('2025-10-31', { done: true }), o('2026-10-31', { overdue: true }), o('2027-10-31')]
    expect(defaultOccurrence(list)).toBe('2026-10-31')
    expect(defaultOccurrence(list.map((x) => ({ ...x, done: true })))).toBe('2027-10-31')
    expect(defaultOccurrence([])).toBeUndefined()
  })

  it('counts the done and the missed', () => {
    expect(occurrenceCounts([o('2025-10-31', { done: true }), o('2026-10-31', { overdue: true }), o('2027-10-31')])).toEqual({ total: 3, done: 1, overdue: 1 })
  })

  it('folds a long list to the missed, the reported and the next two ahead', () => {
    const monthly = Array.from({ length: 12 }, (_, i) => o(`2026-${String(i + 1).padStart(2, '0')}-28`, { done: i < 8, overdue: i === 8, reports: i === 9 ? 1 : 0 }))
    expect(foldedOccurrences(monthly).map((x) => x.due)).toEqual(['2026-09-28', '2026-10-28', '2026-11-28', '2026-12-28'])
    expect(foldedOccurrences(monthly.slice(0, 4))).toHaveLength(4)
  })
})
