import type { DeepStrings } from '../messages-type';
import type { displayDe } from './display';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const displayEn: DeepStrings<typeof displayDe> = {
  menu: {
    button: 'Display',
    label: 'Display: contrast, text size, motion',
    contrast: 'Contrast',
    contrastAuto: 'As the device',
    contrastHigh: 'High contrast',
    contrastStandard: 'Standard',
    text: 'Text size',
    textNormal: 'Normal',
    textLarge: 'Large',
    motion: 'Motion',
    motionAuto: 'As the device',
    motionReduced: 'Reduced',
    kept: 'Applies to this device only and is remembered.',
    close: 'Close',
  },
  footer: {
    label: 'Footer',
    statement: 'Accessibility statement',
  },
};
