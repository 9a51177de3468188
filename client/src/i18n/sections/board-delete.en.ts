import type { DeepStrings } from '../messages-type';
import type { boardDeleteDe } from './board-delete';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const boardDeleteEn: DeepStrings<typeof boardDeleteDe> = {
  button: 'Delete board',
  confirm: 'Delete this board with all its notes for everyone, for good? This cannot be undone.',
  failed: 'The board could not be deleted. Please try again.',
};
