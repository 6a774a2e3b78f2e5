import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, unwrap, type ApiProblem } from '@/services/api'
import { useAuth } from '@/services/auth'
import type { operations } from '@/services/schema'
import type { Me } from '@/services/types'
import { primaryRole, roleLabelKey, scopeLabel } from './roles'

/** An operation of the API, by its operationId. */
export type Operation = keyof operations

/** The logged-in user as the API sees them (GET /me): name, roles, scope. */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me>()
  const loading = ref(false)
  const error = ref<ApiProblem>()

  let pending: Promise<void> | undefined

  /** Reads /me again; calls while one read runs share it. */
  function load(): Promise<void> {
    pending ??= (async () => {
      loading.value = true
      error.value = undefined
      try {
        me.value = await unwrap(api.GET('/api/v1/me'))
      } catch (e) {
        error.value = e as ApiProblem
      } finally {
        loading.value = false
        pending = undefined
      }
    })()
    return pending
  }

  /** The user, read once: route guards wait for it before checking roles. */
  async function ensureLoaded(): Promise<void> {
    if (!me.value) await load()
  }

  const role = computed(() => primaryRole(me.value?.roles))
  const roleKey = computed(() => roleLabelKey(me.value?.roles))
  const scope = computed(() => scopeLabel(me.value))

  /**
   * Whether the user's roles admit the operation, as the API answers in /me: the SPA keeps no copy of the rules. What
   * they may do with one record is in that record's own `actions`.
   */
  function may(operation: Operation): boolean {
    return me.value?.actions?.includes(operation) ?? false
  }

  /** The user hands in a school's data: their roles admit it and they act for a school («Мои задачи»). */
  const fillsSubmissions = computed(() => may('saveSubmission') && me.value?.schoolId != null)

  async function logout() {
    await useAuth().logout()
  }

  return { me, loading, error, load, ensureLoaded, role, roleKey, scope, may, fillsSubmissions, logout }
})
