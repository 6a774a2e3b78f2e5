import { flushPromises } from '@vue/test-utils'
import { nextTick } from 'vue'

/** Lets fetches, watchers, lazy imports and Vuetify's async validation finish. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await flushPromises()
    await new Promise((r) => setTimeout(r, 0))
    await nextTick()
  }
}
