import type { DeepStrings } from '../messages-type';
import type { offlineDe } from './offline';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const offlineEn: DeepStrings<typeof offlineDe> = {
  label: 'Offline',
  edits: 'your changes stay on this device and will be sent as soon as the connection is back.',
  unconfirmed_one: '{{count}} change is not on the server yet.',
  unconfirmed_other: '{{count}} changes are not on the server yet.',
  allConfirmed: 'Everything so far is on the server.',
  commands: 'Commands are accepted again once the connection is back.',
  reconnecting: 'Reconnecting …',
  backLabel: 'Back online',
  sending_one: 'Sending {{count}} change …',
  sending_other: 'Sending {{count}} changes …',
};
