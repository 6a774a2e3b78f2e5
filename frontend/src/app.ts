import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import type { AppI18n } from './i18n'
import { makeVuetify } from './plugins/vuetify'
import { makeRouter } from './router'

/** The UI (Vue, Vuetify, the router, the session) on #app, once the user is logged in. */
export function mountApp(i18n: AppI18n): void {
  document.documentElement.lang = i18n.global.locale.value
  createApp(App).use(createPinia()).use(i18n).use(makeVuetify(i18n)).use(makeRouter()).mount('#app')
}
