import { computed, shallowRef, watch, type ComputedRef, type Ref } from 'vue'
import { listBodies } from './territoryApi'
import { bodyOptions, type Body, type BodyOption } from './bodyRefs'

/**
 * The bodies of a region for the body pickers, those of the municipality first; nothing until the region is
 * known. A failed read leaves the list empty: the pickers still take text as written.
 */
export function useBodyOptions(
  regionId: Ref<number | null | undefined>,
  municipalityId: Ref<number | null | undefined>,
): { options: ComputedRef<BodyOption[]>; bodies: Ref<Body[]>; loading: Ref<boolean> } {
  const bodies = shallowRef<Body[]>([])
  const loading = shallowRef(false)
  let generation = 0

  watch(
    regionId,
    async (id) => {
      const mine = ++generation
      bodies.value = []
      if (!id) return
      loading.value = true
      try {
        const page = await listBodies({ regionId: id, size: 500 })
        if (mine === generation) bodies.value = page.items ?? []
      } catch {
        if (mine === generation) bodies.value = []
      } finally {
        if (mine === generation) loading.value = false
      }
    },
    { immediate: true },
  )

  const options = computed(() => bodyOptions(bodies.value, municipalityId.value))
  return { options, bodies, loading }
}
