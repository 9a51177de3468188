import type { DeepStrings } from '../messages-type';
import type { boardContentDe } from './board-content';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const boardContentEn: DeepStrings<typeof boardContentDe> = {
  groups: {
    create: 'Group',
    createLabel: 'Create a group (G) – around the selected notes',
    roleDescription: 'Group',
    untitled: 'Untitled group',
    label_one: '{{title}}, {{count}} note',
    label_other: '{{title}}, {{count}} notes',
    hint: 'Enter renames, Delete dissolves the group, arrow keys move it with its notes.',
    titleLabel: 'Group name',
    titlePlaceholder: 'Name the group …',
    rename: 'Rename the group “{{title}}”',
    delete: 'Dissolve the group “{{title}}” (the notes stay)',
    resize: 'Resize the group',
    inGroup: 'In group “{{title}}”',
    assign: 'To group …',
    assignLabel: 'Put the selected notes into a group',
    noGroup: 'No group',
    noGroups: 'No groups yet. Create one with G.',
    helpKey: 'G',
    helpAction: 'Create a group (around the selected notes)',
    helpFrameKey: 'Enter / Delete on a group',
    helpFrameAction: 'Rename / dissolve the group',
  },
  exportPng: {
    button: 'Save as PNG',
    working: 'Creating the image …',
    failed: 'The image could not be created.',
  },
};
