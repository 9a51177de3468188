import type { DeepStrings } from '../messages-type';
import type { stepsDe } from './steps';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
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
