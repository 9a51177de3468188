import type { DeepStrings } from '../messages-type';

/** The creator's "delete this board" control on a plain board. */
export const boardDeleteDe = {
  button: 'Board löschen',
  confirm: 'Dieses Board mit allen Notizen für alle endgültig löschen? Das lässt sich nicht rückgängig machen.',
  failed: 'Das Board konnte nicht gelöscht werden. Versuche es noch einmal.',
};

export const boardDeleteEn: DeepStrings<typeof boardDeleteDe> = {
  button: 'Delete board',
  confirm: 'Delete this board with all its notes for everyone, for good? This cannot be undone.',
  failed: 'The board could not be deleted. Please try again.',
};
