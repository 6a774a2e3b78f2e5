import { useI18n } from 'vue-i18n'

/** Numbers and dates in the interface language. */
export function useFormat() {
  const { locale } = useI18n()
  const tag = () => (locale.value === 'en' ? 'en-GB' : 'ru-RU')
  return {
    number: (n: number | null | undefined) => (n == null ? '' : n.toLocaleString(tag())),
    dateTime: (iso: string | null | undefined) =>
      iso ? new Date(iso).toLocaleString(tag(), { dateStyle: 'medium', timeStyle: 'short' }) : '',
  }
}
