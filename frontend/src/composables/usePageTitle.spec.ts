import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, nextTick, ref } from 'vue'
import { makeI18n } from '@/i18n'
import { routes } from '@/router'
import { renderOptions } from '@/test/renderOptions'
import { useDocumentTitle, usePageTitle } from './usePageTitle'

/** The app's root as far as the title goes: it keeps document.title; the record page names its record. */
async function app(path: string) {
  const options = renderOptions({ path })
  await options.ready
  const root = mount(
    defineComponent({
      setup() {
        useDocumentTitle()
        return () => null
      },
    }),
    { global: options.global },
  )
  await nextTick()
  return { ...options, root }
}

function recordPage(name: ReturnType<typeof ref<string | undefined>>, global: ReturnType<typeof renderOptions>['global']) {
  return mount(
    defineComponent({
      setup() {
        usePageTitle(name)
        return () => null
      },
    }),
    { global },
  )
}

/** Whether the key names a message (not a missing key or a section) in the language. */
function hasMessage(locale: 'ru' | 'en', key: string): boolean {
  return makeI18n(locale).global.te(key, locale)
}

describe('page titles', () => {
  it('names the tab after the route, «<page> — Росток»', async () => {
    await app('/schools')
    expect(document.title).toBe('Школы — Росток')
  })

  it('follows navigation and the language switch', async () => {
    const { router, i18n } = await app('/schools')
    await router.push('/audit')
    await nextTick()
    expect(document.title).toBe('Журнал изменений — Росток')
    i18n.global.locale.value = 'en'
    await nextTick()
    expect(document.title).toBe('Change log — Rostok')
  })

  it('names a record page after its record once loaded, and gives the tab back when the page is left', async () => {
    const { global } = await app('/schools/5')
    expect(document.title).toBe('Школы — Росток')
    const name = ref<string>()
    const page = recordPage(name, global)
    await nextTick()
    expect(document.title).toBe('Школы — Росток')
    name.value = 'МБОУ СОШ №1'
    await nextTick()
    expect(document.title).toBe('МБОУ СОШ №1 — Росток')
    page.unmount()
    await nextTick()
    expect(document.title).toBe('Школы — Росток')
  })

  it('has a title, in both languages, for every route', () => {
    for (const route of routes) {
      const key = route.meta?.title
      expect(key, `route ${String(route.name)}`).toBeTruthy()
      expect(hasMessage('ru', key!), `ru ${key}`).toBe(true)
      expect(hasMessage('en', key!), `en ${key}`).toBe(true)
    }
  })
})
