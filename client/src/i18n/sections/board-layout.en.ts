import type { DeepStrings } from '../messages-type';
import type { boardLayoutDe } from './board-layout';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const boardLayoutEn: DeepStrings<typeof boardLayoutDe> = {
  tidy: 'Tidy up',
  tidyBoard: 'Tidy up the board: arrange all notes in a grid (undo with Ctrl+Z)',
  tidyGroup: 'Tidy up group “{{title}}”: arrange its notes inside the frame (undo with Ctrl+Z)',
  byTeam: 'by {{team}}',
};
