/** Keycloak does not answer: no one can log in until it is back (tokens already issued keep working). */
export class LoginUnavailableError extends Error {
  constructor(readonly keycloakUrl: string, options?: { cause?: unknown }) {
    super(`Keycloak (${keycloakUrl}) does not answer`, options)
    this.name = 'LoginUnavailableError'
  }
}

/**
 * A failed fetch (the server is down or unreachable) rather than an answer: fetch rejects with a TypeError, and
 * keycloak-js with its NetworkError when the server answered with an error status (e.g. 502/503 from a proxy).
 */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof TypeError) return true
  if (error instanceof Error && error.name === 'AbortError') return true
  if (error instanceof Error && error.name === 'TimeoutError') return true
  const status = (error as { response?: { status?: number } } | null)?.response?.status
  return typeof status === 'number' && status >= 500
}

/**
 * Asks Keycloak whether it answers before keycloak-js sends the browser to its login page (a browser sent to a server
 * that is down shows only its own connection error). `no-cors`: any answer will do, only a failed request counts.
 */
export async function checkLoginService(
  keycloakUrl: string,
  realm: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 10000,
): Promise<void> {
  const url = `${keycloakUrl.replace(/\/$/, '')}/realms/${encodeURIComponent(realm)}/.well-known/openid-configuration`
  try {
    await fetchImpl(url, { mode: 'no-cors', cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) })
  } catch (error) {
    throw new LoginUnavailableError(keycloakUrl, { cause: error })
  }
}
