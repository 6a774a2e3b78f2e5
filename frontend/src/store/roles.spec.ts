import { describe, expect, it } from 'vitest'
import { makeI18n } from '@/i18n'
import type { Me } from '@/services/types'
import { actionsOf } from '@/test/renderOptions'
import { roleLabelKey, scopeLabel } from './roles'

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
    const base: Me = { username: 'u', roles: [], actions: [], regionName: 'Республика Крым' }
    expect(scopeLabel({ ...base, roles: ['regional-analyst'], actions: actionsOf('regional-analyst') })).toEqual({ text: 'Республика Крым' })
    expect(scopeLabel({ ...base, roles: ['municipal-coordinator'], actions: actionsOf('municipal-coordinator'), municipalityName: 'Городской округ Керчь' })).toEqual({
      text: 'Городской округ Керчь',
    })
    expect(
      scopeLabel({
        ...base,
        roles: ['school-staff'],
        actions: actionsOf('school-staff'),
        municipalityName: 'Городской округ Керчь',
        organizationName: 'МБОУ СОШ №1',
        organizationKind: 'SCHOOL',
        schoolId: 5,
      }),
    ).toEqual({ text: 'МБОУ СОШ №1' })
    const all = scopeLabel({ username: 'admin', roles: ['admin'], actions: actionsOf('admin') })
    expect('key' in all && t(all.key)).toBe('Все субъекты РФ')
  })
})
