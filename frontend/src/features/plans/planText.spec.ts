import { describe, expect, it } from 'vitest'
import { makeI18n } from '@/i18n'
import { occurrencesDue, scheduleText } from './planText'
import type { Schedule } from './types'

const i18n = makeI18n('ru')
const t = ((key: string, named?: unknown, plural?: number) =>
  plural === undefined ? i18n.global.t(key, (named ?? {}) as never) : i18n.global.t(key, named as never, plural)) as Parameters<typeof scheduleText>[2]
const read = (s: Schedule) => scheduleText(s, 'ru', t)

describe('scheduleText: how a deadline was read, under the text as written', () => {
  it('lists the occurrences of «Октябрь 2020 г. Октябрь 2021 г.»', () => {
    expect(
      read({
        text: 'Октябрь 2020 г. Октябрь 2021 г.',
        kind: 'OCCURRENCES',
        periods: [
          { start: '2020-10-01', end: '2020-10-31' },
          { start: '2021-10-01', end: '2021-10-31' },
        ],
      }),
    ).toBe('2 срока: октябрь 2020, октябрь 2021')
  })

  it('reads a month range, a day range, a year and a single date', () => {
    expect(read({ kind: 'PERIOD', periods: [{ start: '2020-11-01', end: '2020-12-31' }], flags: ['YEAR_FROM_DOCUMENT_DATE'] })).toBe(
      'период: ноябрь – декабрь 2020 (год взят из даты документа)',
    )
    expect(read({ kind: 'PERIOD', periods: [{ start: '2020-12-01', end: '2021-04-30' }] })).toBe('период: декабрь 2020 – апрель 2021')
    expect(read({ kind: 'PERIOD', periods: [{ start: '2021-11-02', end: '2021-11-06' }] })).toBe('период: 02.11.2021 – 06.11.2021')
    expect(read({ kind: 'PERIOD', periods: [{ start: '2023-01-01', end: '2023-12-31' }] })).toBe('период: 2023 год')
    expect(read({ kind: 'DATE', periods: [{ start: '2023-03-01', end: '2023-03-01' }] })).toBe('до 01.03.2023')
    expect(read({ kind: 'OCCURRENCES', periods: [{ start: '2021-05-01', end: '2021-05-31' }, { start: '2021-12-01', end: '2021-12-31' }, { start: '2022-05-01', end: '2022-05-31' }, { start: '2022-12-01', end: '2022-12-31' }, { start: '2023-05-01', end: '2023-05-31' }] })).toBe(
      '5 сроков: май 2021, декабрь 2021, май 2022, декабрь 2022, май 2023',
    )
  })

  it('reads a recurrence, a continuous deadline and says when it could not read one', () => {
    expect(
      read({ kind: 'RECURRING', recurrence: { frequency: 'YEARLY', first: { start: '2021-10-01', end: '2021-10-31' }, until: '2022-12-31' } }),
    ).toBe('ежегодно, впервые: октябрь 2021, последний срок 31.12.2022')
    expect(read({ kind: 'CONTINUOUS', periods: [{ start: '2021-01-01', end: '2022-12-31' }] })).toBe('весь период плана: январь 2021 – декабрь 2022')
    expect(read({ text: 'по мере необходимости', kind: 'UNPARSED' })).toBe('срок не распознан — читайте текст документа')
    expect(read({})).toBe('')
  })
})

describe('occurrencesDue: the deadlines a report may be about', () => {
  it('gives each recurrence’s end up to its last date, whole months to month ends', () => {
    const s: Schedule = { kind: 'RECURRING', recurrence: { frequency: 'YEARLY', first: { start: '2021-05-01', end: '2021-05-31' }, until: '2023-12-31' } }
    expect(occurrencesDue(s)).toEqual(['2021-05-31', '2022-05-31', '2023-05-31'])
    const quarterly: Schedule = { kind: 'RECURRING', recurrence: { frequency: 'QUARTERLY', first: { start: '2024-01-01', end: '2024-03-31' } } }
    expect(occurrencesDue(quarterly, '2024-12-31')).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'])
  })

  it('gives each written occurrence’s end', () => {
    expect(occurrencesDue({ kind: 'OCCURRENCES', periods: [{ start: '2020-10-01', end: '2020-10-31' }, { start: '2021-10-01', end: '2021-10-31' }] })).toEqual([
      '2020-10-31',
      '2021-10-31',
    ])
  })
})
