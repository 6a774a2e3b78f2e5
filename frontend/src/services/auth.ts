import Keycloak from 'keycloak-js'
import { checkLoginService, isNetworkFailure, LoginUnavailableError } from './startFailure'

/** What the SPA reads from /config.json at startup. */
export interface AppConfig {
  keycloakUrl: string
  realm: string
  clientId: string
}

/** The part of the login session the rest of the SPA uses; tests provide their own. */
export interface Auth {
  /** A valid access token, refreshed when it expires within `minValidity` seconds. */
  token(minValidity?: number): Promise<string | undefined>
  logout(): Promise<void>
}

let current: Auth = {
  token: async () => undefined,
  logout: async () => {},
}

export function useAuth(): Auth {
  return current
}

export function setAuth(auth: Auth): void {
  current = auth
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch('/config.json', { cache: 'no-cache' })
  if (!response.ok) throw new Error(`/config.json: HTTP ${response.status}`)
  return (await response.json()) as AppConfig
}

/** Pages that open without login (a one-time setup link): the SPA starts there without Keycloak. */
export function isPublicPath(pathname: string): boolean {
  return /^\/welcome\/[^/]+\/?$/.test(pathname)
}

/**
 * Whether this address is Keycloak sending the browser back with the code of a login (keycloak-js's default response
 * mode puts it in the fragment): the login is then all but done.
 */
export function isLoginCallback(location: Pick<Location, 'hash'>): boolean {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''))
  return params.has('state') && (params.has('code') || params.has('error'))
}

/** Logs in through Keycloak (redirecting to its login page when needed) and installs the session. */
export async function startKeycloak(config: AppConfig): Promise<Keycloak> {
  // Keycloak down: say so here rather than send the browser to a page that does not load. Not when Keycloak has just
  // sent the browser back: it answers, and checking would cost every page opened in a new tab a round trip.
  if (!isLoginCallback(window.location)) await checkLoginService(config.keycloakUrl, config.realm)
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId })
  try {
    await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false })
  } catch (error) {
    // e.g. Keycloak stopped between its login page and the exchange of the code for tokens
    throw isNetworkFailure(error) ? new LoginUnavailableError(config.keycloakUrl, { cause: error }) : error
  }
  setAuth({
    async token(minValidity = 30) {
      try {
        await keycloak.updateToken(minValidity)
      } catch (error) {
        // Keycloak is down: the token in hand is still accepted by the API until it expires.
        if (isNetworkFailure(error) && !keycloak.isTokenExpired()) return keycloak.token
        // The refresh token has expired too: log in again.
        await keycloak.login()
      }
      return keycloak.token
    },
    async logout() {
      await keycloak.logout({ redirectUri: window.location.origin + '/' })
    },
  })
  return keycloak
}
