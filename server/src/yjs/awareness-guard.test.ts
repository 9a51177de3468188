import { describe, expect, it } from 'vitest';
import {
  decodeAwarenessUpdate,
  encodeAwarenessUpdate,
  filterAwarenessUpdate,
  MAX_AWARENESS_STATE_BYTES,
  MAX_CLIENT_IDS_PER_CONNECTION,
} from './awareness-guard.js';

const me = { name: 'me' };
const other = { name: 'other' };

function update(...entries: Array<[number, string]>): Uint8Array {
  return encodeAwarenessUpdate(entries.map(([clientId, state]) => ({ clientId, clock: 1, state })));
}

function ids(filtered: Uint8Array | null): number[] {
  return filtered ? decodeAwarenessUpdate(filtered).map((e) => e.clientId) : [];
}

describe('awareness guard', () => {
  const owners = new Map<number, unknown>([
    [1, me],
    [2, other],
  ]);
  const ownerOf = (id: number) => owners.get(id);

  it('lets a connection update and remove its own client ids', () => {
    expect(ids(filterAwarenessUpdate(update([1, '{"x":1}'], [1, 'null']), ownerOf, me, 1))).toEqual([1, 1]);
  });

  it('drops entries for ids owned by another connection, removals included', () => {
    expect(filterAwarenessUpdate(update([2, 'null']), ownerOf, me, 1)).toBeNull();
    expect(ids(filterAwarenessUpdate(update([2, '{}'], [1, '{}']), ownerOf, me, 1))).toEqual([1]);
  });

  it('lets a connection introduce new ids up to a limit, but not remove unknown ones', () => {
    const fresh = Array.from({ length: MAX_CLIENT_IDS_PER_CONNECTION + 2 }, (_, i): [number, string] => [
      100 + i,
      '{}',
    ]);
    expect(ids(filterAwarenessUpdate(update(...fresh), ownerOf, me, 0))).toHaveLength(MAX_CLIENT_IDS_PER_CONNECTION);
    expect(filterAwarenessUpdate(update([999, 'null']), ownerOf, me, 0)).toBeNull();
  });

  it('drops oversize states', () => {
    const big = JSON.stringify({ pad: 'x'.repeat(MAX_AWARENESS_STATE_BYTES) });
    expect(filterAwarenessUpdate(update([1, big]), ownerOf, me, 1)).toBeNull();
  });

  it('throws on a malformed update', () => {
    expect(() => decodeAwarenessUpdate(new Uint8Array([5, 1]))).toThrow();
  });
});
