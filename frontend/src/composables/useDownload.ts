import { ref, type Ref } from 'vue'
import { useProblemText } from '@/composables/useProblemText'
import { isApiProblem } from '@/services/api'

/**
 * A download with a busy state and an error: `busy` names what is being downloaded, and `error` (the caller's, where
 * it shows other errors too) reads «`failed()`: the problem» when it fails. Call it in a component's setup.
 */
export function useDownload<F extends string | number = string>(failed: () => string, error: Ref<string> = ref('')) {
  const problemText = useProblemText()
  const busy = ref<F>() as Ref<F | undefined>
  async function download(what: F, load: () => Promise<unknown>) {
    busy.value = what
    error.value = ''
    try {
      await load()
    } catch (e) {
      error.value = `${failed()}: ${isApiProblem(e) ? problemText(e) : String(e)}`
    } finally {
      busy.value = undefined
    }
  }
  return { busy, error, download }
}
