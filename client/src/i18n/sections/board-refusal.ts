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
