import { describe, expect, it } from 'vitest'
import { formatInterval } from './useFormat'

describe('formatInterval', () => {
  it('writes a share with its interval as a Russian reader expects', () => {
    expect(formatInterval({ estimate: 42.2, low: 31.4, high: 54.1 }, 'ru-RU', 0, ' %')).toBe('42 % (31–54)')
  })

  it('keeps the decimals asked for, with a decimal comma', () => {
    expect(formatInterval({ estimate: 3.25, low: 1.5, high: 4.75 }, 'ru-RU', 1)).toBe('3,3 (1,5–4,8)')
  })
})
