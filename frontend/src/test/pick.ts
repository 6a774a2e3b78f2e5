import type { VueWrapper } from '@vue/test-utils'
import { listOption } from './bodyFixtures'
import { settle } from './settle'

/**
 * Opens a select or autocomplete, types to narrow it (when given), and clicks the option with this title. No Escape
 * afterwards: a single choice closes its menu, and an Escape would close a dialog around the field.
 */
export async function pick(field: Pick<VueWrapper, 'find'>, text: string, title: string): Promise<void> {
  const input = field.find('input')
  await input.trigger('focus')
  if (text) await input.setValue(text)
  await input.trigger('keydown', { key: 'ArrowDown' })
  await settle()
  listOption(title).click()
  await settle()
}
