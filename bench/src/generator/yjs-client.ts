import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  framer,
  MESSAGE_AWARENESS,
  MESSAGE_AUTH,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  MESSAGE_SYNC_REPLY,
  MESSAGE_SYNC_STATUS,
  type Framer,
} from './framing.js';
import type { LatencyTracker } from './latency.js';
import type { Traffic } from './traffic.js';
import type { Target } from '../servers/types.js';
import { nextSourceAddress } from './source-address.js';

/**
 * Every edit writes its sender's sequence number into the board's `meta` map
 * (key `bench.<sender>`), in the same transaction as the edit: a top-level
 * type of its own would be refused by Mutopia's board schema check.
 */
export const STAMP_MAP = 'meta';
const STAMP_PREFIX = 'bench.';

export interface ClientOptions {
  target: Target;
  boardId: string;
  /** Unique number of this client in the generator (the sender id of its edits). */
  index: number;
  traffic: Traffic;
  tracker?: LatencyTracker;
  /**
   * `full`: a real Yjs replica applying every update (the default);
   * `light`: presents `stateVector` as a reconnecting client would and only
   * waits for the server's answer (the reconnect storm: it does not re-apply the board).
   */
  mode?: 'full' | 'light';
  stateVector?: Uint8Array;
}

const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

/**
 * A lean y-websocket / Hocuspocus client: one WebSocket, one Y.Doc, the
 * standard sync protocol, and awareness sent by hand (incoming awareness is
 * counted, not applied: no client here renders cursors).
 */
export class YjsClient {
  readonly doc = new Y.Doc();
  ws: WebSocket | undefined;
  synced = false;
  syncedAt = Number.POSITIVE_INFINITY;
  connectStartedAt = 0;
  /** Bytes received until synced (cold load). */
  bytesUntilSynced = 0;
  /** Time this client spent applying what the server sent until it was synced (cold load: the client's share). */
  applyUntilSyncedMs = 0;
  closed = false;
  closeCode: number | undefined;
  private readonly framer: Framer;
  private readonly lastSeen = new Map<number, number>();
  private awarenessClock = 0;
  private seq = 0;
  private onSyncedOnce: (() => void) | undefined;
  private onFailOnce: ((error: Error) => void) | undefined;
  /** Peers on the same board, for the number of receivers an edit needs. */
  board: { clients: YjsClient[] } | undefined;

  constructor(readonly options: ClientOptions) {
    this.framer = framer(options.target.framing, options.boardId);
    if (options.mode !== 'light') {
      this.doc.on('update', this.onLocalUpdate);
      if (options.tracker) this.doc.getMap<number>(STAMP_MAP).observe(this.onStamp);
    }
  }

  get url(): string {
    const { target, boardId } = this.options;
    return target.framing === 'hocuspocus' ? target.wsUrl : `${target.wsUrl}${target.yjsPath}/${boardId}`;
  }

