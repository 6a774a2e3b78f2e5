import type ru from './ru'

/** Texts of the management cycle in English: the keys of ru.ts. */
export default {
  cycle: {
    nav: 'Management cycle',
    title: 'Management cycle',
    ownTitle: 'Management cycle: {name}',
    asOf: 'As of {date}; a partly done position counts as half',
    region: 'Region',
    allRegions: 'All regions',
    export: 'Download XLSX',
    exportFailed: 'Could not download the XLSX',
    municipality: 'Municipality',
    total: 'Total',
    assessment: "Collegium's assessment",
    assessmentText: '{verdict} (decision No. {number} of {date})',
    noAssessment: 'none',
    sortBy: 'Sort by «{column}»',
    empty: 'No municipalities',
    emptyHint: 'The region has no municipalities yet',
    state: { DONE: 'done', PARTIAL: 'partly', MISSING: 'missing', NOT_APPLICABLE: 'does not apply' },
    done: 'Done',
    missing: 'Not done',
    notApplicable: 'Does not apply',
    open: 'Open',
    doIt: 'Go',
    nothingMissing: 'Every position of the cycle is done',
    summary: 'Done {done}',
  },
} satisfies typeof ru
