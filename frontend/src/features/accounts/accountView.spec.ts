import { describe, expect, it } from 'vitest'
import {
  accountInput,
  actingForLink,
  createdAccountsText,
  emptyAccountForm,
  importCounts,
  passwordProblems,
  recordKindOf,
  rejectedRows,
  setupShown,
  statusKeys,
  validateAccountForm,
} from './accountView'
import type { UsersImport } from './types'

describe('accountView', () => {
  it('asks for the record the role acts for: a region, a municipality, a school, none for the admin', () => {
    expect(recordKindOf('regional-analyst')).toBe('REGION')
    expect(recordKindOf('municipal-coordinator')).toBe('MUNICIPALITY')
    expect(recordKindOf('school-staff')).toBe('SCHOOL')
    expect(recordKindOf('admin')).toBeUndefined()
    expect(recordKindOf(null)).toBeUndefined()
  })

  it('sends exactly the id the role needs, with the name trimmed and no empty middle name', () => {
    const form = { ...emptyAccountForm(), lastName: ' Петрова ', firstName: 'Ольга', middleName: ' ', email: 'o.petrova@school.ru ', recordId: 5 }
    expect(accountInput({ ...form, role: 'school-staff' })).toEqual({
      lastName: 'Петрова', firstName: 'Ольга', email: 'o.petrova@school.ru', role: 'school-staff', schoolId: 5,
    })
    expect(accountInput({ ...form, role: 'municipal-coordinator', middleName: 'Ивановна' })).toEqual({
      lastName: 'Петрова', firstName: 'Ольга', middleName: 'Ивановна', email: 'o.petrova@school.ru', role: 'municipal-coordinator', municipalityId: 5,
    })
    expect(accountInput({ ...form, role: 'regional-analyst' }).regionId).toBe(5)
    const admin = accountInput({ ...form, role: 'admin' })
    expect([admin.regionId, admin.municipalityId, admin.schoolId]).toEqual([undefined, undefined, undefined])
  })

  it('checks the form: names, a real e-mail, the role and its record', () => {
    expect(validateAccountForm(emptyAccountForm())).toEqual({ lastName: 'required', firstName: 'required', email: 'required', role: 'required' })
    const filled = { ...emptyAccountForm(), lastName: 'Петрова', firstName: 'Ольга', email: 'петрова@школа', role: 'school-staff' as const }
    expect(validateAccountForm(filled)).toEqual({ email: 'email', recordId: 'required' })
    expect(validateAccountForm({ ...filled, email: 'o@school.ru', recordId: 3 })).toEqual({})
    expect(validateAccountForm({ ...filled, email: 'o@school.ru', role: 'admin' })).toEqual({})
  })

  it('links the record an account acts for to its card', () => {
    expect(actingForLink({ kind: 'SCHOOL', id: 5, name: 'МБОУ СОШ №1' })).toEqual({ name: 'school', params: { id: 5 } })
    expect(actingForLink({ kind: 'MUNICIPALITY', id: 2, name: 'Керчь' })).toEqual({ name: 'municipality', params: { id: 2 } })
    expect(actingForLink({ kind: 'REGION', id: 1, name: 'Крым' })).toEqual({ name: 'region', params: { id: 1 } })
    expect(actingForLink({ kind: 'ALL', id: undefined, name: 'Все' })).toBeUndefined()
  })

  it('says an enabled account without a password as such', () => {
    expect(statusKeys({ enabled: true, passwordSet: true })).toEqual(['enabled'])
    expect(statusKeys({ enabled: true, passwordSet: false })).toEqual(['enabled', 'noPassword'])
    expect(statusKeys({ enabled: false, passwordSet: false })).toEqual(['disabled'])
  })

  it('shows the link to hand over, or that the e-mail went', () => {
    expect(setupShown({ emailSent: true, link: undefined })).toEqual({ kind: 'email' })
    expect(setupShown({ emailSent: false, link: 'http://x/welcome/t', expiresAt: '2026-12-06T08:00:00Z' })).toEqual({
      kind: 'link', link: 'http://x/welcome/t', expiresAt: '2026-12-06T08:00:00Z',
    })
    expect(setupShown(null)).toEqual({ kind: 'none' })
  })

  it('counts the rows of a checked sheet and lets creation go on only when every row is fine', () => {
    const rows = Array.from({ length: 500 }, (_, i) => ({ row: i + 2, problems: [2, 40, 41].includes(i) ? ['Неизвестный ИНН'] : [] }))
    expect(importCounts({ valid: false, total: 500, bad: 3, rows })).toEqual({ total: 500, bad: 3, good: 497, canCreate: false })
    const good = rows.map((r) => ({ ...r, problems: [] }))
    expect(importCounts({ valid: true, total: 500, bad: 0, rows: good })).toEqual({ total: 500, bad: 0, good: 500, canCreate: true })
    expect(importCounts({ valid: true, total: 0, bad: 0, rows: [] }).canCreate).toBe(false)
    expect(importCounts(undefined).canCreate).toBe(false)
  })

  it('puts the created accounts and their links in a table to paste', () => {
    const rows: UsersImport['rows'] = [
      { row: 2, fullName: 'Петрова Ольга', email: 'o@s.ru', actingFor: 'МБОУ СОШ №1', problems: [], userId: 'u1', setup: { emailSent: false, link: 'http://x/welcome/a', expiresAt: '2026-12-06T08:00:00Z' } },
      { row: 3, fullName: 'Иванов Иван', email: 'i@s.ru', actingFor: 'Керчь', problems: [], userId: 'u2', setup: { emailSent: true } },
      { row: 4, fullName: 'Не создан', email: 'n@s.ru', problems: [], userId: undefined },
    ]
    const text = createdAccountsText(rows, { header: ['ФИО', 'E-mail', 'За кого', 'Ссылка', 'До'], emailSent: 'Письмо отправлено', date: (iso) => (iso ? '06.12.2026' : '') })
    expect(text.split('\n')).toEqual([
      'ФИО\tE-mail\tЗа кого\tСсылка\tДо',
      'Петрова Ольга\to@s.ru\tМБОУ СОШ №1\thttp://x/welcome/a\t06.12.2026',
      'Иванов Иван\ti@s.ru\tКерчь\tПисьмо отправлено\t',
    ])
  })

  it('reads the rows of a rejected creation from the problem', () => {
    expect(rejectedRows({ status: 422, rows: [{ row: 5, problems: ['x'] }] })).toEqual([{ row: 5, problems: ['x'] }])
    expect(rejectedRows({ status: 422 })).toBeUndefined()
  })

  it('asks for a password of at least 10 characters, typed twice alike', () => {
    expect(passwordProblems('short', 'short')).toEqual({ password: 'tooShort' })
    expect(passwordProblems('long enough 1', 'long enough 2')).toEqual({ repeat: 'mismatch' })
    expect(passwordProblems('long enough 1', 'long enough 1')).toEqual({})
  })
})
