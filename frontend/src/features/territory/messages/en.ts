import type ru from './ru'

export default {
  territory: {
    regions: 'Regions',
    region: 'Region',
    municipality: 'Municipality',
    municipalities: 'Municipalities',
    bodies: 'Education bodies',
    bodiesEmpty: 'No bodies found',
    municipalitiesEmpty: 'No municipalities found',
    regionsEmpty: 'No regions found',
    picker: {
      regionRequired: 'Choose a region',
      municipalityRequired: 'Choose a municipality',
      wholeRegion: 'The whole region',
    },
    schoolsLink: 'Schools of the municipality',
    regionSchoolsLink: 'Schools of the region',
    fields: {
      name: 'Name',
      code: 'Region code',
      oktmo: 'OKTMO',
      kind: 'Kind',
      municipalityCount: 'Municipalities',
      schoolCount: 'Schools',
      region: 'Region',
    },
    municipalityKind: {
      URBAN_DISTRICT: 'Urban district',
      MUNICIPAL_DISTRICT: 'Municipal district',
      MUNICIPAL_OKRUG: 'Municipal okrug',
    },
  },
  bodies: {
    fields: {
      shortName: 'Name',
      kind: 'Kind',
      inn: 'INN',
      head: 'Head',
      address: 'Address',
      municipality: 'Municipality',
    },
    kind: {
      MINISTRY: 'Ministry',
      EDUCATION_AUTHORITY: 'Education authority',
      METHODOLOGICAL_CENTRE: 'Methodological centre',
    },
    picker: {
      allSchools: 'All general education schools',
      hint: 'From the list or as the document writes it; Enter or «;» starts the next',
      hintPerson: 'From the list or as the document writes it; the person in parentheses',
      linked: 'A body of the catalogue',
      text: 'Text as in the document',
      assignee: 'Assignee',
      person: 'Person (in parentheses)',
      noData: 'No bodies found',
    },
  },
} satisfies typeof ru
