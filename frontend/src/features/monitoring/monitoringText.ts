import { localDate } from '@/composables/useFormat'
import {
  CATEGORIES,
  type CampaignIndicator,
  type CampaignStatus,
  type CellValue,
  type IndicatorCategory,
  type SubmissionStatus,
} from './types'

/** Vuetify colours of the statuses, the same on every page. */
export const SUBMISSION_COLORS: Record<SubmissionStatus, string> = {
  NOT_STARTED: 'secondary',
  DRAFT: 'info',
  SUBMITTED: 'primary',
  RETURNED: 'warning',
  ACCEPTED: 'success',
}

export const CAMPAIGN_COLORS: Record<CampaignStatus, string> = {
  DRAFT: 'secondary',
  OPEN: 'primary',
  CLOSED: 'warning',
  PUBLISHED: 'success',
}

/** Chart colours of the submission statuses (hex: ECharts does not know the theme). */
export const STATUS_HEX: Record<SubmissionStatus, string> = {
  NOT_STARTED: '#9e9e9e',
  DRAFT: '#1d5f99',
  SUBMITTED: '#6a8caf',
  RETURNED: '#c77c02',
  ACCEPTED: '#2e7d32',
}

export interface CategoryGroup<T> {
  category: IndicatorCategory
  items: T[]
}

/** The campaign's indicators by category, in the catalogue's order of categories and the campaign's positions. */
export function groupByCategory<T extends Pick<CampaignIndicator, 'category' | 'position' | 'code'>>(indicators: readonly T[]): CategoryGroup<T>[] {
  const sorted = [...indicators].sort(
    (a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || (a.code ?? '').localeCompare(b.code ?? ''),
  )
  const groups: CategoryGroup<T>[] = []
  for (const category of CATEGORIES) {
    const items = sorted.filter((i) => i.category === category)
    if (items.length) groups.push({ category, items })
  }
  const other = sorted.filter((i) => !i.category || !(CATEGORIES as readonly string[]).includes(i.category))
  if (other.length) groups.push({ category: 'MANAGEMENT', items: other })
  return groups
}

/** True when the deadline has passed (the whole closing day still counts as in time). */
export function isPastDeadline(closesOn: string | undefined, today = new Date()): boolean {
  const d = closesOn ? localDate(closesOn) : undefined
  if (!d) return false
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate())
  return d.getTime() < start.getTime()
}

/** The unit worth showing: none for a yes/no ("—"), none for a percent's own "%". */
export function shownUnit(indicator: Pick<CampaignIndicator, 'valueType' | 'unit'>): string {
  const unit = indicator.unit?.trim() ?? ''
  if (!unit || unit === '—' || unit === '-' || indicator.valueType === 'BOOLEAN') return ''
  if (indicator.valueType === 'PERCENT' && unit === '%') return ''
  return unit
}

/** Range in words, e.g. "от 0 до 100", or '' when open on both sides. */
export function rangeText(
  t: (key: string, values: Record<string, unknown>) => string,
  number: (n: number) => string,
  min: number | null | undefined,
  max: number | null | undefined,
): string {
  if (min != null && max != null) return t('monitoring.range.between', { min: number(min), max: number(max) })
  if (min != null) return t('monitoring.range.min', { min: number(min) })
  if (max != null) return t('monitoring.range.max', { max: number(max) })
  return ''
}

/**
 * A stored value as the user reads it: "45,1 % (23 из 51)" for a percent, "Да"/"Нет" for yes/no, the number
 * with its unit otherwise; '' when there is no value.
 */
export function valueText(
  indicator: Pick<CampaignIndicator, 'valueType' | 'unit'>,
  cell: Pick<CellValue, 'value' | 'numerator' | 'denominator'> | undefined,
  fmt: { decimal: (n: number, digits?: number) => string; number: (n: number) => string },
  t: (key: string, values?: Record<string, unknown>) => string,
): string {
  if (!cell) return ''
  const unit = shownUnit(indicator) ? ` ${shownUnit(indicator)}` : ''
  switch (indicator.valueType) {
    case 'BOOLEAN':
      return cell.value == null ? '' : cell.value ? t('common.yes') : t('common.no')
    case 'PERCENT': {
      const value = cell.value ?? (cell.numerator != null && cell.denominator ? (cell.numerator / cell.denominator) * 100 : undefined)
      if (value == null) return ''
      const parts = cell.numerator != null && cell.denominator != null
        ? ` ${t('monitoring.value.ofTotal', { numerator: fmt.number(cell.numerator), denominator: fmt.number(cell.denominator) })}`
        : ''
      return `${fmt.decimal(value, 1)} %${parts}`
    }
    case 'COUNT':
      return cell.value == null ? '' : `${fmt.number(cell.value)}${unit}`
    default:
      return cell.value == null ? '' : `${fmt.decimal(cell.value, 2)}${unit}`
  }
}
