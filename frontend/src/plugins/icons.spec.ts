import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { VIcon } from 'vuetify/components'
import { mdiPaths } from './mdiPaths'
import { renderOptions } from '@/test/renderOptions'

const src = join(__dirname, '..')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.spec.ts') && !['icons.ts', 'mdiPaths.ts'].includes(name) ? [path] : []
  })
}

describe('icons', () => {
  it('has an SVG path for every mdi-… name used in src/', () => {
    const used = new Set(sources(src).flatMap((file) => readFileSync(file, 'utf8').match(/mdi-[a-z0-9-]+/g) ?? []))
    expect(used.size).toBeGreaterThan(50)
    expect([...used].filter((name) => !mdiPaths[name])).toEqual([])
  })

  it('draws a named icon and an alias of Vuetify as SVG', () => {
    const named = mount(VIcon, { props: { icon: 'mdi-plus' }, ...renderOptions() })
    expect(named.find('svg path').attributes('d')).toBe(mdiPaths['mdi-plus'])
    const alias = mount(VIcon, { props: { icon: '$close' }, ...renderOptions() })
    expect(alias.find('svg path').attributes('d')).toMatch(/^M19,6\.41/)
  })
})
