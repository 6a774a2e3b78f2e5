import { describe, expect, it } from 'vitest'
import { makeI18n } from '@/i18n'
import type { Me } from '@/services/types'
import { permissions, roleLabelKey, scopeLabel } from './roles'

const { t } = makeI18n('ru').global

describe('role and scope shown to the user', () => {
  it.each([
    [['regional-analyst'], 'Региональный аналитик'],
    [['municipal-coordinator'], 'Муниципальный координатор'],
    [['school-staff'], 'Сотрудник школы'],
    [['integrator'], 'Интегратор'],
    [['admin'], 'Администратор'],
    [['offline_access', 'regional-analyst', 'default-roles-rostok'], 'Региональный аналитик'],
    [[], 'Без роли'],
  ])('%j → %s', (roles, label) => {
    expect(t(roleLabelKey(roles))).toBe(label)
  })

  it('names the scope: school, municipality, region, or all', () => {
    const base: Me = { username: 'u', roles: [], regionName: 'Республика Крым' }
    expect(scopeLabel({ ...base, roles: ['regional-analyst'] })).toEqual({ text: 'Республика Крым' })
    expect(scopeLabel({ ...base, roles: ['municipal-coordinator'], municipalityName: 'Городской округ Керчь' })).toEqual({
      text: 'Городской округ Керчь',
    })
    expect(
      scopeLabel({
        ...base,
        roles: ['school-staff'],
        municipalityName: 'Городской округ Керчь',
        organizationName: 'МБОУ СОШ №1',
        organizationKind: 'SCHOOL',
        schoolId: 5,
      }),
    ).toEqual({ text: 'МБОУ СОШ №1' })
    const all = scopeLabel({ username: 'admin', roles: ['admin'] })
    expect('key' in all && t(all.key)).toBe('Все субъекты РФ')
  })

  it('lets school staff edit only their own school and never import', () => {
    const can = permissions({ username: 's', roles: ['school-staff'], schoolId: 5 })
    expect(can.editSchool(5)).toBe(true)
    expect(can.editSchool(6)).toBe(false)
    expect(can.importSchools || can.createSchool || can.seeAudit || can.changeMunicipality).toBe(false)
  })

  it('gives analysts import and audit, coordinators creation only, integrators nothing to write', () => {
    const analyst = permissions({ username: 'a', roles: ['regional-analyst'] })
    expect([analyst.importSchools, analyst.seeAudit, analyst.createSchool, analyst.editSchool(1)]).toEqual([true, true, true, true])
    const coordinator = permissions({ username: 'c', roles: ['municipal-coordinator'] })
    expect([coordinator.importSchools, coordinator.seeAudit, coordinator.createSchool]).toEqual([false, false, true])
    const integrator = permissions({ username: 'i', roles: ['integrator'] })
    expect([integrator.createSchool, integrator.editSchool(1), integrator.importSchools]).toEqual([false, false, false])
  })

  it('lets analysts set up risk factors, coordinators read them, school staff neither', () => {
    const see = (role: string) => {
      const can = permissions({ username: 'u', roles: [role] })
      return [can.seeRiskFactors, can.manageRiskFactors]
    }
    expect(see('admin')).toEqual([true, true])
    expect(see('regional-analyst')).toEqual([true, true])
    expect(see('municipal-coordinator')).toEqual([true, false])
    expect(see('school-staff')).toEqual([false, false])
    expect(see('integrator')).toEqual([false, false])
  })
})
