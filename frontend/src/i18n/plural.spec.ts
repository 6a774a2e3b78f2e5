import { describe, expect, it } from 'vitest'
import { makeI18n } from './index'

describe('Russian plurals', () => {
  const { t } = makeI18n('ru').global
  it.each([
    [0, 'нет школ'],
    [1, '1 школа'],
    [2, '2 школы'],
    [4, '4 школы'],
    [5, '5 школ'],
    [11, '11 школ'],
    [12, '12 школ'],
    [21, '21 школа'],
    [22, '22 школы'],
    [78, '78 школ'],
    [101, '101 школа'],
    [111, '111 школ'],
  ])('%i → %s', (n, text) => {
    expect(t('home.schools', n)).toBe(text)
  })

  it('English has its own forms', () => {
    const en = makeI18n('en').global
    expect(en.t('home.schools', 1)).toBe('1 school')
    expect(en.t('home.schools', 22)).toBe('22 schools')
  })
})
