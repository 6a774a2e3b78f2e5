import { onBeforeUnmount } from 'vue'

/** Calls `fn` once calls have stopped for `ms` milliseconds. */
export function useDebounced<A extends unknown[]>(fn: (...args: A) => void, ms = 300) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const cancel = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
  }
  onBeforeUnmount(cancel)
  const call = (...args: A) => {
    cancel()
    timer = setTimeout(() => {
      timer = undefined
      fn(...args)
    }, ms)
  }
  return Object.assign(call, { cancel })
}
