import type { DeepStrings } from '../messages-type';
import type { boardListDe } from './board-list';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const boardListEn: DeepStrings<typeof boardListDe> = {
  toggle: {
    label: 'View',
    canvas: 'Canvas',
    list: 'List',
  },
  heading: 'Notes as a list',
  intro: 'The same notes as on the canvas. Changes by others are announced.',
  loose: 'Not in a group',
  noteCount_one: '{{count}} note',
  noteCount_other: '{{count}} notes',
  emptySection: 'No notes yet.',
  emptyNote: '(empty note)',
  addNote: 'Add note',
  addGroup: 'Add group',
  edit: 'Edit',
  editNote: 'Edit note “{{text}}”',
  done: 'Done',
  delete: 'Delete',
  deleteNote: 'Delete note “{{text}}”',
  moveTo: 'Group',
  moveToNote: 'Group of note “{{text}}”',
  renameGroup: 'Rename group “{{title}}”',
  deleteGroup: 'Delete group “{{title}}” (its notes stay)',
  groupTitle: 'Group name',
  byTeam: 'Team: {{team}}',
  dots_one: '{{count}} dot',
  dots_other: '{{count}} dots',
  announce: {
    addedBy: 'New note by {{team}}',
    added: 'New note',
    addedMany: '{{count}} new notes',
    deleted: 'A note was deleted',
    deletedMany: '{{count}} notes were deleted',
  },
  roveKey: 'Alt + arrow keys',
  roveAction: 'To the nearest note in that direction, also outside the view',
  listKey: 'List',
  listAction: 'All notes and groups as a list (switch above the board)',
};
