import { describe, expect, it } from 'vitest'
import { emptyRecommendation, modelFromQuery, toRecommendationInput, validateRecommendation, type RecommendationModel } from './recommendationForm'
import { apiQuery, filtersFromQuery, queryFromFilters } from './recommendationFilters'

const t = (key: string) => key.split('.').at(-1) ?? key
const model = (extra: Partial<RecommendationModel>): RecommendationModel => ({ ...emptyRecommendation(), text: ' Провести семинар ', deadline: '2026-12-20', ...extra })

describe('recommendation form', () => {
  it('asks for the addressee of the chosen kind, the basis of the chosen kind, the text and the deadline', () => {
    expect(validateRecommendation(emptyRecommendation(), t)).toEqual({
      schoolId: 'addresseeRequired', basis: 'basisRequired', text: 'textRequired', deadline: 'deadlineRequired',
    })
    expect(validateRecommendation(model({ addresseeKind: 'BODY', schoolId: 5, basisKind: 'ANALYSIS', analysisRunId: 'три' }), t)).toEqual({
      bodyId: 'addresseeRequired', analysisRunId: 'numberRequired',
    })
    expect(validateRecommendation(model({ addresseeKind: 'MUNICIPALITY', municipalityId: 2, basisKind: 'LIST', schoolListId: '4' }), t)).toEqual({})
  })

  it('sends only the addressee and the basis of the chosen kinds, with the basis text when given', () => {
    expect(toRecommendationInput(model({ schoolId: 5, municipalityId: 2, bodyId: 7, basisKind: 'OTHER', basis: ' Решение коллегии ', analysisRunId: '3' }))).toEqual({
      addresseeKind: 'SCHOOL', schoolId: 5, basisKind: 'OTHER', basis: 'Решение коллегии', text: 'Провести семинар', deadline: '2026-12-20',
    })
    expect(toRecommendationInput(model({ addresseeKind: 'BODY', bodyId: 7, basisKind: 'ANALYSIS', analysisRunId: '3' }))).toEqual({
      addresseeKind: 'BODY', bodyId: 7, basisKind: 'ANALYSIS', analysisRunId: 3, text: 'Провести семинар', deadline: '2026-12-20',
    })
  })

  it('starts from a link: an analysis’s school, a list, a body', () => {
    expect(modelFromQuery({ issue: '1', schoolId: '5', analysisRunId: '3' })).toMatchObject({ addresseeKind: 'SCHOOL', schoolId: 5, basisKind: 'ANALYSIS', analysisRunId: '3' })
    expect(modelFromQuery({ municipalityId: '2', schoolListId: '4' })).toMatchObject({ addresseeKind: 'MUNICIPALITY', municipalityId: 2, basisKind: 'LIST' })
    expect(modelFromQuery({ bodyId: '7', basisKind: 'OTHER', basis: 'Решение' })).toMatchObject({ addresseeKind: 'BODY', bodyId: 7, basisKind: 'OTHER', basis: 'Решение' })
    expect(modelFromQuery({ addresseeKind: 'NOBODY', schoolId: 'x' })).toMatchObject({ addresseeKind: 'SCHOOL', schoolId: null, basisKind: 'OTHER' })
  })
})

describe('recommendation filters', () => {
  it('keep status, municipality and «overdue only» in the URL; the server filters by all three', () => {
    const f = filtersFromQuery({ status: 'ACCEPTED', municipalityId: '2', overdue: '1' })
    expect(f).toEqual({ status: 'ACCEPTED', municipalityId: 2, overdue: true })
    expect(queryFromFilters(f)).toEqual({ status: 'ACCEPTED', municipalityId: '2', overdue: '1' })
    expect(apiQuery(f)).toEqual({ status: 'ACCEPTED', municipalityId: 2, overdue: true })
    expect(filtersFromQuery({ status: 'LOST' })).toEqual({ status: null, municipalityId: null, overdue: false })
    expect(apiQuery(filtersFromQuery({}))).toEqual({ status: undefined, municipalityId: undefined, overdue: undefined })
  })
})
