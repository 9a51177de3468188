import type { DeepStrings } from '../messages-type';
import type { voteDecisionsDe } from './vote-decisions';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const voteDecisionsEn: DeepStrings<typeof voteDecisionsDe> = {
  ballot: {
    wholeBoard: 'Everything on the board: groups and single notes ({{count}})',
    heading_one: 'On the ballot: {{count}} item',
    heading_other: 'On the ballot: {{count}} items',
    group_one: 'Group “{{title}}” ({{count}} note)',
    group_other: 'Group “{{title}}” ({{count}} notes)',
    leftOff_one: '{{count}} more item does not fit on the ballot (at most {{max}}).',
    leftOff_other: '{{count}} more items do not fit on the ballot (at most {{max}}).',
  },
  stations: {
    heading: 'Start votes',
    intro: 'Every ballot holds all groups and every note that is not in a group.',
    loading: 'Reading the boards …',
    counts: '{{groups}} + {{notes}} = {{items}}',
    groups_one: '{{count}} group',
    groups_other: '{{count}} groups',
    looseNotes_one: '{{count}} single note',
    looseNotes_other: '{{count}} single notes',
    items_one: '{{count}} item',
    items_other: '{{count}} items',
    empty: 'No notes – will be skipped',
    running: 'Already running – will be skipped',
    listLabel: 'Ballot per station',
  },
  tie: {
    heading: 'Tie at the cut',
    intro:
      'The top {{top}} cut through a tie. Nothing has been taken forward yet: decide which of the tied items go along.',
    clear: 'In for sure: {{labels}}',
    tied_one: 'Tied with {{count}} dot each',
    tied_other: 'Tied with {{count}} dots each',
    seats_one: '{{count}} place left',
    seats_other: '{{count}} places left',
    picked: '{{picked}} of {{tied}} picked',
    noneHint: 'With nothing picked, only the items that are in for sure go along.',
    takeAll: 'Take all tied items',
    takeAllEverywhere: 'Take all tied items everywhere',
    takePicked: 'Take the picked ones',
    selectAll: 'Pick all tied items',
    pending_one: 'Tie at {{count}} station – please decide; nothing has been taken forward yet.',
    pending_other: 'Ties at {{count}} stations – please decide; nothing has been taken forward yet.',
  },
  delete: {
    heading: 'Delete the vote “{{title}}”?',
    dots_one: 'The one dot placed will be lost.',
    dots_other: 'All {{count}} dots placed will be lost.',
    noDots: 'No dots have been placed yet.',
    kept: 'What has already been taken forward (ships, selected questions) stays.',
    confirm: 'Delete for good',
  },
};
