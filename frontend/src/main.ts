import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { makeVuetify } from './plugins/vuetify'
import { makeRouter } from './router'
import { isPublicPath, loadConfig, startKeycloak } from './services/auth'
import { startFailureMessage } from './services/startFailure'

async function start() {
  // The texts are a chunk of their own, fetched while Keycloak starts rather than before it.
  // A public page (a setup link) opens without login: the person has no password yet.
  const login = isPublicPath(window.location.pathname) ? Promise.resolve() : loadConfig().then(startKeycloak)
  const [{ makeI18n }] = await Promise.all([import('./i18n'), login])
  const i18n = makeI18n()
  document.documentElement.lang = i18n.global.locale.value
  createApp(App).use(createPinia()).use(i18n).use(makeVuetify(i18n)).use(makeRouter()).mount('#app')
}

start().catch((error: unknown) => {
  // Keycloak or the config is unreachable: say so plainly, without the UI kit.
  const root = document.getElementById('app')
  if (!root) return
  const message = startFailureMessage(error)
  const heading = document.createElement('h1')
  heading.textContent = message.title
  const detail = document.createElement('p')
  detail.textContent = message.detail
  root.setAttribute('data-testid', 'start-failed')
  root.replaceChildren(heading, detail)
  console.error(error)
})
