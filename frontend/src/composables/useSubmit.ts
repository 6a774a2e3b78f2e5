import { nextTick, ref, shallowRef, watch } from 'vue'
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
  /**
   * The form's field for a field the server names; none for one the form does not show. With it, a problem whose
   * errors all found their fields shows at the fields only, and otherwise over the form too (`problem`).
   */
  fieldOf?: (field: string | undefined) => string | undefined
  /** The field a problem's detail belongs to where the server says it in words only (a duplicate INN in a 409). */
  detailField?: (problem: ApiProblem) => string | undefined
  /** A selector of the form: after a failed check or send, its first field in error takes the focus. */
  focus?: string
}

export interface Submission {
  /** The form's own checks, by field; any error stops the send. */
  validate?: () => Record<string, string>
  /** The rules of the form's fields (Vuetify's `form.validate()`), which show their own messages; false stops the send. */
  check?: () => Promise<boolean>
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
  /** The problem shown over the form, for the errors it lists. */
  const problem = shallowRef<ApiProblem>()

  /** The server's field errors at their fields and its words over the form. */
  function showProblem(shown: ApiProblem) {
    const { fieldOf, detailField } = options
    if (!fieldOf) {
      errors.value = shown.fieldErrors()
      problem.value = shown
      message.value = problemText(shown)
      return
    }
    const placed: Record<string, string> = {}
    for (const e of shown.errors) {
      const field = fieldOf(e.field)
      if (field && !(field in placed)) placed[field] = e.message ?? ''
    }
    const inWords = detailField?.(shown)
    if (inWords) placed[inWords] = shown.detail ?? ''
    errors.value = placed
    const overForm = !Object.keys(placed).length || shown.errors.some((e) => !fieldOf(e.field))
    problem.value = overForm ? shown : undefined
    message.value = overForm ? problemText(shown) : ''
  }

  function clear() {
    errors.value = {}
    message.value = ''
    problem.value = undefined
  }

  /** A field's error goes away as soon as the user edits that field. */
  function clearWhenEdited<M extends object>(model: M, fields: readonly (keyof M & string)[]) {
    for (const field of fields) watch(() => model[field], () => delete errors.value[field])
  }

  async function focusFirstError() {
    if (!options.focus) return
    await nextTick()
    const within = options.focus
    document.querySelector<HTMLElement>(`${within} .v-input--error input, ${within} .v-input--error textarea`)?.focus()
  }

  async function passes(check: () => Promise<boolean>) {
    saving.value = true
    try {
      return await check()
    } finally {
      saving.value = false
    }
  }

  async function submit({ validate, check, invalidMessage, send }: Submission) {
    if (saving.value) return
    clear()
    errors.value = validate ? validate() : {}
    const checked = check ? await passes(check) : true
    if (Object.keys(errors.value).length || !checked) {
      message.value = invalidMessage ?? ''
      await focusFirstError()
      return
    }
    saving.value = true
    try {
      await send()
    } catch (e) {
      if (isApiProblem(e) && options.onStale && isStale(e)) options.onStale(e)
      else if (isApiProblem(e)) showProblem(e)
      else message.value = String(e)
      await focusFirstError()
    } finally {
      saving.value = false
    }
  }

  return { saving, message, errors, problem, submit, showProblem, clear, clearWhenEdited }
}
