/** German texts for steps that change what people did: going back, setting the countdown, withdrawing results. */
export const stepsDe = {
  cancel: 'Abbrechen',
  timerPaused:
    'Wart ihr dort schon, steht der Countdown auf Pause, bei der Zeit, die beim Verlassen übrig war. Mit „Fortsetzen“ läuft er weiter.',
  phaseBack: {
    title: 'Zurück zu Phase {{index}}: „{{title}}“?',
    text: 'Raumwahl, Aufteilung und Fertig-Meldungen dieser Phase bleiben gespeichert: Mit „Nächste Phase ▶“ ist alles wieder so wie jetzt. In „{{title}}“ kommt zurück, was dort war.',
    confirm: 'Zurück zu Phase {{index}}',
  },
  roundBack: {
    title: 'Zurück zu Runde {{round}}?',
    text: 'Raumwahl und Fertig-Meldungen dieser Runde bleiben gespeichert: Mit „Nächste Runde ▶“ ist alles wieder so wie jetzt. In Runde {{round}} kommt zurück, was dort war.',
    confirm: 'Zurück zu Runde {{round}}',
  },
  timerSet: {
    label: 'Countdown auf Minuten setzen',
    unit: 'Min.',
    submit: 'Setzen',
    title: 'Restzeit direkt eintragen, z. B. 1 – läuft oder pausiert weiter wie bisher',
  },
  withdraw: {
    title: 'Veröffentlichung zurückziehen?',
    text: 'Der geteilte Link funktioniert danach nicht mehr – auch nicht für alle, denen ihr ihn geschickt habt. Wer neu veröffentlicht, bekommt einen neuen Link, den ihr wieder verschicken müsst.',
    confirm: 'Link ungültig machen',
  },
};
