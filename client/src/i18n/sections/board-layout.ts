/** Who wrote a note and "Aufräumen" on boards that many teams share. */
export const boardLayoutDe = {
  tidy: 'Aufräumen',
  tidyBoard: 'Board aufräumen: alle Notizen im Raster anordnen (rückgängig mit Strg+Z)',
  tidyGroup: 'Gruppe „{{title}}“ aufräumen: ihre Notizen im Rahmen anordnen (rückgängig mit Strg+Z)',
  byTeam: 'von {{team}}',
};
