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
