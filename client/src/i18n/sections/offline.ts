import type { DeepStrings } from '../messages-type';

/** The offline line every view shows while the server cannot be reached. */
export const offlineDe = {
  label: 'Offline',
  edits: 'deine Änderungen bleiben auf diesem Gerät und werden gesendet, sobald die Verbindung zurück ist.',
  unconfirmed_one: '{{count}} Änderung ist noch nicht beim Server.',
  unconfirmed_other: '{{count}} Änderungen sind noch nicht beim Server.',
  allConfirmed: 'Alles Bisherige ist beim Server.',
  commands: 'Befehle werden erst wieder angenommen, wenn die Verbindung zurück ist.',
  reconnecting: 'Verbindung wird wiederhergestellt …',
  backLabel: 'Wieder verbunden',
  sending_one: '{{count}} Änderung wird gesendet …',
  sending_other: '{{count}} Änderungen werden gesendet …',
};

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
