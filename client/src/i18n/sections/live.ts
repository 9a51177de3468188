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
