import { describe, expect, it } from 'vitest'
import { fileNameFrom } from './download'

describe('file name from Content-Disposition', () => {
  it('reads a quoted name', () => {
    expect(fileNameFrom('attachment; filename="schools-2025-01-31.csv"', 'x')).toBe('schools-2025-01-31.csv')
  })
  it('prefers the UTF-8 name', () => {
    expect(fileNameFrom("attachment; filename=\"a.xlsx\"; filename*=UTF-8''%D0%A8%D0%BA%D0%BE%D0%BB%D1%8B.xlsx", 'x')).toBe('Школы.xlsx')
  })
  it('reads an unquoted name and falls back when there is none', () => {
    expect(fileNameFrom('attachment; filename=list.csv', 'x')).toBe('list.csv')
    expect(fileNameFrom(null, 'schools.csv')).toBe('schools.csv')
    expect(fileNameFrom('attachment', 'schools.csv')).toBe('schools.csv')
  })
})
