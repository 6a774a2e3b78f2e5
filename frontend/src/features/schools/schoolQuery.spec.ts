import { describe, expect, it } from 'vitest'
import { filtersToApi, queryFromState, stateFromQuery, stateToApi } from './schoolQuery'

describe('school list state in the URL', () => {
  it('maps URL filters, paging and sorting to API query parameters', () => {
    const state = stateFromQuery({
      page: '3',
      size: '10',
      sort: '-pupils,shortName',
      municipalityId: '7',
      type: 'SECONDARY',
      settlement: 'RURAL',
      q: ' гимназия ',
    })
    expect(stateToApi(state)).toEqual({
      page: 2,
      size: 10,
      sort: '-pupils,shortName',
      municipalityId: 7,
      type: 'SECONDARY',
      settlement: 'RURAL',
      q: 'гимназия',
    })
  })

  it('round-trips through the URL, leaving defaults out', () => {
    const query = { page: '2', sort: 'municipalityName', type: 'LYCEUM', q: 'Керчь' }
    expect(queryFromState(stateFromQuery(query))).toEqual(query)
    expect(queryFromState(stateFromQuery({}))).toEqual({})
  })

  it('ignores malformed values instead of sending them', () => {
    const state = stateFromQuery({ page: '-1', size: '100000', sort: 'password,-pupils', type: 'CASTLE', settlement: 'x', municipalityId: 'abc' })
    expect(stateToApi(state)).toEqual({ page: 0, size: 25, sort: '-pupils' })
  })

  it('exports with the same filters and sort, without paging', () => {
    const state = stateFromQuery({ page: '4', municipalityId: '2', sort: '-teachers' })
    expect(filtersToApi(state)).toEqual({ municipalityId: 2, sort: '-teachers' })
  })
})
