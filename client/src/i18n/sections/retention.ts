import type { DeepStrings } from '../messages-type';

/** German texts for deleting a workshop, its automatic deletion date and the server's creation secret. */
export const retentionDe = {
  heading: 'Daten und Löschen',
  deleteOn: 'Dieser Workshop wird am {{date}} automatisch gelöscht, {{days}} Tage nach seinem Datum.',
  keptForever: 'Dieser Server löscht Workshops nicht automatisch. Lösche ihn hier, wenn er nicht mehr gebraucht wird.',
  keepResults: 'Ergebnisse nach dem Löschen behalten (ohne Namen)',
  keepResultsHint:
    'Veröffentlichte Ergebnisse bleiben unter ihrem Link erreichbar: Fragen, Notizen, Schiffe und Abstimmungsergebnisse, aber keine Namen von Personen.',
  onlyFacilitator: 'Löschen und die Aufbewahrung ändern kann nur, wer den Moderationslink hat.',
  deleteButton: 'Workshop jetzt löschen …',
  confirmTitle: '„{{title}}“ endgültig löschen?',
  confirmLead: 'Gelöscht werden:',
  confirmBoards_one: '{{count}} Board mit allen Notizen, Gruppen, Personas und Schiffen',
  confirmBoards_other: '{{count}} Boards mit allen Notizen, Gruppen, Personas und Schiffen',
  confirmPeople_one: 'der Name der {{count}} Person, die beigetreten ist',
  confirmPeople_other: 'die Namen aller {{count}} Personen, die beigetreten sind',
  confirmRest: 'alle Fragen und Abstimmungen, der veröffentlichte Ergebnislink und die Verbindung zur Workshop-Reihe',
  confirmFinal: 'Das lässt sich nicht rückgängig machen. Alle Handys, Projektoren und Konsolen werden getrennt.',
  confirm: 'Endgültig löschen',
  deleting: 'Wird gelöscht …',
  deleted: '„{{title}}“ wurde gelöscht.',
  home: 'Zur Startseite',
  secretLabel: 'Erstellungs-Geheimnis',
  secretHint: 'Dieser Server verlangt zum Anlegen ein Geheimnis. Frag die Person, die ihn betreibt, und sende erneut.',
};

export const retentionEn: DeepStrings<typeof retentionDe> = {
  heading: 'Data and deletion',
  deleteOn: 'This workshop will be deleted automatically on {{date}}, {{days}} days after its date.',
  keptForever: 'This server does not delete workshops automatically. Delete it here once it is no longer needed.',
  keepResults: 'Keep the results after deletion (without names)',
  keepResultsHint:
    'Published results stay available at their link: questions, notes, ships and vote results, but no names of people.',
  onlyFacilitator: 'Only the holder of the facilitator link can delete or change what is kept.',
  deleteButton: 'Delete workshop now …',
  confirmTitle: 'Delete “{{title}}” for good?',
  confirmLead: 'This deletes:',
  confirmBoards_one: '{{count}} board with all its notes, groups, personas and ships',
  confirmBoards_other: '{{count}} boards with all their notes, groups, personas and ships',
  confirmPeople_one: 'the name of the {{count}} person who joined',
  confirmPeople_other: 'the names of all {{count}} people who joined',
  confirmRest: 'every question and vote, the published results link and the link to the workshop series',
  confirmFinal: 'This cannot be undone. Every phone, projector and console is disconnected.',
  confirm: 'Delete for good',
  deleting: 'Deleting …',
  deleted: '“{{title}}” has been deleted.',
  home: 'To the start page',
  secretLabel: 'Creation secret',
  secretHint: 'This server asks for a secret to create things. Ask the person who runs it, then send again.',
};
