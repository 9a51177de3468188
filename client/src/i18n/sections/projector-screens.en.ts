import type { DeepStrings } from '../messages-type';
import type { projectorScreensDe } from './projector-screens';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const projectorScreensEn: DeepStrings<typeof projectorScreensDe> = {
  page: 'Page {{page}} of {{pages}}',
  questions: 'Questions',
  chosen_one: '{{count}} question chosen',
  chosen_other: '{{count}} questions chosen',
  insightsEmpty: 'This room has not noted any insights yet.',
  rooms: {
    title_one: '{{count}} room',
    title_other: 'All {{count}} rooms',
    label: 'Rooms',
    show: 'Show all rooms',
    shows: 'Shows all rooms',
  },
  where: {
    label: 'Who goes where',
    teams: 'Teams',
    people_one: '{{count}} person',
    people_other: '{{count}} people',
    places: '{{count}} of {{capacity}} places taken',
    choosing_one: '{{count}} person is still choosing',
    choosing_other: '{{count}} people are still choosing',
  },
  vote: {
    open: 'Vote running',
    closed: 'Vote closed',
    revealed: 'Result',
    result: 'Result of the vote',
    dots_one: '{{count}} dot cast',
    dots_other: '{{count}} dots cast',
    voters_one: '{{count}} person has voted',
    voters_other: '{{count}} people have voted',
    votersOf_one: '{{count}} of {{total}} people has voted',
    votersOf_other: '{{count}} of {{total}} people have voted',
    openHint: 'Vote on your phones: {{budget}} dots each.',
    closedHint: 'The result is coming.',
  },
};
