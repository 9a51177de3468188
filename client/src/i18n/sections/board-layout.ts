import type { DeepStrings } from '../messages-type';

/** Who wrote a note and "Aufräumen" on boards that many teams share. */
export const boardLayoutDe = {
  tidy: 'Aufräumen',
  tidyBoard: 'Board aufräumen: alle Notizen im Raster anordnen (rückgängig mit Strg+Z)',
  tidyGroup: 'Gruppe „{{title}}“ aufräumen: ihre Notizen im Rahmen anordnen (rückgängig mit Strg+Z)',
  byTeam: 'von {{team}}',
};

export const boardLayoutEn: DeepStrings<typeof boardLayoutDe> = {
  tidy: 'Tidy up',
  tidyBoard: 'Tidy up the board: arrange all notes in a grid (undo with Ctrl+Z)',
  tidyGroup: 'Tidy up group “{{title}}”: arrange its notes inside the frame (undo with Ctrl+Z)',
  byTeam: 'by {{team}}',
};
