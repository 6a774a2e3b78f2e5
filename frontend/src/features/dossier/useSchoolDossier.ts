import { watch } from 'vue'
import { useAsync } from '@/composables/useAsync'
import { getSchoolDossier } from './dossierApi'

/** The school's page is read once; every block shows its part, with the one loading and error state. */
export function useSchoolDossier(schoolId: () => number) {
  const dossier = useAsync(() => getSchoolDossier(schoolId()))
  watch(schoolId, () => dossier.run())
  return dossier
}
export type DossierState = ReturnType<typeof useSchoolDossier>
