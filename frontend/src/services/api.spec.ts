import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, problem } from '@/test/fakeApi'
import { actionsOf } from '@/test/renderOptions'
import { api, ApiProblem, unwrap } from './api'
import { setAuth } from './auth'

afterEach(() => vi.unstubAllGlobals())

describe('API client', () => {
  it('sends a freshly refreshed bearer token with every call, to a relative /api URL', async () => {
    const token = vi.fn(async (minValidity?: number) => `token-${minValidity}`)
    setAuth({ token, logout: async () => {} })
    const server = fakeApi({ 'GET /api/v1/me': json({ username: 'admin', roles: ['admin'], actions: actionsOf('admin') }) })

    const me = await unwrap(api.GET('/api/v1/me'))

    expect(me.username).toBe('admin')
    expect(token).toHaveBeenCalledWith(30)
    expect(server.sent[0].headers.get('Authorization')).toBe('Bearer token-30')
    expect(server.sent[0].url.origin).toBe(window.location.origin)
  })

  it('asks for answers in the interface language: Accept-Language follows the language switch', async () => {
    setAuth({ token: async () => 't', logout: async () => {} })
    const server = fakeApi({ 'GET /api/v1/me': json({ username: 'admin', roles: ['admin'], actions: actionsOf('admin') }) })
    const before = document.documentElement.lang
    try {
      document.documentElement.lang = 'en'
      await unwrap(api.GET('/api/v1/me'))
      document.documentElement.lang = 'ru'
      await unwrap(api.GET('/api/v1/me'))
    } finally {
      document.documentElement.lang = before
    }

    expect(server.sent.map((r) => r.headers.get('Accept-Language'))).toEqual(['en', 'ru'])
  })

  it('turns a problem+json answer into an ApiProblem', async () => {
    setAuth({ token: async () => 't', logout: async () => {} })
    fakeApi({ 'GET /api/v1/schools/7': problem({ type: '/problems/not-found', title: 'Не найдено', status: 404, detail: 'Школа 7 не найдена' }) })

    const error = await unwrap(api.GET('/api/v1/schools/{id}', { params: { path: { id: 7 } } })).catch((e) => e)

    expect(error).toBeInstanceOf(ApiProblem)
    expect(error.status).toBe(404)
    expect(error.detail).toBe('Школа 7 не найдена')
  })

  it('reports a network failure as status 0', async () => {
    setAuth({ token: async () => 't', logout: async () => {} })
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch')
    })
    const error = await unwrap(api.GET('/api/v1/me')).catch((e) => e)
    expect(error).toBeInstanceOf(ApiProblem)
    expect(error.status).toBe(0)
  })
})
