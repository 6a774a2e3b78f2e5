import { isLoginCallback, isPublicPath, loadConfig, startKeycloak } from './services/auth'

// The entry holds only the login. A page opened in a new tab runs it twice: keycloak-js sends the browser to Keycloak,
// which knows the user and sends it straight back with a code, and the SPA starts again there. The UI and its texts
// (Vue, Vuetify, the router: most of the code) are needed only the second time, so they are fetched then, while the code
// is exchanged for tokens; the first run does not spend the time to load them.
async function start() {
  // A public page (a setup link) opens without login: the person has no password yet.
  const publicPage = isPublicPath(window.location.pathname)
  const loadUi = () => Promise.all([import('./app'), import('./i18n')])
  const early = publicPage || isLoginCallback(window.location) ? loadUi() : undefined
  early?.catch(() => {}) // reported below, once the login is done
  if (!publicPage) await startKeycloak(await loadConfig())
  const [{ mountApp }, { makeI18n }] = await (early ?? loadUi())
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
