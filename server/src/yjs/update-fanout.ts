import * as Y from 'yjs';
import { encodeUpdate } from './messages.js';

/** A document update and who made it (a peer, the server, or the stored state). */
export interface MadeUpdate {
  update: Uint8Array;
  origin: unknown;
}

/**
 * Sends the updates of one durable flush as one message per peer: everyone
 * gets the whole batch merged, except that a peer that made some of it gets
 * only the others' updates. It must not miss a concurrent update of another
 * peer, and an echo of its own would only cost bytes and an apply.
 */
export function fanOutUpdates<P>(
  batch: readonly MadeUpdate[],
  peers: Iterable<P>,
  send: (peer: P, message: Uint8Array) => void,
): void {
  if (batch.length === 0) return;
  const byOrigin = new Map<unknown, number>();
  for (const made of batch) byOrigin.set(made.origin, (byOrigin.get(made.origin) ?? 0) + 1);
  let toAll: Uint8Array | undefined;
  for (const peer of peers) {
    const own = byOrigin.get(peer) ?? 0;
    if (own === 0) {
      toAll ??= encodeUpdate(merged(batch.map((m) => m.update)));
      send(peer, toAll);
    } else if (own < batch.length) {
      // Few peers write in the same flush; each of them costs one more merge.
      send(peer, encodeUpdate(merged(batch.filter((m) => m.origin !== peer).map((m) => m.update))));
    }
  }
}

function merged(updates: Uint8Array[]): Uint8Array {
  return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
}
