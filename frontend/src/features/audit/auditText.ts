import type { Composer } from 'vue-i18n'

/** Labels of audited fields: the school form's where they exist, else the field name as sent. */
export function fieldLabel(t: Composer['t'], te: Composer['te'], entityType: string | undefined, field: string | undefined): string {
  if (!field) return ''
  const keys = entityType === 'School' ? [`schools.fields.${field}`] : []
  keys.push(`territory.fields.${field}`, `bodies.fields.${field}`, `schools.fields.${field}`)
  const key = keys.find((k) => te(k))
  return key ? t(key) : field
}

/** A changed value for display: enum codes in words where the field has them, empty as a dash word. */
export function valueText(t: Composer['t'], te: Composer['te'], field: string | undefined, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('audit.emptyValue')
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value)
  const enumKey =
    field === 'type' ? `schools.type.${text}` : field === 'settlement' ? `schools.settlement.${text}` : field === 'kind' ? `bodies.kind.${text}` : ''
  return enumKey && te(enumKey) ? t(enumKey) : text
}
