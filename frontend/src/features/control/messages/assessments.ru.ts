/** Texts of the collegium's assessments on a decision. assessments.en.ts beside it has the same keys. */
export default {
  assessments: {
    title: 'Оценка работы коллегией',
    hint: '«Признать работу … удовлетворительной», «на достаточном уровне»: чья работа оценена и как',
    none: 'Решение не содержит оценки работы',
    edit: 'Изменить оценки',
    add: 'Добавить оценку',
    remove: 'Удалить оценку {n}',
    body: 'Чья работа оценена (орган управления)',
    verdict: 'Оценка',
    words: 'Как написано в решении',
    save: 'Сохранить оценки',
    cancel: 'Отмена',
    saved: 'Оценки сохранены',
    verdicts: { ADEQUATE: 'на достаточном уровне', SATISFACTORY: 'удовлетворительно', UNSATISFACTORY: 'неудовлетворительно' },
  },
}
