/** Texts of regions, municipalities and executive bodies. en.ts beside it has the same keys. Plurals: "ноль | одна | две-четыре | пять". */
export default {
  territory: {
    regions: 'Субъекты РФ',
    region: 'Субъект РФ',
    municipality: 'Муниципальное образование',
    municipalities: 'Муниципальные образования',
    bodies: 'Органы управления образованием',
    bodiesEmpty: 'Органы управления не найдены',
    municipalitiesEmpty: 'Муниципальные образования не найдены',
    regionsEmpty: 'Субъекты РФ не найдены',
    picker: {
      regionRequired: 'Выберите субъект РФ',
      municipalityRequired: 'Выберите муниципальное образование',
      wholeRegion: 'Весь субъект РФ',
    },
    schoolsLink: 'Школы муниципального образования',
    regionSchoolsLink: 'Школы субъекта РФ',
    fields: {
      name: 'Наименование',
      code: 'Код субъекта',
      oktmo: 'ОКТМО',
      kind: 'Вид',
      municipalityCount: 'Муниципальных образований',
      schoolCount: 'Школ',
      region: 'Субъект РФ',
    },
    municipalityKind: {
      URBAN_DISTRICT: 'Городской округ',
      MUNICIPAL_DISTRICT: 'Муниципальный район',
      MUNICIPAL_OKRUG: 'Муниципальный округ',
    },
  },
  bodies: {
    fields: {
      shortName: 'Наименование',
      kind: 'Вид',
      inn: 'ИНН',
      head: 'Руководитель',
      address: 'Адрес',
      municipality: 'Муниципальное образование',
    },
    kind: {
      MINISTRY: 'Министерство',
      EDUCATION_AUTHORITY: 'Орган управления образованием',
      METHODOLOGICAL_CENTRE: 'Методический центр',
    },
    picker: {
      allSchools: 'Все общеобразовательные организации',
      hint: 'Из списка или текстом, как в документе; Enter или «;» — следующий',
      hintPerson: 'Из списка или текстом, как в документе; лицо — в скобках',
      linked: 'Орган из справочника',
      text: 'Текст как в документе',
      assignee: 'Исполнитель',
      person: 'Лицо (в скобках)',
      noData: 'Органы не найдены',
    },
  },
}
