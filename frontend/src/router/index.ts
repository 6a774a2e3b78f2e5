import { createRouter, createWebHistory, type Router, type RouterHistory } from 'vue-router'
import { routes } from './routes'
import { useSessionStore } from '@/store/session'

export { routes } from './routes'

/**
 * The router. A page whose operation the user's roles do not admit renders the not-found page at the same URL, as
 * the API answers 404 for records outside the user's scope.
 */
export function makeRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({ history, routes, scrollBehavior: () => ({ top: 0 }) })
  router.beforeEach(async (to) => {
    const operation = to.meta.operation
    if (!operation) return true
    const session = useSessionStore()
    await session.ensureLoaded()
    // Without the user (the API is down) the page itself shows the error.
    if (!session.me) return true
    if (session.may(operation)) return true
    return {
      name: 'not-found',
      params: { pathMatch: to.path.substring(1).split('/') },
      query: to.query,
      hash: to.hash,
      replace: true,
    }
  })
  return router
}
