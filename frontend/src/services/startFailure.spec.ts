import { describe, expect, it, vi } from 'vitest'
import { checkLoginService, isNetworkFailure, LoginUnavailableError } from './startFailure'
import { startFailureMessage } from './startFailureMessage'

describe('when Keycloak is down, the SPA says so in Russian', () => {
  it('finds Keycloak unreachable when the request to its realm fails', async () => {
    const down = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'))
    const failure = await checkLoginService('http://localhost:8280', 'rostok', down).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(LoginUnavailableError)
    expect(down).toHaveBeenCalledWith(
      'http://localhost:8280/realms/rostok/.well-known/openid-configuration',
      expect.objectContaining({ mode: 'no-cors' }),
    )
    const message = startFailureMessage(failure)
    expect(message.title).toBe('Вход в Росток временно недоступен')
    expect(message.detail).toContain('Сервер входа (Keycloak, http://localhost:8280) не отвечает')
    expect(message.detail).toContain('Повторите попытку')
  })

  it('lets the login go on when Keycloak answers at all', async () => {
    const up = vi.fn().mockResolvedValue(new Response(null, { status: 200 }))
    await expect(checkLoginService('http://localhost:8180/', 'rostok', up)).resolves.toBeUndefined()
  })

  it('keeps other start failures under the general heading with their own text', () => {
    expect(startFailureMessage(new Error('/config.json: HTTP 404'))).toEqual({
      title: 'Не удалось открыть Росток',
      detail: '/config.json: HTTP 404',
    })
  })

  it('tells a failed request from an answer', () => {
    expect(isNetworkFailure(new TypeError('Failed to fetch'))).toBe(true)
    expect(isNetworkFailure({ response: { status: 503 } })).toBe(true)
    expect(isNetworkFailure({ response: { status: 400 } })).toBe(false)
    expect(isNetworkFailure(new Error('Invalid nonce.'))).toBe(false)
  })
})
