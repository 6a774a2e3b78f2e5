import { describe, expect, it } from 'vitest'
import { dropRegionRefs, emptyRow, toInput, toMeasureInput, toRow } from './roadmapForm'
import type { MeasureView, RoadmapView } from './types'

const MEASURE: MeasureView = {
  id: 40,
  number: '3',
  text: 'Методическое сопровождение',
  deadlineText: 'постоянно',
  responsible: [
    { label: 'Комитет', bodyId: 5, bodyName: 'Комитет по образованию г. Оленегорска', allSchools: false },
    { label: 'ОО', allSchools: true },
    { label: 'Зам. директора', allSchools: false },
  ],
  indicators: [{ indicatorId: 9, targetValue: 10.5 }],
}

describe('roadmap form', () => {
  it('keeps each responsible as loaded: the body the server found, every school, or the text alone', () => {
    const row = toRow(MEASURE)
    expect(row.responsible).toEqual([{ label: 'Комитет', bodyId: 5, allSchools: undefined }, { label: 'ОО', bodyId: undefined, allSchools: true }, { label: 'Зам. директора', bodyId: undefined, allSchools: undefined }])
    expect(toMeasureInput(row)).toEqual({
      number: '3',
      text: 'Методическое сопровождение',
      deadlineText: 'постоянно',
      expectedResult: undefined,
      responsible: [{ label: 'Комитет', bodyId: 5 }, { label: 'ОО', allSchools: true }, { label: 'Зам. директора' }],
      indicators: [{ indicatorId: 9, targetValue: 10.5 }],
    })
  })

  it('drops responsible left blank and sends a newly picked body with its name', () => {
    const row = { ...toRow(MEASURE), responsible: [{ label: ' ' }, { label: 'МУ «ИМЦ» г. Оленегорска ', bodyId: 6 }] }
    expect(toMeasureInput(row).responsible).toEqual([{ label: 'МУ «ИМЦ» г. Оленегорска', bodyId: 6 }])
  })

  it('sends the whole roadmap with the owner as edited, or none when cleared', () => {
    const roadmap: RoadmapView = { id: 3, title: 'План', level: 'MUNICIPALITY', regionId: 51, municipalityId: 4, ownerBodyId: 5, periodFrom: '2021-01-01', periodTo: '2023-12-31', measures: [MEASURE], version: 2 }
    expect(toInput(roadmap, [toRow(MEASURE)])).toMatchObject({ ownerBodyId: 5, regionId: 51, municipalityId: 4, version: 2 })
    expect(toInput(roadmap, [], { ownerBodyId: 6 }).ownerBodyId).toBe(6)
    expect(toInput(roadmap, [], { ownerBodyId: undefined }).ownerBodyId).toBeUndefined()
  })
})

describe('another region', () => {
  it('drops the bodies and target indicators of the former region, keeping responsible written as text', () => {
    const row = toRow(MEASURE)
    const { rows, changed } = dropRegionRefs([row, emptyRow()])
    expect(changed).toBe(true)
    expect(rows[0].responsible).toEqual([{ label: 'ОО', bodyId: undefined, allSchools: true }, { label: 'Зам. директора', bodyId: undefined, allSchools: undefined }])
    expect(rows[0].indicators).toEqual([])
    expect(rows[0].text).toBe('Методическое сопровождение')
    expect(dropRegionRefs([emptyRow()]).changed).toBe(false)
  })
})
