import type { components } from '@/services/schema'

/** One occurrence of a measure due more than once (the server's MeasureOccurrence): its due date and how it stands. */
export type MeasureOccurrence = components['schemas']['MeasureOccurrence']

/** How an occurrence stands: done, missed (overdue), reported on but not done, or still ahead. */
export type OccurrenceState = 'done' | 'overdue' | 'reported' | 'upcoming'

export function occurrenceState(o: MeasureOccurrence): OccurrenceState {
  if (o.done) return 'done'
  if (o.overdue) return 'overdue'
  if ((o.reports ?? 0) > 0) return 'reported'
  return 'upcoming'
}

export const OCCURRENCE_COLOR: Record<OccurrenceState, string | undefined> = {
  done: 'success',
  overdue: 'error',
  reported: 'info',
  upcoming: undefined,
}
export const OCCURRENCE_ICON: Record<OccurrenceState, string> = {
  done: 'mdi-check',
  overdue: 'mdi-alert-circle-outline',
  reported: 'mdi-message-text-outline',
  upcoming: 'mdi-calendar-blank-outline',
}

/** The occurrence a report is about by default: the earliest not yet done; when all are done, the last. */
export function defaultOccurrence(occurrences: readonly MeasureOccurrence[]): string | undefined {
  const dated = occurrences.filter((o) => o.due)
  return (dated.find((o) => !o.done) ?? dated.at(-1))?.due
}

/** How many are done and missed, for the line above the chips. */
export function occurrenceCounts(occurrences: readonly MeasureOccurrence[]): { total: number; done: number; overdue: number } {
  return {
    total: occurrences.length,
    done: occurrences.filter((o) => o.done).length,
    overdue: occurrences.filter((o) => !o.done && o.overdue).length,
  }
}

/**
 * The chips shown while the list is folded: every missed or reported one, and the next two ahead; the rest
 * (done, far ahead) behind «all». A short list shows whole.
 */
export function foldedOccurrences(occurrences: readonly MeasureOccurrence[], max = 6): MeasureOccurrence[] {
  if (occurrences.length <= max) return [...occurrences]
  const ahead = occurrences.filter((o) => occurrenceState(o) === 'upcoming').slice(0, 2)
  return occurrences.filter((o) => {
    const s = occurrenceState(o)
    return s === 'overdue' || s === 'reported' || ahead.includes(o)
  })
}
