import { WS_CLOSE } from '@mutopia/shared';

export type BoardRefusal = 'boardFull' | 'textTooLong' | 'pendingOverflow' | 'malformedUpdate' | 'boardCrowded';

const BY_CODE: ReadonlyMap<number, BoardRefusal> = new Map([
  [WS_CLOSE.boardFull.code, 'boardFull'],
  [WS_CLOSE.textTooLong.code, 'textTooLong'],
  [WS_CLOSE.pendingOverflow.code, 'pendingOverflow'],
  [WS_CLOSE.malformedUpdate.code, 'malformedUpdate'],
  [WS_CLOSE.boardCrowded.code, 'boardCrowded'],
]);

/** The refusal a board's close code stands for, or null for closes the offline line already covers. */
export function boardRefusalOf(code: number | undefined): BoardRefusal | null {
  return code === undefined ? null : (BY_CODE.get(code) ?? null);
}
