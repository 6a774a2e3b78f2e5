import { nextTick, watch, type Ref } from 'vue'
import { useRoute } from 'vue-router'

/**
 * Once `ready` turns true, brings the element the URL's hash names (#measure-41, #point-7) into view and focus,
 * so that a link from «Моя работа» lands on its row.
 */
export function useScrollToHash(ready: Ref<boolean>) {
  const route = useRoute()
  watch(
    [ready, () => route.hash],
    async ([isReady, hash]) => {
      if (!isReady || !hash) return
      await nextTick()
      const el = document.getElementById(decodeURIComponent(hash.slice(1)))
      if (!el) return
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1')
      el.scrollIntoView?.({ block: 'center' })
      el.focus({ preventScroll: true })
    },
    { immediate: true },
  )
}
