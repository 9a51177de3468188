import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state as JSON text; "null" means the client is removing itself. */
  state: string;
}

/** Largest awareness state (cursor, name, selection) one client may publish. */
export const MAX_AWARENESS_STATE_BYTES = 8 * 1024;
/** Client ids one connection may introduce; a browser tab uses one. */
export const MAX_CLIENT_IDS_PER_CONNECTION = 4;

/** Reads an awareness update (y-protocols/awareness wire format); throws on malformed input. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({
      clientId: decoding.readVarUint(decoder),
      clock: decoding.readVarUint(decoder),
      state: decoding.readVarString(decoder),
    });
  }
  return entries;
}

export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Keeps only the entries a connection may apply: states of client ids it owns,
 * or new ids it introduces (up to a limit). Another connection's presence can
 * be neither overwritten nor removed. Returns null when nothing is left.
 */
export function filterAwarenessUpdate(
  update: Uint8Array,
  ownerOf: (clientId: number) => unknown,
  self: unknown,
  alreadyOwned: number,
): Uint8Array | null {
  let owned = alreadyOwned;
  const kept = decodeAwarenessUpdate(update).filter((entry) => {
    if (entry.state.length > MAX_AWARENESS_STATE_BYTES) return false;
    const owner = ownerOf(entry.clientId);
    if (owner === self) return true;
    if (owner !== undefined || entry.state === 'null') return false;
    if (owned >= MAX_CLIENT_IDS_PER_CONNECTION) return false;
    owned++;
    return true;
  });
  return kept.length > 0 ? encodeAwarenessUpdate(kept) : null;
}
