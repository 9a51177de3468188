import type { DeepStrings } from '../messages-type';
import type { boardRefusalDe } from './board-refusal';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
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
