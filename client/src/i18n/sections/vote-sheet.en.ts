import type { DeepStrings } from '../messages-type';
import type { voteSheetDe } from './vote-sheet';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const voteSheetEn: DeepStrings<typeof voteSheetDe> = {
  showResult: 'See the result of the vote',
  showVote: 'See the vote',
  hide: 'Hide',
};
