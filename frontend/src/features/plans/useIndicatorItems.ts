import { computed, ref, watch, type Ref } from 'vue'
import { listIndicators } from '@/features/monitoring/monitoringApi'

/** The region's indicator catalogue as select items «VPR_F2 — Доля …»; loaded when the region is known. */
export function useIndicatorItems(regionId: Ref<number | undefined>) {
  const list = ref<{ id?: number; code?: string; name?: string }[]>([])
  watch(
    regionId,
    async (id) => {
      list.value = []
      if (id == null) return
      try {
        list.value = (await listIndicators({ regionId: id, size: 500 })).items ?? []
      } catch {
        list.value = []
      }
    },
    { immediate: true },
  )
  return computed(() => list.value.filter((x) => x.id != null).map((x) => ({ title: `${x.code ?? ''} — ${x.name ?? ''}`, value: x.id as number })))
}
