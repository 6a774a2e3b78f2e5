import { describe, expect, it } from 'vitest'
import { ALL_SCHOOLS_LABEL, allSchoolsOption, bodyOptions, fromEntries, parseRef, parseRefs, refKey, refsText, toEntry, uniqueRefs, type Body } from './bodyRefs'

const BODIES: Body[] = [
  { id: 1, kind: 'MINISTRY', shortName: 'Минобразования Крыма', fullName: 'Министерство образования, науки и молодежи Республики Крым', regionId: 91, regionName: 'Республика Крым' },
  { id: 2, kind: 'METHODOLOGICAL_CENTRE', shortName: 'ГКУ РК «ИМАЦ»', fullName: 'ГКУ РК «Информационно-методический, аналитический центр»', regionId: 91, regionName: 'Республика Крым' },
  { id: 3, kind: 'EDUCATION_AUTHORITY', shortName: 'УО г. Феодосии', fullName: 'Управление образования Администрации города Феодосии', regionId: 91, municipalityId: 8, municipalityName: 'Городской округ Феодосия' },
  { id: 4, kind: 'EDUCATION_AUTHORITY', shortName: 'УО г. Керчи', fullName: 'Управление образования Администрации города Керчи', regionId: 91, municipalityId: 7, municipalityName: 'Городской округ Керчь' },
  { id: 5, kind: 'METHODOLOGICAL_CENTRE', shortName: 'МБУ ДПО «ИМЦ» г. Керчи', regionId: 91, municipalityId: 7, municipalityName: 'Городской округ Керчь' },
]

describe('body options', () => {
  it('offers the municipality’s bodies first, then the region’s own, then the other municipalities’', () => {
    expect(bodyOptions(BODIES, 7).map((o) => o.key)).toEqual(['body:4', 'body:5', 'body:1', 'body:2', 'body:3'])
    expect(bodyOptions(BODIES).map((o) => o.key)).toEqual(['body:1', 'body:2', 'body:3', 'body:4', 'body:5'])
  })

  it('shows the short name, finds by every name, and picks the full name as the label', () => {
    const kerch = bodyOptions(BODIES, 7)[0]
    expect(kerch).toMatchObject({
      title: 'УО г. Керчи',
      subtitle: 'Управление образования Администрации города Керчи · Городской округ Керчь',
      ref: { label: 'Управление образования Администрации города Керчи', bodyId: 4 },
    })
    expect(kerch.search).toContain('Управление образования')
    // Without a full name, the short name is the label.
    expect(bodyOptions(BODIES, 7)[1].ref).toEqual({ label: 'МБУ ДПО «ИМЦ» г. Керчи', bodyId: 5 })
    expect(allSchoolsOption('Все школы').ref).toEqual({ label: ALL_SCHOOLS_LABEL, allSchools: true })
  })
})

describe('text and references', () => {
  it('reads a line of the document into references, one for each part between «;»', () => {
    expect(parseRefs(' Комитет; ИМЦ ;; ОО ')).toEqual([{ label: 'Комитет' }, { label: 'ИМЦ' }, { label: 'ОО' }])
    expect(parseRefs('Управлению образования Администрации г.Керчи (Димарцо Е.В.); МБУ ДПО «ИМЦ»', true)).toEqual([
      { label: 'Управлению образования Администрации г.Керчи', person: 'Димарцо Е.В.' },
      { label: 'МБУ ДПО «ИМЦ»' },
    ])
  })

  it('keeps parentheses in the label when there is no person to read', () => {
    expect(parseRef(' МБУ ДПО «ИМЦ» ', true)).toEqual({ label: 'МБУ ДПО «ИМЦ»' })
    expect(parseRef('Отдел образования (управление)', false)).toEqual({ label: 'Отдел образования (управление)' })
  })

  it('writes the references back as the document does', () => {
    expect(refsText([{ label: 'УО г. Керчи', bodyId: 4, person: 'Димарцо Е.В.' }, { label: ALL_SCHOOLS_LABEL, allSchools: true }])).toBe(
      `УО г. Керчи (Димарцо Е.В.); ${ALL_SCHOOLS_LABEL}`,
    )
    const line = 'Управлению образования (Димарцо Е.В.); ИМЦ'
    expect(refsText(parseRefs(line, true))).toBe(line)
  })

  it('counts the same body, every school, or the same text once', () => {
    expect(refKey({ label: 'Комитет', bodyId: 4 })).toBe('body:4')
    expect(refKey({ label: 'Руководителям ОО', allSchools: true })).toBe('schools')
    expect(refKey({ label: ' ИМЦ ' })).toBe('text:имц')
    expect(uniqueRefs([{ label: 'ИМЦ' }, { label: 'имц' }, { label: 'A', bodyId: 4 }, { label: 'B', bodyId: 4 }, { label: ' ' }])).toEqual([
      { label: 'ИМЦ' },
      { label: 'A', bodyId: 4 },
    ])
  })

  it('turns the picker’s selection into references: options and chips keep theirs, typed text is read', () => {
    const [kerch] = bodyOptions(BODIES, 7)
    const chip = toEntry({ label: 'Комитет', bodyId: 9 })
    expect(chip).toMatchObject({ key: 'body:9', title: 'Комитет' })
    expect(fromEntries([chip, kerch, 'Иванову И.И. (лично); ОО', allSchoolsOption('все')], true)).toEqual([
      { label: 'Комитет', bodyId: 9 },
      { label: 'Управление образования Администрации города Керчи', bodyId: 4 },
      { label: 'Иванову И.И.', person: 'лично' },
      { label: 'ОО' },
      { label: ALL_SCHOOLS_LABEL, allSchools: true },
    ])
    // Picking a body twice keeps one.
    expect(fromEntries([kerch, kerch])).toHaveLength(1)
  })
})
