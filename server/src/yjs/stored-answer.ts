import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { encodeUpdate, MESSAGE_SYNC } from './messages.js';

/**
 * Past this many stored parts (snapshot plus log rows) the answer is left to the
 * loaded document: a client applying thousands of small messages is no faster
 * than the server applying them once.
 */
const MAX_PARTS = 1000;

/** A Yjs update that changes nothing. */
const EMPTY_UPDATE = new Uint8Array([0, 0]);

/**
 * The board's full stored state as protocol messages, built from the stored
 * bytes without decoding them: the snapshot, then the log's updates in the order
 * they were stored (each builds on what came before, so the client applies it at
 * once; sent before the snapshot, every one waited as "pending" and was retried
 * against each later one), then an empty sync step 2, which a y-websocket
 * client takes as "synced" (it holds the whole board by then). Sent to the
 * client whose connection loads the board, before the server spends its own
 * time applying the same bytes to its document. Null when there is nothing
 * stored or too much to send this way.
 */
export function storedAnswer(parts: readonly Uint8Array[]): Uint8Array[] | null {
  if (parts.length === 0 || parts.length > MAX_PARTS) return null;
  const step2 = encoding.createEncoder();
  encoding.writeVarUint(step2, MESSAGE_SYNC);
  encoding.writeVarUint(step2, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(step2, EMPTY_UPDATE);
  return [...parts.map((update) => encodeUpdate(update)), encoding.toUint8Array(step2)];
}

/**
 * A client's state vector (from its sync step 1) raised to what the stored
 * answer gave it (`held`): the reply then carries only what the client lacks
 * beyond that, not the whole board a second time. What it held beyond `held`
 * (its own offline edits) stays. Undecodable input is returned unchanged, for
 * the sync code to refuse as before.
 */
export function raiseStateVector(vector: Uint8Array, held: Uint8Array): Uint8Array {
  try {
    const merged = Y.decodeStateVector(vector);
    for (const [client, clock] of Y.decodeStateVector(held)) {
      if ((merged.get(client) ?? 0) < clock) merged.set(client, clock);
    }
    return Y.encodeStateVector(merged);
  } catch {
    return vector;
  }
}
