import { createI18n } from 'vue-i18n'
import shared from '@/i18n/messages/ru'
import { LoginUnavailableError } from './startFailure'

// Apart from startFailure.ts so that the SPA's entry (the login) does not carry vue-i18n: only a failed start loads it.

/** The Russian heading and text shown when the SPA cannot start. */
export function startFailureMessage(error: unknown): { title: string; detail: string } {
  // Only the shared texts: the others are not loaded when the start fails.
  const { t } = createI18n({ legacy: false, locale: 'ru', messages: { ru: shared } }).global
  if (error instanceof LoginUnavailableError) {
    return { title: t('app.loginUnavailable'), detail: t('app.loginUnavailableDetail', { url: error.keycloakUrl }) }
  }
  return { title: t('app.startFailed'), detail: error instanceof Error ? error.message : String(error ?? '') }
}
