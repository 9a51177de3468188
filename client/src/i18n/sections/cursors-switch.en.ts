import type { DeepStrings } from '../messages-type';
import type { cursorsSwitchDe } from './cursors-switch';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const cursorsSwitchEn: DeepStrings<typeof cursorsSwitchDe> = {
  heading: 'Cursors',
  label: "Show other people's cursors on the boards",
  hint: 'Switch off in big rounds (from about 100 people on one board): the boards stay smooth, names and selections stay visible.',
};
