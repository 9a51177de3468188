import type { DeepStrings } from '../messages-type';
import type { liveDe } from './live';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const liveEn: DeepStrings<typeof liveDe> = {
  phaseStarted: 'New phase: {{title}}',
  phaseStartedTimed: 'New phase: {{title}}. {{minutes}} minutes.',
  minutesLeft_one: '{{count}} minute left',
  minutesLeft_other: '{{count}} minutes left',
  timeUp: 'Time is up.',
  summoned: 'Please come to the plenary.',
  summonedTo: 'Please come to {{station}}.',
  voteOpened: 'Vote opened: {{title}}',
  voteClosed: 'Vote closed: {{title}}',
  voteRevealed: 'The result of the vote “{{title}}” is in',
};
