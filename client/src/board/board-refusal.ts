import { WS_CLOSE } from '@mutopia/shared';

export type BoardRefusal =
  | 'boardFull'
  | 'textTooLong'
  | 'pendingOverflow'
  | 'malformedUpdate'
  | 'boardCrowded'
  | 'workshopDeleted'
  | 'boardDeleted';

const BY_CODE: ReadonlyMap<number, BoardRefusal> = new Map([
  [WS_CLOSE.boardFull.code, 'boardFull'],
  [WS_CLOSE.textTooLong.code, 'textTooLong'],
  [WS_CLOSE.pendingOverflow.code, 'pendingOverflow'],
  [WS_CLOSE.malformedUpdate.code, 'malformedUpdate'],
  [WS_CLOSE.boardCrowded.code, 'boardCrowded'],
]);

/**
 * The refusal a board's close code stands for, or null for closes the offline
 * line already covers. 4410 is a deleted workshop or, by its reason, a deleted
 * plain board: either way there is nothing to reconnect to.
 */
export function boardRefusalOf(code: number | undefined, reason?: string): BoardRefusal | null {
  if (code === undefined) return null;
  if (code === WS_CLOSE.workshopDeleted.code) {
    return reason === WS_CLOSE.boardDeleted.reason ? 'boardDeleted' : 'workshopDeleted';
  }
  return BY_CODE.get(code) ?? null;
}
