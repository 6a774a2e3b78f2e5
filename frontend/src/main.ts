import { isPublicPath, loadConfig, startKeycloak } from './services/auth'

// The entry holds only the login: keycloak-js takes over the browser's Keycloak session in a hidden frame (or sends the
// browser to Keycloak's login page). The UI and its texts (Vue, Vuetify, the router: most of the code) are fetched
// meanwhile; index.html shows a splash until they mount.
async function start() {
  // A public page (a setup link) opens without login: the person has no password yet.
  const publicPage = isPublicPath(window.location.pathname)
  const ui = Promise.all([import('./app'), import('./i18n')])
  ui.catch(() => {}) // reported below, once the login is done
  if (!publicPage) await startKeycloak(await loadConfig())
  const [{ mountApp }, { makeI18n }] = await ui
  mountApp(makeI18n(), { loggedIn: !publicPage })
}

start().catch(async (error: unknown) => {
  console.error(error)
  // Keycloak or the config is unreachable: say so plainly, without the UI kit.
  const root = document.getElementById('app')
  if (!root) return
  const { startFailureMessage } = await import('./services/startFailureMessage')
  const message = startFailureMessage(error)
  const heading = document.createElement('h1')
  heading.textContent = message.title
  const detail = document.createElement('p')
  detail.textContent = message.detail
  root.setAttribute('data-testid', 'start-failed')
  root.replaceChildren(heading, detail)
})
