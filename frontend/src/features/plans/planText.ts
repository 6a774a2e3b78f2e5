import type { Locale } from '@/i18n'
import { localDate } from '@/composables/useFormat'
import { calendarDate, monthName } from '@/i18n/intl'
import type { DatePeriod, MeasureStatus, RoadmapStatus, Schedule } from './types'

type T = (key: string, named?: Record<string, unknown> | number, plural?: number) => string

export type TextLocale = Locale

const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return { y, m, d }
}
const lastDay = (y: number, m: number) => new Date(y, m, 0).getDate()
/** A date as the interface writes it: 02.11.2021 (02/11/2021 in English). */
const dmy = (iso: string, locale: TextLocale) => {
  const date = localDate(iso)
  return date ? calendarDate(date, locale) : ''
}

/**
 * A period in words: «октябрь 2020» for a whole month, «ноябрь – декабрь 2020» for whole months, «2023 год» for
 * a calendar year, «02.11.2021 – 06.11.2021» otherwise, one date when it is one day.
 */
export function periodText(p: DatePeriod, locale: TextLocale, t: T): string {
  if (!p.start || !p.end) return dmy(p.end ?? p.start ?? '', locale)
  const s = parts(p.start)
  const e = parts(p.end)
  if (p.start === p.end) return dmy(p.start, locale)
  const wholeMonths = s.d === 1 && e.d === lastDay(e.y, e.m)
  if (!wholeMonths) return `${dmy(p.start, locale)} – ${dmy(p.end, locale)}`
  const month = (n: number) => monthName(n, locale)
  if (s.y === e.y && s.m === 1 && e.m === 12) return t('plans.schedule.year', { year: s.y })
  if (s.y === e.y && s.m === e.m) return `${month(s.m)} ${s.y}`
  if (s.y === e.y) return `${month(s.m)} – ${month(e.m)} ${s.y}`
  return `${month(s.m)} ${s.y} – ${month(e.m)} ${e.y}`
}

/**
 * How the system read a deadline, for the user to check against the text as written:
 * «Октябрь 2020 г. Октябрь 2021 г.» → «2 срока: октябрь 2020, октябрь 2021».
 */
export function scheduleText(schedule: Schedule | undefined | null, locale: TextLocale, t: T): string {
  if (!schedule?.kind) return ''
  const periods = schedule.periods ?? []
  const one = (p: DatePeriod) => periodText(p, locale, t)
  let text: string
  switch (schedule.kind) {
    case 'DATE':
      text = t('plans.schedule.date', { date: dmy(periods[0]?.end ?? periods[0]?.start ?? '', locale) })
      break
    case 'PERIOD':
      text = t('plans.schedule.period', { period: periods.map(one).join(', ') })
      break
    case 'OCCURRENCES':
      text = t('plans.schedule.occurrences', { n: periods.length, list: periods.map(one).join(', ') }, periods.length)
      break
    case 'RECURRING': {
      const r = schedule.recurrence
      text = t(`plans.schedule.frequency.${r?.frequency ?? 'YEARLY'}`)
      if (r?.first) text += ', ' + t('plans.schedule.first', { period: one(r.first) })
      if (r?.until) text += ', ' + t('plans.schedule.until', { date: dmy(r.until, locale) })
      break
    }
    case 'CONTINUOUS':
      text = t('plans.schedule.continuous')
      if (periods.length) text += ': ' + periods.map(one).join(', ')
      break
    default:
      return t('plans.schedule.unparsed')
  }
  const flags = schedule.flags ?? []
  if (flags.includes('YEAR_FROM_DOCUMENT_DATE')) text += ' ' + t('plans.schedule.yearFromDocument')
  else if (flags.includes('YEAR_FROM_PLAN_PERIOD')) text += ' ' + t('plans.schedule.yearFromPlan')
  return text
}

const addMonths = (y: number, m: number, n: number) => {
  const index = y * 12 + (m - 1) + n
  return { y: Math.floor(index / 12), m: (index % 12) + 1 }
}
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
const STEP = { YEARLY: 12, QUARTERLY: 3, MONTHLY: 1 } as const

/**
 * The due dates a report may be about: each written occurrence's end, or each recurrence's end up to its last
 * allowed date (else `to`), as the server counts them. At most `limit`.
 */
export function occurrencesDue(schedule: Schedule | undefined | null, to?: string, limit = 60): string[] {
  if (!schedule) return []
  const r = schedule.recurrence
  if (r?.first?.start && r.first.end) {
    const last = r.until && (!to || r.until < to) ? r.until : to
    if (!last) return []
    const s = parts(r.first.start)
    const e = parts(r.first.end)
    const whole = s.d === 1 && e.d === lastDay(e.y, e.m)
    const step = STEP[r.frequency ?? 'YEARLY']
    const due: string[] = []
    for (let n = 0; due.length < limit; n++) {
      const em = addMonths(e.y, e.m, n * step)
      const day = whole ? lastDay(em.y, em.m) : Math.min(e.d, lastDay(em.y, em.m))
      const end = iso(em.y, em.m, day)
      if (end > last) break
      due.push(end)
    }
    return due
  }
  return (schedule.periods ?? []).map((p) => p.end ?? p.start ?? '').filter(Boolean).slice(0, limit)
}

export const ROADMAP_STATUS_COLOR: Record<RoadmapStatus, string> = {
  DRAFT: 'grey',
  APPROVED: 'info',
  IN_PROGRESS: 'primary',
  COMPLETED: 'success',
  ARCHIVED: 'secondary',
}
export const MEASURE_STATUS_COLOR: Record<MeasureStatus, string> = {
  PLANNED: 'grey',
  IN_PROGRESS: 'primary',
  DONE: 'success',
  PARTLY_DONE: 'warning',
  NOT_DONE: 'error',
  POSTPONED: 'secondary',
  CANCELLED: 'secondary',
}

/** A file's size in KB or MB, for the list under a report. */
export function sizeText(bytes: number | undefined): string {
  if (bytes == null) return ''
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
