import type { Body } from '@/features/territory/bodyRefs'
import type { Me } from '@/services/types'
import { actionsOf } from './renderOptions'

/** Bodies of Crimea (region 1) as GET /bodies lists them: kind, then name. */
export const CRIMEA_BODIES: Body[] = [
  { id: 10, kind: 'MINISTRY', shortName: 'Минобразования Крыма', fullName: 'Министерство образования, науки и молодежи Республики Крым', regionId: 1, regionName: 'Республика Крым' },
  { id: 7, kind: 'EDUCATION_AUTHORITY', shortName: 'УО г. Керчи', fullName: 'Управление образования Администрации города Керчи', regionId: 1, regionName: 'Республика Крым', municipalityId: 2, municipalityName: 'Городской округ Керчь' },
  { id: 8, kind: 'EDUCATION_AUTHORITY', shortName: 'УО г. Феодосии', fullName: 'Управление образования Администрации города Феодосии', regionId: 1, regionName: 'Республика Крым', municipalityId: 3, municipalityName: 'Городской округ Феодосия' },
  { id: 11, kind: 'METHODOLOGICAL_CENTRE', shortName: 'МБУ ДПО «ИМЦ» г. Керчи', fullName: 'МБУ ДПО г. Керчи РК «Информационно-методический центр»', regionId: 1, regionName: 'Республика Крым', municipalityId: 2, municipalityName: 'Городской округ Керчь' },
]

/** The system administrator: every region, none of their own. */
export const ADMIN: Me = { username: 'admin', displayName: 'Администратор', roles: ['admin'], actions: actionsOf('admin'), scope: 'ALL' }

/** The option of the open Vuetify list (combobox, autocomplete, select) with this title. */
export function listOption(title: string): HTMLElement {
  const options = [...document.querySelectorAll<HTMLElement>('.v-overlay-container .v-overlay--active [role="option"]')]
  const found = options.find((e) => e.querySelector('.v-list-item-title')?.textContent?.trim() === title)
  if (!found) throw new Error(`no option «${title}» in ${JSON.stringify(options.map((e) => e.querySelector('.v-list-item-title')?.textContent?.trim()))}`)
  return found
}
