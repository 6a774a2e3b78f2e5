import Keycloak, { type KeycloakInitOptions, type OpenIdProviderMetadata } from 'keycloak-js'
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
 * Whether this address is Keycloak sending the browser back from its login page (keycloak-js's default response mode
 * puts the code, or the error, in the fragment): Keycloak has just answered.
 */
export function isLoginCallback(location: Pick<Location, 'hash'>): boolean {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''))
  return params.has('state') && (params.has('code') || params.has('error'))
}

/** The page Keycloak sends keycloak-js's hidden check-sso frame back to (public/silent-check-sso.html). */
export const SILENT_CHECK_SSO_PAGE = '/silent-check-sso.html'

/**
 * How keycloak-js starts: `check-sso` asks Keycloak in a hidden frame whether the browser has a session, so that a page
 * opened in a new tab logs in without leaving it (no round trip of the whole SPA through Keycloak). Authorization code
 * with PKCE; no session-status frame. keycloak-js falls back to a full redirect (`prompt=none`) when the browser blocks
 * third-party cookies (silentCheckSsoFallback, on by default). On the way back from Keycloak (`loginCallback`) the
 * address carries its answer, which keycloak-js takes: no frame then.
 */
export function keycloakInitOptions(origin: string, loginCallback: boolean): KeycloakInitOptions {
  const options: KeycloakInitOptions = { onLoad: 'check-sso', pkceMethod: 'S256', checkLoginIframe: false }
  if (!loginCallback) options.silentCheckSsoRedirectUri = origin + SILENT_CHECK_SSO_PAGE
  return options
}

/** How long the hidden check may take before the SPA sends the browser to Keycloak instead (logIn). */
export const SILENT_CHECK_TIMEOUT_MS = 10000

export interface LoginStart {
  options: KeycloakInitOptions
  /** Settles when Keycloak has answered at all (checkLoginService); rejects with LoginUnavailableError when it has not. */
  reachable: Promise<void>
  keycloakUrl: string
  /** How long keycloak-js may take before the browser is sent to Keycloak; none on the way back from it. */
  timeoutMs?: number
}

/**
 * Logs in: a session Keycloak already has is taken over in the page; without one the browser goes to Keycloak's login
 * page (and `login()` never returns). Whether Keycloak answers is asked at the same time, so that when it is down the
 * SPA says so at once rather than wait for keycloak-js's frames. When the hidden check does not come back in time (e.g.
 * Keycloak shows an error in the frame: this address is not among the client's redirect URIs), the browser goes to
 * Keycloak too, where the user sees why.
 */
export async function logIn(keycloak: Pick<Keycloak, 'init' | 'login'>, start: LoginStart): Promise<void> {
  const init = keycloak.init(start.options)
  init.catch(() => {}) // reported below, unless Keycloak's check fails first
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<'late'>((resolve) => {
    if (start.timeoutMs !== undefined) timer = setTimeout(() => resolve('late'), start.timeoutMs)
  })
  let authenticated: boolean | 'late'
  try {
    await start.reachable
    authenticated = await Promise.race([init, late])
  } catch (error) {
    // e.g. Keycloak stopped between its login page and the exchange of the code for tokens
    throw isNetworkFailure(error) ? new LoginUnavailableError(start.keycloakUrl, { cause: error }) : error
  } finally {
    clearTimeout(timer)
  }
  if (authenticated !== true) await keycloak.login()
}

/**
 * The realm's endpoints, given to keycloak-js as those of a plain OpenID provider. Given a Keycloak server instead, it
 * first loads two more hidden frames from Keycloak to learn whether the browser blocks third-party cookies (about 0.2 s
 * of every page opened, bench/README «first paint»). A browser that blocks them comes back from the check-sso frame
 * without a session, and logIn sends it to Keycloak, which knows the session: what keycloak-js's fallback would do.
 */
export function keycloakEndpoints(config: AppConfig): OpenIdProviderMetadata {
  const openIdConnect = `${config.keycloakUrl.replace(/\/+$/, '')}/realms/${encodeURIComponent(config.realm)}/protocol/openid-connect`
  return {
    authorization_endpoint: `${openIdConnect}/auth`,
    token_endpoint: `${openIdConnect}/token`,
    end_session_endpoint: `${openIdConnect}/logout`,
    userinfo_endpoint: `${openIdConnect}/userinfo`,
  }
}

/** Logs in through Keycloak (sending the browser to its login page when needed) and installs the session. */
export async function startKeycloak(config: AppConfig): Promise<Keycloak> {
  const keycloak = new Keycloak({ clientId: config.clientId, oidcProvider: keycloakEndpoints(config) })
  const loginCallback = isLoginCallback(window.location)
  await logIn(keycloak, {
    options: keycloakInitOptions(window.location.origin, loginCallback),
    // Keycloak down: say so here rather than wait for it or send the browser to a page that does not load. Not when
    // Keycloak has just sent the browser back: it answers.
    reachable: loginCallback ? Promise.resolve() : checkLoginService(config.keycloakUrl, config.realm),
    keycloakUrl: config.keycloakUrl,
    timeoutMs: loginCallback ? undefined : SILENT_CHECK_TIMEOUT_MS,
  })
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
