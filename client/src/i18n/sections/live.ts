import type { DeepStrings } from '../messages-type';

/** What the app-wide live regions say about the session: phases, time, summons, rooms, votes. */
export const liveDe = {
  phaseStarted: 'Neue Phase: {{title}}',
  phaseStartedTimed: 'Neue Phase: {{title}}. {{minutes}} Minuten.',
  minutesLeft_one: 'Noch {{count}} Minute',
  minutesLeft_other: 'Noch {{count}} Minuten',
  timeUp: 'Die Zeit ist um.',
  summoned: 'Bitte ins Plenum kommen.',
  summonedTo: 'Bitte zu {{station}} kommen.',
  voteOpened: 'Abstimmung geöffnet: {{title}}',
  voteClosed: 'Abstimmung beendet: {{title}}',
  voteRevealed: 'Ergebnis der Abstimmung „{{title}}“ ist da',
};

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
