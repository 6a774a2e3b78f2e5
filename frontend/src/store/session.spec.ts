import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { actionsOf } from '@/test/renderOptions'
import { allows } from './actions'
import { useSessionStore } from './session'

describe('what the user may do, as the API says', () => {
  it('admits the operations /me lists for the user and nothing else', () => {
    setActivePinia(createPinia())
    const session = useSessionStore()
    expect(session.may('createSchool')).toBe(false)
    session.me = { username: 'coord.kerch', roles: ['municipal-coordinator'], actions: actionsOf('municipal-coordinator') }
    expect(session.may('createSchool')).toBe(true)
    expect(session.may('importSchools')).toBe(false)
    expect(session.may('listAuditEvents')).toBe(false)
  })

  it('hands in data only for a school: an administrator may save a submission but has no tasks of their own', () => {
    setActivePinia(createPinia())
    const session = useSessionStore()
    session.me = { username: 'admin', roles: ['admin'], actions: actionsOf('admin') }
    expect(session.may('saveSubmission')).toBe(true)
    expect(session.fillsSubmissions).toBe(false)
    session.me = { username: 'school.kerch1', roles: ['school-staff'], schoolId: 5, actions: actionsOf('school-staff') }
    expect(session.fillsSubmissions).toBe(true)
  })

  it("reads a record's actions; a record without them allows nothing", () => {
    expect(allows({ actions: ['edit'] }, 'edit')).toBe(true)
    expect(allows({ actions: ['edit'] }, 'move')).toBe(false)
    expect(allows({}, 'edit')).toBe(false)
    expect(allows(undefined, 'edit')).toBe(false)
  })
})
