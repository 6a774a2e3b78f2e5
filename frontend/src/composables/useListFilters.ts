import { computed, ref, type Ref } from 'vue'
import { useSearchText } from '@/composables/useSearchText'

/**
 * The filters of a list page: a ref for each of `initial`'s, and a search field (`q` as typed, `query` once typing
 * has paused). `sources` are what the list is read again by, `hasFilters` tells whether any filter is set, and
 * `reset` puts every filter back as it started.
 */
export function useListFilters<T extends Record<string, unknown>>(initial: T) {
  const values = {} as { [K in keyof T]: Ref<T[K]> }
  for (const key in initial) values[key] = ref(initial[key]) as Ref<T[typeof key]>
  const { q, query } = useSearchText()
  const sources = [...(Object.values(values) as Ref<unknown>[]), query]
  const hasFilters = computed(() => sources.some((s) => Boolean(s.value)))
  function reset() {
    for (const key in initial) values[key].value = initial[key]
    q.value = ''
    query.value = ''
  }
  return { ...values, q, query, sources, hasFilters, reset }
}
