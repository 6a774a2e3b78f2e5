import { useI18n } from 'vue-i18n'
import type { ApiProblem } from '@/services/api'

/** A sentence for the user about a failed call: the server's own words where it sent any. */
export function useProblemText() {
  const { t } = useI18n()
  return (problem: ApiProblem | undefined): string => {
    if (!problem) return ''
    if (problem.status === 0) return t('common.networkError')
    if (problem.status === 403 && !problem.detail) return t('common.forbidden')
    return problem.detail || problem.title
  }
}
