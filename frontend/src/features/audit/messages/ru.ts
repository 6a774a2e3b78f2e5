/** Texts of the change log. en.ts beside it has the same keys. Plurals: "ноль | одна | две-четыре | пять". */
export default {
  audit: {
    title: 'Журнал изменений',
    empty: 'Событий нет',
    entityTypeFilter: 'Вид записи',
    fields: {
      occurredAt: 'Когда',
      actor: 'Кто',
      action: 'Действие',
      entity: 'Запись',
      changes: 'Изменения',
    },
    action: {
      CREATE: 'Создание',
      UPDATE: 'Изменение',
      IMPORT: 'Импорт',
      READ: 'Просмотр',
      DELETE: 'Удаление',
    },
    entityType: {
      School: 'Школа',
      Teacher: 'Педагог',
      Region: 'Субъект РФ',
      Municipality: 'Муниципальное образование',
      Body: 'Орган управления',
    },
    emptyValue: 'пусто',
    from: 'было',
    to: 'стало',
  },
}