  /** Opens the socket and resolves when the initial sync is complete. */
  connect(timeoutMs = 30_000): Promise<void> {
    this.connectStartedAt = performance.now();
    const ws = new WebSocket(this.url, {
      perMessageDeflate: false,
      localAddress: nextSourceAddress(),
    });
    ws.binaryType = 'nodebuffer';
    this.ws = ws;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`sync of ${this.options.boardId} timed out`));
        ws.terminate();
      }, timeoutMs);
      this.onSyncedOnce = () => {
        clearTimeout(timer);
        resolve();
      };
      this.onFailOnce = (error) => {
        clearTimeout(timer);
        reject(error);
      };
      ws.on('open', () => {
        for (const hello of this.framer.hello()) this.sendRaw(hello);
        const encoder = this.framer.start(MESSAGE_SYNC);
        if (this.options.mode === 'light' && this.options.stateVector) {
          encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
          encoding.writeVarUint8Array(encoder, this.options.stateVector);
        } else {
          syncProtocol.writeSyncStep1(encoder, this.doc);
        }
        this.sendRaw(encoding.toUint8Array(encoder));
      });
      ws.on('message', (data: Buffer) => this.onMessage(data));
      ws.on('error', (error) => this.fail(error));
      ws.on('close', (code) => {
        this.closed = true;
        this.closeCode = code;
        this.fail(new Error(`socket closed with ${code}`));
      });
    });
  }

  private fail(error: Error): void {
    const fail = this.onFailOnce;
    this.onFailOnce = undefined;
    this.onSyncedOnce = undefined;
    fail?.(error);
  }

  private markSynced(): void {
    if (this.synced) return;
    this.synced = true;
    this.syncedAt = performance.now();
    const done = this.onSyncedOnce;
    this.onSyncedOnce = undefined;
    this.onFailOnce = undefined;
    done?.();
  }

  private sendRaw(message: Uint8Array): void {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return;
    this.options.traffic.msgsOut++;
    this.options.traffic.bytesOut += message.byteLength;
    ws.send(message);
  }

  private readonly onLocalUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    const encoder = this.framer.start(MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    this.sendRaw(encoding.toUint8Array(encoder));
  };

  private readonly onStamp = (event: Y.YMapEvent<number>): void => {
    if (event.transaction.origin !== this) return;
    const tracker = this.options.tracker!;
    const now = performance.now();
    const stamps = this.doc.getMap<number>(STAMP_MAP);
    for (const key of event.keysChanged) {
      if (!key.startsWith(STAMP_PREFIX)) continue;
      const sender = Number(key.slice(STAMP_PREFIX.length));
      const seq = stamps.get(key);
      if (typeof seq !== 'number' || sender === this.options.index) continue;
      // Updates may arrive merged: every sequence number up to this one has now been applied.
      const from = (this.lastSeen.get(sender) ?? seq - 1) + 1;
      for (let s = from; s <= seq; s++) tracker.delivered(sender, s, this.syncedAt, now);
      this.lastSeen.set(sender, seq);
    }
  };

  private onMessage(data: Buffer): void {
    const traffic = this.options.traffic;
    traffic.msgsIn++;
    traffic.bytesIn += data.byteLength;
    if (!this.synced) this.bytesUntilSynced += data.byteLength;
    const { type, decoder } = this.framer.open(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    switch (type) {
      case MESSAGE_SYNC:
      case MESSAGE_SYNC_REPLY:
        this.onSync(decoder);
        return;
      case MESSAGE_AWARENESS:
      case MESSAGE_AUTH:
      case MESSAGE_SYNC_STATUS:
      case MESSAGE_QUERY_AWARENESS:
      default:
        return;
    }
  }

  private onSync(decoder: decoding.Decoder): void {
    const reply = this.framer.start(MESSAGE_SYNC);
    const headerLength = encoding.length(reply);
    if (this.options.mode === 'light') {
      const syncType = decoding.readVarUint(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        encoding.writeVarUint(reply, syncProtocol.messageYjsSyncStep2);
        encoding.writeVarUint8Array(reply, EMPTY_UPDATE);
        this.sendRaw(encoding.toUint8Array(reply));
      } else if (syncType === syncProtocol.messageYjsSyncStep2) {
        this.markSynced();
      }
      return;
    }
    const applyStarted = performance.now();
    const syncType = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
    if (!this.synced) this.applyUntilSyncedMs += performance.now() - applyStarted;
    if (encoding.length(reply) > headerLength) this.sendRaw(encoding.toUint8Array(reply));
    if (syncType === syncProtocol.messageYjsSyncStep2) this.markSynced();
  }

  /** Peers on this board that must apply an edit made now. */
  private receivers(): number {
    let n = 0;
    for (const peer of this.board?.clients ?? []) if (peer !== this && peer.synced && !peer.closed) n++;
    return n;
  }

  /** Runs `edit` in one transaction with this client's next stamp, and registers it for latency. */
  edit(edit: (doc: Y.Doc) => void): void {
    const seq = ++this.seq;
    this.options.tracker?.register(this.options.index, seq, this.receivers());
    this.doc.transact(() => {
      edit(this.doc);
      this.doc.getMap<number>(STAMP_MAP).set(`${STAMP_PREFIX}${this.options.index}`, seq);
    });
  }

  /** Publishes this client's presence (cursor, name) as one awareness update. */
  sendAwareness(state: unknown): void {
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, this.doc.clientID);
    encoding.writeVarUint(inner, ++this.awarenessClock);
    encoding.writeVarString(inner, JSON.stringify(state));
    const encoder = this.framer.start(MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
    this.sendRaw(encoding.toUint8Array(encoder));
  }

  close(): void {
    this.closed = true;
    this.onSyncedOnce = undefined;
    this.onFailOnce = undefined;
    this.ws?.terminate();
    this.doc.destroy();
  }

  /** Closes the socket cleanly and waits for the close handshake (bounded). */
  closeGracefully(timeoutMs = 2000): Promise<void> {
    const ws = this.ws;
    if (!ws || ws.readyState === WebSocket.CLOSED) {
      this.close();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.close();
        resolve();
      }, timeoutMs);
      ws.once('close', () => {
        clearTimeout(timer);
        this.close();
        resolve();
      });
      this.onFailOnce = undefined;
      ws.close(1000);
    });
  }
}
