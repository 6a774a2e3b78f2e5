import type { RouteLocationRaw } from 'vue-router'
import { numberFormat } from '@/i18n/intl'
import type { CycleCellState, CycleLink } from './types'

/** Where a cell's link leads: the record that proves the position, or the page (filtered to the municipality) to do it. */
export function cycleTarget(link: CycleLink | null | undefined): RouteLocationRaw | undefined {
  if (!link) return undefined
  const m = link.municipalityId != null ? { municipalityId: String(link.municipalityId) } : undefined
  switch (link.kind) {
    case 'CAMPAIGN':
      return link.id != null ? { name: 'campaign', params: { id: link.id } } : undefined
    case 'ANALYSIS':
      return link.campaignId != null ? { name: 'campaign-analysis', params: { id: link.campaignId } } : undefined
    case 'MUNICIPAL_SUBMISSION':
      return link.campaignId != null && link.municipalityId != null
        ? { name: 'municipal-submission', params: { campaignId: link.campaignId, municipalityId: link.municipalityId } }
        : undefined
    case 'SCHOOL_LIST':
      return link.id != null ? { name: 'school-list', params: { id: link.id } } : undefined
    case 'ROADMAP':
      return link.id != null ? { name: 'roadmap', params: { id: link.id } } : undefined
    case 'DECISION':
      return link.id != null ? { name: 'decision', params: { id: link.id } } : undefined
    case 'CAMPAIGNS':
      return { name: 'campaigns' }
    case 'SCHOOL_LISTS':
      return { name: 'school-lists' }
    case 'ROADMAPS':
      return { name: 'roadmaps', query: m }
    case 'PARTNERSHIPS':
      return { name: 'partnerships', query: m }
    case 'RECOMMENDATIONS':
      return { name: 'recommendations', query: m }
    case 'CONTROL':
      return { name: 'control-dashboard', query: m }
    default:
      return undefined
  }
}

/** The icon of a state: a mark that also differs in shape, never by colour alone (the text is beside it). */
export const STATE_ICON: Record<CycleCellState, string> = {
  DONE: 'mdi-check-circle-outline',
  PARTIAL: 'mdi-circle-half-full',
  MISSING: 'mdi-close-circle-outline',
  NOT_APPLICABLE: 'mdi-minus-circle-outline',
}

export const STATE_COLOR: Record<CycleCellState, string> = {
  DONE: 'success',
  PARTIAL: 'warning',
  MISSING: 'error',
  NOT_APPLICABLE: 'secondary',
}

/** «6,5 из 9»: the positions done (a partial one as half) of those that apply. */
export function totalText(done: number, applicable: number, locale = 'ru'): string {
  return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(done)} из ${applicable}`
}
