/**
 * The two wire framings the load clients speak. Both carry the standard
 * y-protocols sync and awareness messages:
 * - y-websocket (Mutopia, y-websocket): `varUint type, payload`, one document per socket;
 * - Hocuspocus: `varString documentName, varUint type, payload`, and an auth
 *   message before anything else.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;
/** Hocuspocus: sync answered without a new step 1. */
export const MESSAGE_SYNC_REPLY = 4;
/** Hocuspocus: the acknowledgement of a stored update. */
export const MESSAGE_SYNC_STATUS = 8;

export type Framing = 'y-websocket' | 'hocuspocus';

export interface Framer {
  /** A new encoder with the frame header (document name for Hocuspocus) and message type written. */
  start(type: number): encoding.Encoder;
  /** A decoder for an incoming frame, past the header; returns the message type with it. */
  open(data: Uint8Array): { type: number; decoder: decoding.Decoder };
  /** Messages to send when the socket opens, before sync step 1. */
  hello(): Uint8Array[];
}

export function framer(framing: Framing, documentName: string): Framer {
  if (framing === 'y-websocket') {
    return {
      start(type) {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, type);
        return encoder;
      },
      open(data) {
        const decoder = decoding.createDecoder(data);
        return { type: decoding.readVarUint(decoder), decoder };
      },
      hello: () => [],
    };
  }
  return {
    start(type) {
      const encoder = encoding.createEncoder();
      encoding.writeVarString(encoder, documentName);
      encoding.writeVarUint(encoder, type);
      return encoder;
    },
    open(data) {
      const decoder = decoding.createDecoder(data);
      decoding.readVarString(decoder);
      return { type: decoding.readVarUint(decoder), decoder };
    },
    hello() {
      // Auth message: AuthMessageType.Token (0) and an empty token; the bench server has no onAuthenticate hook.
      const encoder = this.start(MESSAGE_AUTH);
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarString(encoder, '');
      return [encoding.toUint8Array(encoder)];
    },
  };
}
