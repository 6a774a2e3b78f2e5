import type ru from './ru'

export default {
  audit: {
    title: 'Change log',
    empty: 'No events',
    entityTypeFilter: 'Record kind',
    fields: {
      occurredAt: 'When',
      actor: 'Who',
      action: 'Action',
      entity: 'Record',
      changes: 'Changes',
    },
    action: {
      CREATE: 'Created',
      UPDATE: 'Updated',
      IMPORT: 'Imported',
      READ: 'Read',
      DELETE: 'Deleted',
    },
    entityType: {
      School: 'School',
      Teacher: 'Teacher',
      Region: 'Region',
      Municipality: 'Municipality',
      Body: 'Education body',
    },
    emptyValue: 'empty',
    from: 'was',
    to: 'now',
  },
} satisfies typeof ru
