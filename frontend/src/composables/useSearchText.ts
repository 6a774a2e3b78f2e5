import { ref, watch } from 'vue'
import { useDebounced } from '@/composables/useDebounced'

/** A search field: `q` as typed, `query` its trimmed text once typing has paused (what a list is filtered by). */
export function useSearchText(ms = 300) {
  const q = ref('')
  const query = ref('')
  const typed = useDebounced((value: string) => (query.value = value.trim()), ms)
  watch(q, (value) => typed(value ?? ''))
  return { q, query }
}
