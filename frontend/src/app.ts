import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import type { AppI18n } from './i18n'
import { makeVuetify } from './plugins/vuetify'
import { makeRouter } from './router'
import { useSessionStore } from './store/session'

/** The UI (Vue, Vuetify, the router, the session) on #app, once the user is logged in (unless the page is public). */
export function mountApp(i18n: AppI18n, { loggedIn }: { loggedIn: boolean }): void {
  document.documentElement.lang = i18n.global.locale.value
  const pinia = createPinia()
  // Who the user is, asked at once: the shell and the page wait for the answer, the mount need not.
  if (loggedIn) void useSessionStore(pinia).load()
  createApp(App).use(pinia).use(i18n).use(makeVuetify(i18n)).use(makeRouter()).mount('#app')
}
