import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { useAuth } from './auth'
import { LOCALES, savedLocale, type Locale } from '@/i18n/locale'
import { ApiProblem, networkProblem, toApiProblem } from './problem'

export { ApiProblem, isApiProblem, isProblem } from './problem'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Adds the bearer token, refreshed if it expires within 30 s, to every call. */
export const bearerToken: Middleware = {
  async onRequest({ request }) {
    const token = await useAuth().token(30)
    if (token) request.headers.set('Authorization', `Bearer ${token}`)
    return request
  },
}

/** The interface language as the page shows it now (main.ts and the language switch mark it on <html lang>). */
export function uiLocale(): Locale {
  const shown = typeof document === 'undefined' ? '' : document.documentElement.lang
  return (LOCALES as readonly string[]).includes(shown) ? (shown as Locale) : savedLocale()
}

/** Asks for problem texts (title, detail, field errors) in the interface language. */
export const acceptLanguage: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', uiLocale())
    return request
  },
}

/** The one API client: relative URLs (/api/v1/...), served by the same origin or the dev proxy. */
export const api = createClient<paths>({
  baseUrl: '',
  // Looked up per call so that tests can replace fetch.
  fetch: (request) => globalThis.fetch(request),
})
api.use(bearerToken, acceptLanguage)

type Result<T> = { data?: T; error?: unknown; response: Response }

/** Returns the data of a successful call, or throws an ApiProblem. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>
  try {
    result = await call
  } catch (cause) {
    throw cause instanceof ApiProblem ? cause : networkProblem(cause)
  }
  if (!result.response.ok || result.error !== undefined) throw toApiProblem(result.error, result.response)
  return result.data as T
}
