import type { DeepStrings } from '../messages-type';
import type { retentionDe } from './retention';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const retentionEn: DeepStrings<typeof retentionDe> = {
  heading: 'Data and deletion',
  deleteOn: 'This workshop will be deleted automatically on {{date}}, {{days}} days after its date.',
  keptForever: 'This server does not delete workshops automatically. Delete it here once it is no longer needed.',
  keepResults: 'Keep the results after deletion (without names)',
  keepResultsHint:
    'Published results stay available at their link: questions, notes, ships and vote results, but no names of people.',
  onlyFacilitator: 'Only the holder of the facilitator link can delete or change what is kept.',
  deleteButton: 'Delete workshop now …',
  confirmTitle: 'Delete “{{title}}” for good?',
  confirmLead: 'This deletes:',
  confirmBoards_one: '{{count}} board with all its notes, groups, personas and ships',
  confirmBoards_other: '{{count}} boards with all their notes, groups, personas and ships',
  confirmPeople_one: 'the name of the {{count}} person who joined',
  confirmPeople_other: 'the names of all {{count}} people who joined',
  confirmRest: 'every question and vote, the published results link and the link to the workshop series',
  confirmFinal: 'This cannot be undone. Every phone, projector and console is disconnected.',
  confirm: 'Delete for good',
  deleting: 'Deleting …',
  deleted: '“{{title}}” has been deleted.',
  home: 'To the start page',
  secretLabel: 'Creation secret',
  secretHint: 'This server asks for a secret to create things. Ask the person who runs it, then send again.',
};
