import { vi } from 'vitest'

/** One request the SPA sent, as the server would see it. */
export interface SentRequest {
  method: string
  url: URL
  headers: Headers
  body: string
  contentType: string | null
  bodySize: number
}

type Reply = Response | ((request: SentRequest) => Response | Promise<Response>)

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })

export const problem = (body: Record<string, unknown>) =>
  new Response(JSON.stringify(body), { status: body.status as number, headers: { 'Content-Type': 'application/problem+json' } })

export const page = <T>(items: T[], total = items.length, pageNo = 0, size = 50) => json({ items, page: pageNo, size, total })

/**
 * Replaces fetch with a fake server: routes are "METHOD /path" (without the query); each call
 * is recorded. A request with no route fails the test with a 599 so that a wrong URL is seen.
 */
export function fakeApi(routes: Record<string, Reply>) {
  const sent: SentRequest[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init)
    const buffer = await request.clone().arrayBuffer()
    const entry: SentRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: new TextDecoder().decode(buffer),
      contentType: request.headers.get('Content-Type'),
      bodySize: buffer.byteLength,
    }
    sent.push(entry)
    const reply = routes[`${entry.method} ${entry.url.pathname}`]
    if (!reply) return new Response(`no fake route for ${entry.method} ${entry.url.pathname}`, { status: 599 })
    const response = typeof reply === 'function' ? await reply(entry) : reply.clone()
    return response
  })
  vi.stubGlobal('fetch', fetchMock)
  return {
    sent,
    /** The requests to a path, in order. */
    to: (method: string, path: string) => sent.filter((r) => r.method === method && r.url.pathname === path),
  }
}
