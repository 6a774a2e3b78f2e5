import { ref } from 'vue'
import { useProblemText } from '@/composables/useProblemText'
import { isApiProblem, type ApiProblem } from '@/services/api'

export interface SubmitOptions {
  /** Which problems mean that the data changed meanwhile; every 409 unless told. */
  isStale?: (problem: ApiProblem) => boolean
  /**
   * What the form does when the data changed meanwhile: read it again, tell the page, show the current version.
   * Without it such a problem shows like any other.
   */
  onStale?: (problem: ApiProblem) => void
}

export interface Submission {
  /** The form's own checks, by field; any error stops the send. */
  validate?: () => Record<string, string>
  /** Shown over the form when its own checks fail; none where the fields say enough. */
  invalidMessage?: string
  /** Sends the form and does what follows success (emit, close, go to the new page). */
  send: () => Promise<void>
}

/**
 * The sending of one form: `saving` while it is under way (a second submit meanwhile is ignored), `message` over
 * the form, `errors` by field (the form's own checks, then the server's field errors of a problem).
 */
export function useSubmit(options: SubmitOptions = {}) {
  const problemText = useProblemText()
  const isStale = options.isStale ?? ((problem: ApiProblem) => problem.status === 409)
  const saving = ref(false)
  const message = ref('')
  const errors = ref<Record<string, string>>({})

  /** The server's field errors at their fields and its words over the form. */
  function showProblem(problem: ApiProblem) {
    errors.value = problem.fieldErrors()
    message.value = problemText(problem)
  }

  function clear() {
    errors.value = {}
    message.value = ''
  }

  async function submit({ validate, invalidMessage, send }: Submission) {
    if (saving.value) return
    message.value = ''
    errors.value = validate ? validate() : {}
    if (Object.keys(errors.value).length) {
      message.value = invalidMessage ?? ''
      return
    }
    saving.value = true
    try {
      await send()
    } catch (e) {
      if (isApiProblem(e) && options.onStale && isStale(e)) options.onStale(e)
      else if (isApiProblem(e)) showProblem(e)
      else message.value = String(e)
    } finally {
      saving.value = false
    }
  }

  return { saving, message, errors, submit, showProblem, clear }
}
