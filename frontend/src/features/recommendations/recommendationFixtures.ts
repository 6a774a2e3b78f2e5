import type { Recommendation } from './types'

// As the server answers their issuer (and anyone but the addressee): `actions` empty; the specs give the addressee theirs.

/** A recommendation to Kerch school No. 1 on an analysis, issued by the Crimean analyst and not yet accepted. */
export const ISSUED: Recommendation = {
  id: 31,
  regionId: 1,
  municipalityId: 2,
  municipalityName: 'Городской округ Керчь',
  addresseeKind: 'SCHOOL',
  schoolId: 5,
  addresseeName: 'МБОУ СОШ №1',
  basisKind: 'ANALYSIS',
  analysisRunId: 3,
  basis: 'ВПР 2026: слабая позиция по математике',
  text: 'Провести методический семинар для учителей математики по итогам ВПР',
  deadline: '2026-12-20',
  overdue: false,
  status: 'ISSUED',
  issuedBy: 'analyst.crimea',
  issuedAt: '2026-11-20T09:00:00Z',
  version: 0,
  actions: [],
}

/** One to the Kerch education authority, accepted and overdue. */
export const OVERDUE: Recommendation = {
  id: 32,
  regionId: 1,
  municipalityId: 2,
  municipalityName: 'Городской округ Керчь',
  addresseeKind: 'BODY',
  bodyId: 7,
  addresseeName: 'УО г. Керчи',
  basisKind: 'OTHER',
  basis: 'Решение коллегии № 7/3',
  text: 'Организовать курсы повышения квалификации',
  deadline: '2026-11-01',
  overdue: true,
  status: 'ACCEPTED',
  issuedBy: 'analyst.crimea',
  issuedAt: '2026-10-01T09:00:00Z',
  acceptedBy: 'coord.kerch',
  acceptedAt: '2026-10-02T09:00:00Z',
  version: 1,
  actions: [],
}

/** One the school has reported done. */
export const DONE: Recommendation = {
  ...ISSUED,
  id: 33,
  status: 'DONE',
  acceptedBy: 'school.kerch1',
  acceptedAt: '2026-11-21T09:00:00Z',
  report: 'Семинар проведён 25.11.2026, участвовали 12 учителей',
  reportedBy: 'school.kerch1',
  reportedAt: '2026-11-25T15:00:00Z',
  version: 2,
}
