import type ru from './assessments.ru'

/** Texts of the collegium's assessments on a decision in English: the keys of assessments.ru.ts. */
export default {
  assessments: {
    title: "The collegium's assessment of work",
    hint: '«Recognise the work … as satisfactory», «at an adequate level»: whose work was assessed and how',
    none: 'The decision assesses no one’s work',
    edit: 'Change assessments',
    add: 'Add an assessment',
    remove: 'Remove assessment {n}',
    body: 'Whose work (education body)',
    verdict: 'Verdict',
    words: 'As the decision writes it',
    save: 'Save assessments',
    cancel: 'Cancel',
    saved: 'Assessments saved',
    verdicts: { ADEQUATE: 'at an adequate level', SATISFACTORY: 'satisfactory', UNSATISFACTORY: 'unsatisfactory' },
  },
} satisfies typeof ru
