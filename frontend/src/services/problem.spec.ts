import { describe, expect, it } from 'vitest'
import { ApiProblem, isProblem, toApiProblem } from './problem'

describe('problem+json guard', () => {
  it('accepts an RFC 9457 body with status and title', () => {
    expect(isProblem({ type: '/problems/validation', title: 'Ошибка', status: 400, detail: 'x', errors: [] })).toBe(true)
  })

  it('rejects bodies that are not problems', () => {
    expect(isProblem(null)).toBe(false)
    expect(isProblem('Bad Gateway')).toBe(false)
    expect(isProblem({ items: [], total: 0 })).toBe(false)
    expect(isProblem({ status: '400', title: 'x' })).toBe(false)
    expect(isProblem({ status: 400, title: 'x', errors: 'no' })).toBe(false)
  })

  it('keeps field errors, by field, first message winning', () => {
    const body = {
      type: '/problems/validation',
      title: 'Неверные данные',
      status: 400,
      errors: [
        { field: 'inn', message: 'ИНН: 10 цифр' },
        { field: 'inn', message: 'второе' },
        { field: 'pupils', message: 'Не может быть отрицательным' },
        { row: 3, column: 'ИНН', message: 'ячейка' },
      ],
    }
    const p = toApiProblem(body, new Response(null, { status: 400 }))
    expect(p).toBeInstanceOf(ApiProblem)
    expect(p.status).toBe(400)
    expect(p.title).toBe('Неверные данные')
    expect(p.fieldErrors()).toEqual({ inn: 'ИНН: 10 цифр', pupils: 'Не может быть отрицательным' })
    expect(p.errors).toHaveLength(4)
  })

  it('makes a problem from a non-problem error response', () => {
    const p = toApiProblem('<html>Bad Gateway</html>', new Response(null, { status: 502, statusText: 'Bad Gateway' }))
    expect(p.status).toBe(502)
    expect(p.title).toBe('Bad Gateway')
    expect(p.detail).toContain('Bad Gateway')
    expect(p.errors).toEqual([])
  })
})

describe('a stale version', () => {
  it('is recognised by its problem type, not by the text of the message', () => {
    expect(new ApiProblem({ status: 409, type: '/problems/stale-version', title: 'Данные уже изменены' }).stale).toBe(true)
    expect(new ApiProblem({ status: 409, type: '/problems/conflict', title: 'Конфликт', detail: 'версия изменилась' }).stale).toBe(false)
  })
})
