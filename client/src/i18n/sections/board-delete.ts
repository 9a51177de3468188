/** The creator's "delete this board" control on a plain board. */
export const boardDeleteDe = {
  button: 'Board löschen',
  confirm: 'Dieses Board mit allen Notizen für alle endgültig löschen? Das lässt sich nicht rückgängig machen.',
  failed: 'Das Board konnte nicht gelöscht werden. Versuche es noch einmal.',
};
