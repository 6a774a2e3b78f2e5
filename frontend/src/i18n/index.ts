import { createI18n } from 'vue-i18n'
import vuetifyEn from 'vuetify/lib/locale/en.js'
import vuetifyRu from 'vuetify/lib/locale/ru.js'
import sharedRu from './messages/ru'
import sharedEn from './messages/en'
import schoolsRu from '@/features/schools/messages/ru'
import schoolsEn from '@/features/schools/messages/en'
import territoryRu from '@/features/territory/messages/ru'
import territoryEn from '@/features/territory/messages/en'
import auditRu from '@/features/audit/messages/ru'
import auditEn from '@/features/audit/messages/en'
import monitoringRu from '@/features/monitoring/messages/ru'
import monitoringEn from '@/features/monitoring/messages/en'
import analysisRu from '@/features/analysis/messages/ru'
import analysisEn from '@/features/analysis/messages/en'
import plansRu from '@/features/plans/messages/ru'
import plansEn from '@/features/plans/messages/en'
import controlRu from '@/features/control/messages/ru'
import controlEn from '@/features/control/messages/en'
import recommendationsRu from '@/features/recommendations/messages/ru'
import recommendationsEn from '@/features/recommendations/messages/en'
import trainingRu from '@/features/training/messages/ru'
import trainingEn from '@/features/training/messages/en'
import listsRu from '@/features/lists/messages/ru'
import listsEn from '@/features/lists/messages/en'
import effectRu from '@/features/effect/messages/ru'
import effectEn from '@/features/effect/messages/en'
import dossierRu from '@/features/dossier/messages/ru'
import dossierEn from '@/features/dossier/messages/en'
import riskRu from '@/features/risk/messages/ru'
import riskEn from '@/features/risk/messages/en'
import partnershipsRu from '@/features/partnerships/messages/ru'
import staffRu from '@/features/staff/messages/ru'
import staffEn from '@/features/staff/messages/en'
import partnershipsEn from '@/features/partnerships/messages/en'
import documentsRu from '@/features/documents/messages/ru'
import documentsEn from '@/features/documents/messages/en'
import cycleRu from '@/features/cycle/messages/ru'
import cycleEn from '@/features/cycle/messages/en'
import trendsRu from '@/features/trends/messages/ru'
import trendsEn from '@/features/trends/messages/en'
import assessmentsRu from '@/features/control/messages/assessments.ru'
import assessmentsEn from '@/features/control/messages/assessments.en'
import eventsRu from '@/features/events/messages/ru'
import eventsEn from '@/features/events/messages/en'
import accountsRu from '@/features/accounts/messages/ru'
import accountsEn from '@/features/accounts/messages/en'
import routesRu from '@/features/routes/messages/ru'
import routesEn from '@/features/routes/messages/en'
import deficitsRu from '@/features/deficits/messages/ru'
import deficitsEn from '@/features/deficits/messages/en'
import { englishPlural, russianPlural } from './plural'
import { savedLocale, type Locale } from './locale'

export * from './locale'

/** The texts of the SPA: the shared ones and each feature's, every top-level section in one place. */
const ru = {
  ...sharedRu,
  ...schoolsRu,
  ...territoryRu,
  ...auditRu,
  ...monitoringRu,
  ...analysisRu,
  ...plansRu,
  ...controlRu,
  ...recommendationsRu,
  ...trainingRu,
  ...listsRu,
  ...riskRu,
  ...partnershipsRu,
  ...documentsRu,
  ...cycleRu,
  ...trendsRu,
  ...assessmentsRu,
  ...effectRu,
  ...dossierRu,
  ...eventsRu,
  ...accountsRu,
  ...staffRu,
  ...routesRu,
  ...deficitsRu,
}
export type Messages = typeof ru
const en: Messages = {
  ...sharedEn,
  ...schoolsEn,
  ...territoryEn,
  ...auditEn,
  ...monitoringEn,
  ...analysisEn,
  ...plansEn,
  ...controlEn,
  ...recommendationsEn,
  ...trainingEn,
  ...listsEn,
  ...riskEn,
  ...partnershipsEn,
  ...documentsEn,
  ...cycleEn,
  ...trendsEn,
  ...assessmentsEn,
  ...effectEn,
  ...dossierEn,
  ...eventsEn,
  ...accountsEn,
  ...staffEn,
  ...routesEn,
  ...deficitsEn,
}

type AppMessages = Messages & { $vuetify: typeof vuetifyRu }

export function makeI18n(locale: Locale = savedLocale()) {
  return createI18n<[AppMessages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'ru',
    messages: {
      ru: { ...ru, $vuetify: vuetifyRu },
      en: { ...en, $vuetify: vuetifyEn },
    },
    pluralRules: { ru: russianPlural, en: englishPlural },
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof makeI18n>
