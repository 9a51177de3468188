/** The workshop-wide vote on a participant's screen once it is no longer the current phase's. */
export const voteSheetDe = {
  showResult: 'Ergebnis der Abstimmung ansehen',
  showVote: 'Abstimmung ansehen',
  hide: 'Ausblenden',
};
