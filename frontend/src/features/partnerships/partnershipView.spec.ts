import { describe, expect, it } from 'vitest'
import { defaultPlanDue, emptyMoveForm, moveErrors, moveInput, movesFrom, planOptions, reachedStep } from './partnershipView'

const TEXT = { required: 'Заполните поле', comment: 'Укажите комментарий' }

describe('partnership moves', () => {
  it('offers the moves the server allows from each status', () => {
    expect(movesFrom('PROPOSED').map((m) => m.kind)).toEqual(['agreement', 'close'])
    expect(movesFrom('AGREED').map((m) => m.kind)).toEqual(['plan', 'close'])
    expect(movesFrom('PLAN_SUBMITTED').map((m) => [m.kind, m.to])).toEqual([
      ['approve', 'APPROVED'],
      ['return', 'AGREED'],
      ['close', 'CLOSED'],
    ])
    expect(movesFrom('APPROVED').map((m) => m.kind)).toEqual(['activate', 'close'])
    expect(movesFrom('ACTIVE').map((m) => m.kind)).toEqual(['close'])
    expect(movesFrom('CLOSED')).toEqual([])
  })

  it('needs a comment to return a plan and to close early, not to close an active one', () => {
    const close = (status: 'PROPOSED' | 'ACTIVE') => movesFrom(status).find((m) => m.kind === 'close')!
    expect(close('PROPOSED').comment).toBe('required')
    expect(close('ACTIVE').comment).toBe('optional')
    const back = movesFrom('PLAN_SUBMITTED').find((m) => m.kind === 'return')!
    expect(moveErrors(back, emptyMoveForm(), TEXT)).toEqual({ comment: 'Укажите комментарий' })
    expect(moveErrors(close('ACTIVE'), emptyMoveForm(), TEXT)).toEqual({})
  })

  it('needs the agreement’s number and date, and the plan’s roadmap', () => {
    const [agreement] = movesFrom('PROPOSED')
    expect(moveErrors(agreement, { ...emptyMoveForm(), agreementNumber: ' ' }, TEXT)).toEqual({ agreementNumber: 'Заполните поле', agreementDate: 'Заполните поле' })
    const [plan] = movesFrom('AGREED')
    expect(moveErrors(plan, emptyMoveForm(), TEXT)).toEqual({ roadmapId: 'Заполните поле' })
  })

  it('sends only what the move asks for, with the version', () => {
    const [agreement] = movesFrom('PROPOSED')
    const form = { agreementNumber: ' 17-П ', agreementDate: '2026-10-01', roadmapId: 5, comment: 'лишнее' }
    expect(moveInput({ version: 3 }, agreement, form)).toEqual({ to: 'AGREED', version: 3, agreementNumber: '17-П', agreementDate: '2026-10-01' })
    const [plan] = movesFrom('AGREED')
    expect(moveInput({ version: 4 }, plan, { ...form, comment: '' })).toEqual({ to: 'PLAN_SUBMITTED', version: 4, roadmapId: 5 })
    const back = movesFrom('PLAN_SUBMITTED')[1]
    expect(moveInput({ version: 5 }, back, { ...form, comment: ' Уточнить сроки ' })).toEqual({ to: 'AGREED', version: 5, comment: 'Уточнить сроки' })
  })
})

describe('partnership path', () => {
  it('shows how far a partnership went, a closed one included', () => {
    expect(reachedStep({ status: 'PROPOSED' })).toBe(0)
    expect(reachedStep({ status: 'APPROVED' })).toBe(3)
    expect(reachedStep({ status: 'CLOSED', history: [{ to: 'PROPOSED' }, { from: 'PROPOSED', to: 'AGREED' }, { from: 'AGREED', to: 'CLOSED' }] })).toBe(1)
    expect(reachedStep({ status: 'CLOSED' })).toBe(0)
  })

  it('makes the plan due by 25 November, of the next year once that has passed', () => {
    expect(defaultPlanDue(new Date(2026, 8, 1))).toBe('2026-11-25')
    expect(defaultPlanDue(new Date(2026, 10, 25))).toBe('2026-11-25')
    expect(defaultPlanDue(new Date(2026, 10, 26))).toBe('2027-11-25')
    expect(defaultPlanDue(new Date(2026, 11, 1))).toBe('2027-11-25')
  })

  it('offers the two schools’ roadmaps first', () => {
    const roadmaps = [
      { id: 1, title: 'План взаимодействия СОШ № 4 и СОШ № 9', schoolId: 4 },
      { id: 2, title: 'План взаимодействия СОШ № 1 и Гимназии', schoolId: 1 },
      { id: 3, title: 'Другой план', schoolId: 7 },
    ]
    expect(planOptions(roadmaps, [1, 2]).map((r) => r.id)).toEqual([2, 3, 1])
  })
})
