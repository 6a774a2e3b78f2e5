import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { ApiProblem, isApiProblem } from '@/services/api'

export interface AsyncState<T> {
  data: ShallowRef<T | undefined>
  loading: Ref<boolean>
  error: ShallowRef<ApiProblem | undefined>
  /** Runs the loader again; a later call wins over an earlier one still running. */
  run: () => Promise<void>
}

/** Loading, error and data of one API read, with a retry. */
export function useAsync<T>(loader: () => Promise<T>, options: { immediate?: boolean } = {}): AsyncState<T> {
  const data = shallowRef<T>()
  const loading = ref(false)
  const error = shallowRef<ApiProblem>()
  let generation = 0

  async function run() {
    const mine = ++generation
    loading.value = true
    error.value = undefined
    try {
      const result = await loader()
      if (mine === generation) data.value = result
    } catch (e) {
      if (mine === generation) {
        error.value = isApiProblem(e) ? e : new ApiProblem({ status: 0, title: 'Error', detail: String(e) })
      }
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  if (options.immediate !== false) void run()
  return { data, loading, error, run }
}
