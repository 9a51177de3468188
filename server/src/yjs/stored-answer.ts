import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { encodeUpdate, MESSAGE_SYNC } from './messages.js';

/**
 * Past this many stored parts (snapshot plus log rows) the answer is left to the
 * loaded document: a client applying thousands of small messages is no faster
 * than the server applying them once.
 */
const MAX_PARTS = 1000;

/**
 * The board's full stored state as protocol messages, built from the stored
 * bytes without decoding them: the log's updates, then the snapshot as sync
 * step 2, which a y-websocket client takes as "synced" (it holds the whole board
 * by then). Sent to the client whose connection loads the board, before the
 * server spends its own time applying the same bytes to its document. Null when
 * there is nothing stored or too much to send this way.
 */
export function storedAnswer(parts: readonly Uint8Array[]): Uint8Array[] | null {
  if (parts.length === 0 || parts.length > MAX_PARTS) return null;
  const [snapshot, ...log] = parts;
  const step2 = encoding.createEncoder();
  encoding.writeVarUint(step2, MESSAGE_SYNC);
  encoding.writeVarUint(step2, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(step2, snapshot!);
  return [...log.map((update) => encodeUpdate(update)), encoding.toUint8Array(step2)];
}
