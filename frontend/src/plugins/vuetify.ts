import 'vuetify/styles'
import '@/styles/accessibility.css'
import { createVuetify } from 'vuetify'
import { createVueI18nAdapter } from 'vuetify/locale/adapters/vue-i18n'
type AdapterI18n = Parameters<typeof createVueI18nAdapter>[0]['i18n']
import { useI18n } from 'vue-i18n'
import type { AppI18n } from '@/i18n'
import { icons } from './icons'

export function makeVuetify(i18n: AppI18n) {
  return createVuetify({
    icons,
    locale: { adapter: createVueI18nAdapter({ i18n: i18n as unknown as AdapterI18n, useI18n }) },
    theme: {
      defaultTheme: 'rostok',
      themes: {
        rostok: {
          dark: false,
          colors: {
            primary: '#2e6b3a',
            secondary: '#4f6f52',
            surface: '#ffffff',
            background: '#f5f7f5',
            error: '#b3261e',
            info: '#1d5f99',
            success: '#2e7d32',
            warning: '#9a6700',
          },
          // Secondary text (hints, labels, table headers, subtitles) at Vuetify's 60 % falls below 4.5:1 on the
          // page background; 70 % keeps the hierarchy and passes WCAG 1.4.3.
          variables: { 'medium-emphasis-opacity': 0.7 },
        },
      },
    },
    defaults: {
      VTextField: { variant: 'outlined', density: 'comfortable' },
      VSelect: { variant: 'outlined', density: 'comfortable' },
      VAutocomplete: { variant: 'outlined', density: 'comfortable' },
      VCombobox: { variant: 'outlined', density: 'comfortable' },
      VTextarea: { variant: 'outlined', density: 'comfortable' },
      VFileInput: { variant: 'outlined', density: 'comfortable' },
      VBtn: { rounded: 'md' },
    },
  })
}
