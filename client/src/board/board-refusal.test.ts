import { WS_CLOSE } from '@mutopia/shared';
import { describe, expect, it } from 'vitest';
import { boardRefusalOf } from './board-refusal';

describe('boardRefusalOf', () => {
  it('names the server refusals a person must be told about', () => {
    expect(boardRefusalOf(WS_CLOSE.boardFull.code)).toBe('boardFull');
    expect(boardRefusalOf(WS_CLOSE.textTooLong.code)).toBe('textTooLong');
    expect(boardRefusalOf(WS_CLOSE.pendingOverflow.code)).toBe('pendingOverflow');
    expect(boardRefusalOf(WS_CLOSE.malformedUpdate.code)).toBe('malformedUpdate');
    expect(boardRefusalOf(WS_CLOSE.boardCrowded.code)).toBe('boardCrowded');
  });

  it('tells a deleted workshop from a deleted board by the reason of 4410', () => {
    expect(boardRefusalOf(WS_CLOSE.workshopDeleted.code, WS_CLOSE.workshopDeleted.reason)).toBe('workshopDeleted');
    expect(boardRefusalOf(WS_CLOSE.boardDeleted.code, WS_CLOSE.boardDeleted.reason)).toBe('boardDeleted');
    expect(boardRefusalOf(WS_CLOSE.workshopDeleted.code)).toBe('workshopDeleted');
  });

  it('leaves ordinary closes to the offline line', () => {
    expect(boardRefusalOf(WS_CLOSE.shuttingDown.code)).toBeNull();
    expect(boardRefusalOf(1006)).toBeNull();
    expect(boardRefusalOf(undefined)).toBeNull();
  });
});
