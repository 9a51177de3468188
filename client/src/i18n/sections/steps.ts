import type { DeepStrings } from '../messages-type';

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

export const stepsEn: DeepStrings<typeof stepsDe> = {
  cancel: 'Cancel',
  timerPaused:
    'If you were there before, the countdown is paused at the time that was left then. “Resume” starts it again.',
  phaseBack: {
    title: 'Back to phase {{index}}: “{{title}}”?',
    text: 'Room choices, the member split and done signals of this phase are kept: “Next phase ▶” brings everything back as it is now. “{{title}}” comes back as it was.',
    confirm: 'Back to phase {{index}}',
  },
  roundBack: {
    title: 'Back to round {{round}}?',
    text: 'Room choices and done signals of this round are kept: “Next round ▶” brings everything back as it is now. Round {{round}} comes back as it was.',
    confirm: 'Back to round {{round}}',
  },
  timerSet: {
    label: 'Set the countdown to minutes',
    unit: 'min',
    submit: 'Set',
    title: 'Enter the time left directly, e.g. 1 – keeps running or paused as before',
  },
  withdraw: {
    title: 'Withdraw the publication?',
    text: 'The shared link stops working – also for everyone you sent it to. Publishing again gives a new link that you will have to send again.',
    confirm: 'Invalidate the link',
  },
};
