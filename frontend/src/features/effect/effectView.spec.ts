import { describe, expect, it } from 'vitest'
import { didText, pathChartOption, signed, startIndex } from './effectView'
import type { EffectPath } from './types'

const path = {
  indicatorId: 1,
  code: 'SUCC_RATE',
  name: 'Успеваемость',
  unit: '%',
  direction: 'HIGHER_BETTER',
  campaigns: [
    { id: 1, name: 'a', academicYear: '2019/2020', closesOn: '2019-10-30' },
    { id: 2, name: 'b', academicYear: '2020/2021', closesOn: '2020-10-30' },
    { id: 3, name: 'c', academicYear: '2021/2022', closesOn: '2021-10-29' },
  ],
  schools: [{ schoolId: 5, schoolName: 'МБОУ СОШ №5', supportStart: '2020-12-21', values: [40, 41, null] }],
  hiddenSchools: 0,
  supportedMedian: [40, 41, 47],
  comparisonMedian: [60, 61, 61.5],
} as EffectPath

describe('the effect in words and numbers', () => {
  it('writes the difference in differences with its interval the Russian way', () => {
    expect(didText(8, 2.1, 13.94, 'ru-RU')).toBe('+8,0 (2,1…13,9)')
    expect(didText(-3.45, -5.51, -1.39, 'ru-RU')).toBe('−3,5 (−5,5…−1,4)')
    expect(didText(null, null, null, 'ru-RU')).toBe('')
    expect(signed(0, 'ru-RU')).toBe('0,0')
  })

  it('marks support from the first campaign that closed after it began', () => {
    expect(startIndex(path, '2020-12-21')).toBe(2)
    expect(startIndex(path, null)).toBe(-1)
    const option = pathChartOption(path, '2020-12-21', { supported: 'S', comparison: 'C', start: 'начало' })
    expect((option.series[0] as { markLine?: { data: unknown } }).markLine?.data).toEqual([{ xAxis: '2021/2022' }])
    expect(option.series.map((s) => s.name)).toEqual(['S', 'C', 'МБОУ СОШ №5'])
  })
})
