import type { Municipality, School } from '@/services/types'

export const KERCH: Municipality = {
  id: 2,
  regionId: 1,
  regionName: 'Республика Крым',
  oktmo: '35715000',
  name: 'Городской округ Керчь',
  kind: 'URBAN_DISTRICT',
  schoolCount: 22,
  version: 0,
}

export const FEODOSIA: Municipality = { ...KERCH, id: 3, oktmo: '35726000', name: 'Городской округ Феодосия', schoolCount: 16 }

/** Kerch school No. 1 as the region's analyst reads it: they edit its profile and move it (municipality, INN). */
export const SCHOOL_1: School = {
  id: 5,
  inn: '9189294439',
  shortName: 'МБОУ СОШ №1',
  fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №1»',
  type: 'SECONDARY',
  settlement: 'URBAN',
  address: '298323, г. Керчь, ул. Садовая, 9',
  principal: 'Петрова Ольга Николаевна',
  pupils: 922,
  teachers: 70,
  municipalityId: 2,
  municipalityName: 'Городской округ Керчь',
  regionId: 1,
  regionName: 'Республика Крым',
  version: 3,
  createdAt: '2025-01-10T09:00:00Z',
  updatedAt: '2025-01-11T10:30:00Z',
  actions: ['edit', 'move'],
}
