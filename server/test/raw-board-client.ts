import type { Socket } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { YJS_PATH } from '@mutopia/shared';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

/**
 * A y-websocket client without the provider's conveniences, so a test can see
 * every message the server sends it: which updates came in which message, and
 * which presence.
 */
export class RawBoardClient {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly ws: WebSocket;
  synced = false;
  /** Document updates received after the initial sync, one entry per message. */
  readonly updates: Uint8Array[] = [];
  /** Awareness messages received, one entry per message: the client ids each carried. */
  readonly presence: number[][] = [];
  closeCode: number | undefined;

  constructor(wsUrl: string, boardId: string) {
    this.awareness.setLocalState(null);
    this.ws = new WebSocket(`${wsUrl}${YJS_PATH}/${boardId}`);
    this.ws.binaryType = 'nodebuffer';
    this.ws.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      this.ws.send(encoding.toUint8Array(encoder));
    });
    this.ws.on('message', (data: Buffer) => this.onMessage(new Uint8Array(data)));
    this.ws.on('close', (code) => {
      this.closeCode = code;
    });
  }

  private onMessage(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AWARENESS) {
      const update = decoding.readVarUint8Array(decoder);
      const ids: number[] = [];
      const inner = decoding.createDecoder(update);
      const count = decoding.readVarUint(inner);
      for (let i = 0; i < count; i++) {
        ids.push(decoding.readVarUint(inner));
        decoding.readVarUint(inner);
        decoding.readVarString(inner);
      }
      this.presence.push(ids);
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, this);
      return;
    }
    if (type !== MESSAGE_SYNC) return;
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep2(encoder, this.doc, decoding.readVarUint8Array(decoder));
      this.ws.send(encoding.toUint8Array(encoder));
      return;
    }
    const update = decoding.readVarUint8Array(decoder);
    Y.applyUpdate(this.doc, update, this);
    if (syncType === syncProtocol.messageYjsSyncStep2) this.synced = true;
    // Before that, updates are the stored board the server answers a loading connection with.
    else if (this.synced) this.updates.push(update);
  }

  /**
   * Sends these updates in one TCP write, so the server reads them in one
   * event-loop turn, as it does a quick burst of edits.
   */
  sendUpdates(updates: Uint8Array[]): void {
    const socket = (this.ws as unknown as { _socket: Socket })._socket;
    socket.cork();
    for (const update of updates) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      this.ws.send(encoding.toUint8Array(encoder));
    }
    socket.uncork();
  }

  /** Publishes a presence state for `clientId` (this client's doc id by default). */
  sendPresence(state: unknown, clock: number, clientId = this.doc.clientID): void {
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
    this.ws.send(encoding.toUint8Array(encoder));
  }

  close(): void {
    this.ws.terminate();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** The updates `edit` makes to this client's document, one per transaction (the raw client sends nothing by itself). */
export function localUpdates(client: RawBoardClient, edit: (doc: Y.Doc) => void): Uint8Array[] {
  const out: Uint8Array[] = [];
  const record = (update: Uint8Array, origin: unknown) => {
    if (origin !== client) out.push(update);
  };
  client.doc.on('update', record);
  try {
    edit(client.doc);
  } finally {
    client.doc.off('update', record);
  }
  return out;
}
