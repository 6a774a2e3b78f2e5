import { computed, getCurrentScope, onScopeDispose, shallowRef, toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute } from 'vue-router'

/** The title a record page gives itself (a school's name…), with the page that set it. */
const recordTitle = shallowRef<{ owner: symbol; title: string } | undefined>()

/**
 * A record page names the browser tab after its record once loaded: `usePageTitle(() => school.value?.shortName)`.
 * Until the name is there (and after the page is left), the route's `meta.title` stands.
 */
export function usePageTitle(title: MaybeRefOrGetter<string | null | undefined>): void {
  const owner = Symbol('page title')
  const release = () => {
    if (recordTitle.value?.owner === owner) recordTitle.value = undefined
  }
  watchEffect(() => {
    const value = toValue(title)?.trim()
    if (value) recordTitle.value = { owner, title: value }
    else release()
  })
  if (getCurrentScope()) onScopeDispose(release)
}

/**
 * Keeps `document.title` as «<page title> — Росток»: the record's name if its page gave one, else the route's
 * `meta.title` (an i18n key) in the current language. Called once, by the app's root component.
 */
export function useDocumentTitle(): void {
  const { t, locale } = useI18n()
  const route = useRoute()
  const text = computed(() => {
    void locale.value
    const app = t('app.title')
    const key = route.meta.title
    const page = recordTitle.value?.title ?? (key ? t(key) : '')
    return page && page !== app ? `${page} — ${app}` : app
  })
  watchEffect(() => {
    document.title = text.value
  })
}
