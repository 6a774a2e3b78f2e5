import type { UserAccount } from './types'

/** A school's staff member with a password, who has logged in: the coordinator may disable, re-issue and move. */
export const PETROVA: UserAccount = {
  id: 'kc-1',
  username: 'o.petrova',
  lastName: 'Петрова',
  firstName: 'Ольга',
  middleName: 'Ивановна',
  fullName: 'Петрова Ольга Ивановна',
  email: 'o.petrova@school1.ru',
  role: 'school-staff',
  actingFor: { kind: 'SCHOOL', id: 5, code: '9111000001', name: 'МБОУ СОШ №1' },
  regionId: 1,
  municipalityId: 2,
  schoolId: 5,
  enabled: true,
  emailVerified: true,
  passwordSet: true,
  createdAt: '2026-11-01T09:00:00Z',
  lastLoginAt: '2026-12-01T07:30:00Z',
  actions: ['disable', 'sendSetup', 'move'],
}

/** A coordinator just created and disabled, who has never logged in. */
export const SIDOROV: UserAccount = {
  ...PETROVA,
  id: 'kc-2',
  username: 's.sidorov',
  lastName: 'Сидоров',
  firstName: 'Сергей',
  middleName: undefined,
  fullName: 'Сидоров Сергей',
  email: 's.sidorov@kerch.ru',
  role: 'municipal-coordinator',
  actingFor: { kind: 'MUNICIPALITY', id: 2, code: '35715000', name: 'Городской округ Керчь' },
  schoolId: undefined,
  enabled: false,
  passwordSet: false,
  lastLoginAt: undefined,
  actions: ['enable'],
}
