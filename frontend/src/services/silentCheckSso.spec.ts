import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SILENT_CHECK_SSO_PAGE } from './auth'

const frontend = join(__dirname, '..', '..')
const read = (path: string) => readFileSync(join(frontend, path), 'utf8')

/** The headers of an nginx include file, as vite.config.ts reads them for `vite preview`. */
function headers(file: string): Record<string, string> {
  return Object.fromEntries([...read(file).matchAll(/^add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1], m[2]]))
}

/** One directive of a Content-Security-Policy, as its list of sources. */
function directive(csp: string, name: string): string[] {
  const found = csp.split(';').map((d) => d.trim().split(/\s+/)).find(([key]) => key === name)
  return found ? found.slice(1) : []
}

describe("the page keycloak-js's hidden check-sso frame comes back to", () => {
  const page = read('public' + SILENT_CHECK_SSO_PAGE)
  const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])
  const own = headers('deploy/silent-check-sso-headers.conf')

  it("only hands the address with Keycloak's answer to the SPA's page of the same origin", () => {
    expect(scripts).toEqual(['parent.postMessage(location.href, location.origin)'])
    expect(page).not.toMatch(/<script[^>]*\ssrc=/)
  })

  it('runs its script by its hash, and may be framed by the SPA alone', () => {
    const hash = createHash('sha256').update(scripts[0], 'utf8').digest('base64')
    const csp = own['Content-Security-Policy']
    expect(directive(csp, 'script-src')).toEqual([`'sha256-${hash}'`])
    expect(directive(csp, 'default-src')).toEqual(["'none'"])
    expect(directive(csp, 'frame-ancestors')).toEqual(["'self'"])
    expect(own['X-Frame-Options']).toBe('SAMEORIGIN')
    expect(own['Referrer-Policy']).toBe('no-referrer')
  })

  it('has those headers in nginx and in docker compose, in place of the SPA headers that forbid any framing', () => {
    const nginx = read('deploy/nginx.conf')
    const location = nginx.match(/location = \/silent-check-sso\.html \{([^}]*)\}/)
    expect(location?.[1]).toContain('include /etc/nginx/silent-check-sso-headers.conf;')
    expect(location?.[1]).not.toContain('/etc/nginx/security-headers.conf')
    expect(read('../docker-compose.yml')).toContain(
      './frontend/deploy/silent-check-sso-headers.conf:/etc/nginx/silent-check-sso-headers.conf:ro',
    )
    const spa = headers('deploy/security-headers.conf')
    expect(directive(spa['Content-Security-Policy'], 'frame-ancestors')).toEqual(["'none'"])
    expect(spa['X-Frame-Options']).toBe('DENY')
  })

  it("is a frame the SPA's pages may open, as Keycloak's own frames are", () => {
    const frames = directive(headers('deploy/security-headers.conf')['Content-Security-Policy'], 'frame-src')
    expect(frames).toContain("'self'")
    for (const config of ['deploy/config.json', 'public/config.json']) {
      expect(frames).toContain(JSON.parse(read(config)).keycloakUrl)
    }
  })

  it("is an address the SPA client of both realms admits as a redirect for every origin it admits", () => {
    for (const realm of ['../keycloak/rostok-realm.json', '../keycloak/production/rostok-realm.json']) {
      const spa = (JSON.parse(read(realm)).clients as { clientId: string; redirectUris: string[] }[]).find(
        (c) => c.clientId === 'rostok-spa',
      )
      expect(spa?.redirectUris.length).toBeGreaterThan(0)
      for (const uri of spa!.redirectUris) {
        const origin = new URL(uri.replace(/\*$/, '')).origin
        expect(uri, realm).toSatisfy((pattern: string) => {
          const url = origin + SILENT_CHECK_SSO_PAGE
          return pattern.endsWith('*') ? url.startsWith(pattern.slice(0, -1)) : url === pattern
        })
      }
    }
  })
})
