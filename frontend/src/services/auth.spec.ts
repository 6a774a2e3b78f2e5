import { afterEach, describe, expect, it, vi } from 'vitest'
import type Keycloak from 'keycloak-js'
import { isLoginCallback, keycloakEndpoints, keycloakInitOptions, logIn, type LoginStart, SILENT_CHECK_TIMEOUT_MS } from './auth'
import { LoginUnavailableError } from './startFailure'

const KEYCLOAK = 'http://localhost:8180'
const options = keycloakInitOptions('http://localhost:8088', false)
/** A start in a page opened anew: Keycloak answers, the hidden check may take its time. */
const fresh = (reachable: Promise<void> = Promise.resolve()) =>
  ({ options, reachable, keycloakUrl: KEYCLOAK, timeoutMs: SILENT_CHECK_TIMEOUT_MS }) satisfies LoginStart

/** keycloak-js as logIn uses it: `init` answers whether there is a session; `login` would leave for Keycloak's page. */
function keycloakWith(init: () => Promise<boolean>) {
  return { init: vi.fn(init), login: vi.fn(async () => {}) } satisfies Pick<Keycloak, 'init' | 'login'>
}
const never = () => new Promise<never>(() => {})

afterEach(() => {
  vi.useRealTimers()
})

describe('logging in without reloading the SPA', () => {
  it("names the realm's own endpoints, so that keycloak-js loads no frames of its own before the check-sso one", () => {
    expect(keycloakEndpoints({ keycloakUrl: 'https://sso.example.ru/', realm: 'rostok', clientId: 'rostok-spa' })).toEqual({
      authorization_endpoint: 'https://sso.example.ru/realms/rostok/protocol/openid-connect/auth',
      token_endpoint: 'https://sso.example.ru/realms/rostok/protocol/openid-connect/token',
      end_session_endpoint: 'https://sso.example.ru/realms/rostok/protocol/openid-connect/logout',
      userinfo_endpoint: 'https://sso.example.ru/realms/rostok/protocol/openid-connect/userinfo',
    })
  })

  it('asks Keycloak for its session in a hidden frame that comes back to the silent page of the same origin, with PKCE', () => {
    expect(options).toEqual({
      onLoad: 'check-sso',
      silentCheckSsoRedirectUri: 'http://localhost:8088/silent-check-sso.html',
      pkceMethod: 'S256',
      checkLoginIframe: false,
    })
    // keycloak-js's fallback to a full redirect when the browser blocks third-party cookies stays on (its default)
    expect(options).not.toHaveProperty('silentCheckSsoFallback')
  })

  it('takes the answer Keycloak put in the address on the way back from it, without a frame', () => {
    expect(keycloakInitOptions('http://localhost:8088', true)).toEqual({
      onLoad: 'check-sso',
      pkceMethod: 'S256',
      checkLoginIframe: false,
    })
  })

  it('takes over the session Keycloak already has, without leaving the page', async () => {
    const keycloak = keycloakWith(async () => true)
    await logIn(keycloak, fresh())
    expect(keycloak.init).toHaveBeenCalledWith(options)
    expect(keycloak.login).not.toHaveBeenCalled()
  })

  it("sends the browser to Keycloak's login page when there is no session", async () => {
    const keycloak = keycloakWith(async () => false)
    await logIn(keycloak, fresh())
    expect(keycloak.login).toHaveBeenCalledWith()
  })

  it('says Keycloak is unavailable as soon as it does not answer, without waiting for the hidden frame', async () => {
    const keycloak = keycloakWith(never)
    const down = Promise.reject(new LoginUnavailableError(KEYCLOAK, { cause: new TypeError('Failed to fetch') }))
    await expect(logIn(keycloak, fresh(down))).rejects.toBeInstanceOf(LoginUnavailableError)
    expect(keycloak.login).not.toHaveBeenCalled()
  })

  it('says Keycloak is unavailable when the exchange of the code fails on the way', async () => {
    const keycloak = keycloakWith(() => Promise.reject(new TypeError('Failed to fetch')))
    const failure = await logIn(keycloak, fresh()).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(LoginUnavailableError)
    expect((failure as LoginUnavailableError).keycloakUrl).toBe(KEYCLOAK)
    expect(keycloak.login).not.toHaveBeenCalled()
  })

  it("keeps keycloak-js's other errors as they are (e.g. the login page sent back an error)", async () => {
    const refused = { error: 'access_denied', error_description: 'denied' }
    const keycloak = keycloakWith(() => Promise.reject(refused))
    await expect(logIn(keycloak, fresh())).rejects.toBe(refused)
  })

  it('sends the browser to Keycloak when the hidden check does not come back (Keycloak shows why there)', async () => {
    vi.useFakeTimers()
    const keycloak = keycloakWith(never)
    const done = logIn(keycloak, fresh())
    await vi.advanceTimersByTimeAsync(SILENT_CHECK_TIMEOUT_MS - 1)
    expect(keycloak.login).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    await done
    expect(keycloak.login).toHaveBeenCalledOnce()
  })

  it('waits for the exchange of the code on the way back from Keycloak however long it takes', async () => {
    vi.useFakeTimers()
    let answer: (authenticated: boolean) => void = () => {}
    const keycloak = keycloakWith(() => new Promise<boolean>((resolve) => (answer = resolve)))
    const back = { options: keycloakInitOptions('http://localhost:8088', true), reachable: Promise.resolve(), keycloakUrl: KEYCLOAK }
    const done = logIn(keycloak, back)
    await vi.advanceTimersByTimeAsync(SILENT_CHECK_TIMEOUT_MS * 3)
    answer(true)
    await done
    expect(keycloak.login).not.toHaveBeenCalled()
  })
})

describe("Keycloak's answer in the address", () => {
  it("is the way back from Keycloak's login page, with the code or an error", () => {
    expect(isLoginCallback({ hash: '#state=abc&session_state=s&code=xyz' })).toBe(true)
    expect(isLoginCallback({ hash: '#error=login_required&state=abc' })).toBe(true)
    expect(isLoginCallback({ hash: '' })).toBe(false)
    expect(isLoginCallback({ hash: '#code=xyz' })).toBe(false)
  })
})
