import type { DeepStrings } from '../messages-type';

/** Why the server closed a board connection for good (close codes 4410–4422, see docs/protocol.md). */
export const boardRefusalDe = {
  boardFull: 'Diese Tafel ist voll. Neue Inhalte speichert der Server nicht mehr; Löschen geht noch nach dem Neuladen.',
  textTooLong: 'Ein Text war zu lang und wurde gekürzt. Lade die Seite neu, um weiterzuarbeiten.',
  pendingOverflow: 'Der Server hat Änderungen dieses Geräts verworfen. Lade die Seite neu.',
  malformedUpdate: 'Der Server konnte Änderungen dieses Geräts nicht lesen. Lade die Seite neu.',
  workshopDeleted: 'Dieser Workshop wurde gelöscht.',
  boardDeleted: 'Dieses Board wurde gelöscht.',
  boardCrowded:
    'Auf dieser Tafel sind gerade zu viele Personen. Der Browser versucht es gleich noch einmal; die Moderation kann die Gruppe auf mehrere Tafeln verteilen.',
};

export const boardRefusalEn: DeepStrings<typeof boardRefusalDe> = {
  boardFull: 'This board is full. The server no longer stores new content; deleting still works after a reload.',
  textTooLong: 'A text was too long and has been shortened. Reload the page to keep working.',
  pendingOverflow: 'The server discarded changes from this device. Reload the page.',
  malformedUpdate: 'The server could not read changes from this device. Reload the page.',
  workshopDeleted: 'This workshop has been deleted.',
  boardDeleted: 'This board has been deleted.',
  boardCrowded:
    'Too many people are on this board right now. The browser will try again shortly; the facilitators can split the group across several boards.',
};
