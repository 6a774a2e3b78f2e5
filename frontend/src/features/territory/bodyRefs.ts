import type { components } from '@/services/schema'

export type Body = components['schemas']['Body']

/**
 * A body as a document names it: a body of the catalogue (bodyId), every school of the territory (allSchools),
 * or free text as written, which the server reads («ИМЦ», «ОО», «Комитет»). A decision's assignee also has the
 * person in parentheses: «Управлению образования Администрации г.Керчи (Димарцо Е.В.)».
 */
export interface BodyRef {
  label: string
  bodyId?: number
  allSchools?: boolean
  person?: string
}

/** What the picker offers: a body of the region, or every school. */
export interface BodyOption {
  /** `body:12` or `schools`: the same key as the picked reference, so that the list marks it. */
  key: string
  title: string
  subtitle?: string
  /** Every name the option is found by. */
  search: string
  ref: BodyRef
}

/** The label stored for «every school» (document text, not interface text). */
export const ALL_SCHOOLS_LABEL = 'Все общеобразовательные организации'

/** The name a document writes: the full name, else the short one. */
export const bodyLabel = (b: Body): string => (b.fullName || b.shortName || '').trim()

/** The same body, every school, or the same text (case aside) are one reference. */
export function refKey(r: BodyRef): string {
  if (r.bodyId != null) return `body:${r.bodyId}`
  if (r.allSchools) return 'schools'
  return `text:${r.label.trim().toLowerCase()}`
}

/** As the document writes it: «label (person)». */
export const refText = (r: BodyRef): string => (r.person ? `${r.label} (${r.person})` : r.label)

/** «Управлению образования (Димарцо Е.В.)» → label and person; without parentheses, the label as written. */
export function parseRef(text: string, withPerson = false): BodyRef {
  const trimmed = text.trim()
  const m = withPerson ? /^(.*?)\s*\(([^()]+)\)\s*$/.exec(trimmed) : null
  return m && m[1] ? { label: m[1].trim(), person: m[2].trim() } : { label: trimmed }
}

/** «ИМЦ; ОО» → two references, one for each part between «;» (or on its own line). */
export function parseRefs(text: string, withPerson = false): BodyRef[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => parseRef(s, withPerson))
}

/** The references as one line, «;» between them. */
export const refsText = (refs: readonly BodyRef[]): string => refs.map(refText).join('; ')

/** The references without repeats, the first one kept. */
export function uniqueRefs(refs: readonly BodyRef[]): BodyRef[] {
  const seen = new Set<string>()
  return refs.filter((r) => {
    const key = refKey(r)
    if (!r.label.trim() || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** A body picked from the list: its id and its name as the label. */
export const bodyRef = (b: Body): BodyRef => ({ label: bodyLabel(b), bodyId: b.id })

/**
 * The bodies of a region as options: those of the municipality first, then the region's own, then the other
 * municipalities'; in the server's order (kind, name) within each group.
 */
export function bodyOptions(bodies: readonly Body[], municipalityId?: number | null): BodyOption[] {
  const rank = (b: Body) => (municipalityId != null && b.municipalityId === municipalityId ? 0 : b.municipalityId == null ? 1 : 2)
  return bodies
    .filter((b) => b.id != null)
    .map((b, i) => ({ b, i }))
    .sort((x, y) => rank(x.b) - rank(y.b) || x.i - y.i)
    .map(({ b }) => {
      const where = b.municipalityName ?? b.regionName
      const full = b.fullName && b.fullName !== b.shortName ? b.fullName : undefined
      return {
        key: `body:${b.id}`,
        title: b.shortName || bodyLabel(b),
        subtitle: [full, where].filter(Boolean).join(' · ') || undefined,
        search: [b.shortName, b.fullName, where].filter(Boolean).join(' '),
        ref: bodyRef(b),
      }
    })
}

/** The option for every school of the territory. */
export const allSchoolsOption = (title: string): BodyOption => ({
  key: 'schools',
  title,
  search: `${title} ${ALL_SCHOOLS_LABEL} ОО школы`,
  ref: { label: ALL_SCHOOLS_LABEL, allSchools: true },
})

/** What the picker holds for a chosen reference: its key and its text as written, the reference itself kept. */
export const toEntry = (r: BodyRef): BodyOption => ({ key: refKey(r), title: refText(r), search: refText(r), ref: r })

/** The combobox's selection back to references: an option or entry keeps its reference; typed text is parsed. */
export function fromEntries(values: readonly unknown[], withPerson = false): BodyRef[] {
  return uniqueRefs(
    values.flatMap((v): BodyRef[] => {
      if (typeof v === 'string') return parseRefs(v, withPerson)
      if (v && typeof v === 'object' && 'ref' in v) return [{ ...(v as BodyOption).ref }]
      return []
    }),
  )
}

/** A body, every school, or text as written. */
export const refIcon = (r: BodyRef): string => (r.bodyId != null ? 'mdi-domain' : r.allSchools ? 'mdi-school-outline' : 'mdi-text-short')
