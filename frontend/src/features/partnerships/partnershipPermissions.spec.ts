import { describe, expect, it } from 'vitest'
import type { Me } from '@/services/types'
import { permissions } from '@/store/roles'

const coordinator: Me = { username: 'coord.kerch', roles: ['municipal-coordinator'], regionId: 1, municipalityId: 2 }
const otherCoordinator: Me = { ...coordinator, username: 'coord.feodosia', municipalityId: 3 }
const weakStaff: Me = { username: 'school.kerch1', roles: ['school-staff'], regionId: 1, municipalityId: 2, schoolId: 5 }
const partnerStaff: Me = { ...weakStaff, username: 'school.kerch2', schoolId: 9 }
const analyst: Me = { username: 'analyst.crimea', roles: ['regional-analyst'], regionId: 1 }
const p = (status: string) => ({ status, municipalityId: 2, weakSchoolId: 5, partnerSchoolId: 9 })

describe('who moves a partnership (as the server decides)', () => {
  it('lets the centre make every move: the weak school’s coordinator and the region’s analysts', () => {
    for (const me of [coordinator, analyst]) {
      expect(permissions(me).movePartnership(p('PLAN_SUBMITTED'), 'APPROVED')).toBe(true)
      expect(permissions(me).movePartnership(p('ACTIVE'), 'CLOSED')).toBe(true)
    }
    expect(permissions(otherCoordinator).movePartnership(p('PLAN_SUBMITTED'), 'APPROVED')).toBe(false)
  })

  it('lets either school record the agreement and submit the plan, nothing else', () => {
    for (const me of [weakStaff, partnerStaff]) {
      expect(permissions(me).movePartnership(p('PROPOSED'), 'AGREED')).toBe(true)
      expect(permissions(me).movePartnership(p('AGREED'), 'PLAN_SUBMITTED')).toBe(true)
      expect(permissions(me).movePartnership(p('PLAN_SUBMITTED'), 'AGREED')).toBe(false)
      expect(permissions(me).movePartnership(p('PLAN_SUBMITTED'), 'APPROVED')).toBe(false)
      expect(permissions(me).movePartnership(p('PROPOSED'), 'CLOSED')).toBe(false)
    }
    expect(permissions({ ...weakStaff, schoolId: 6 }).movePartnership(p('PROPOSED'), 'AGREED')).toBe(false)
  })

  it('lets the school’s staff, its coordinator and analysts assess the risk profile; lists are the analysts’', () => {
    expect(permissions(weakStaff).assessRisk(5)).toBe(true)
    expect(permissions(weakStaff).assessRisk(6)).toBe(false)
    expect(permissions(coordinator).assessRisk(6)).toBe(true)
    expect(permissions(analyst).manageLists).toBe(true)
    expect(permissions(coordinator).manageLists).toBe(false)
    expect(permissions(weakStaff).proposePartnership).toBe(false)
  })
})
