import * as decoding from 'lib0/decoding';
import { rateBucket } from '../rate-bucket.js';
import { LIMITS, WS_CLOSE } from '@mutopia/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import { filterAwarenessUpdate } from './awareness-guard.js';
import type { TicketHolder } from './board-tickets.js';
import type { BoardPeer, HostedBoard } from './hosted-board.js';
import { inspectBoardUpdate } from './schema-guard.js';
import { raiseStateVector } from './stored-answer.js';
import { applyWatchingTexts, dropPending, pendingBytes, trimTexts } from './write-guard.js';
import {
  encodeSyncStep1,
  encodeSyncStep2,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
} from './messages.js';

/** A peer with this much unsent data cannot keep up; dropping it lets it resync on reconnect instead of growing our memory. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

export interface SyncConnectionOptions {
  canWrite: boolean;
  /** Who opened it, for workshop boards (null: a plain board, open to anyone with the link). */
  owner: TicketHolder | null;
  /** Past this stored size the board takes only updates without new content (deletions). */
  maxBoardBytes: number;
  onClose: (connection: SyncConnection) => void;
  onProtocolError: (error: unknown) => void;
  /** What the peer was sent from the stored bytes while its board loaded (a state vector), if anything. */
  peerHolds?: Uint8Array | null;
}

/** One WebSocket speaking the y-websocket protocol for one board. */
export class SyncConnection implements BoardPeer {
  readonly awarenessClients = new Set<number>();
  alive = true;
  /** Set once we close it: whatever the peer still sends is dropped, not applied. */
  private closing = false;
  private readonly bucket = rateBucket(LIMITS.wsMessagesPerSecond, LIMITS.wsMessageBurst);
  private corked = false;
  private peerHolds: Uint8Array | null;

  constructor(
    readonly ws: WebSocket,
    readonly board: HostedBoard,
    private readonly options: SyncConnectionOptions,
  ) {
    this.peerHolds = options.peerHolds ?? null;
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data, isBinary) => this.receive(data as Buffer, isBinary));
    ws.on('pong', () => {
      this.alive = true;
    });
    ws.on('close', () => options.onClose(this));
    ws.on('error', () => ws.terminate());
  }

  start(): void {
    this.send(encodeSyncStep1(this.board.doc));
    const presence = this.board.presenceSnapshot();
    if (presence) this.send(presence);
  }

  send(message: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.ws.terminate();
      return;
    }
    this.cork();
    this.ws.send(message, { binary: true });
  }

  /**
   * Holds this socket's writes until the current turn ends: whatever a flush
   * and a presence tick send it in one go leaves in one write syscall.
   */
  private cork(): void {
    if (this.corked) return;
    const socket = (this.ws as unknown as { _socket?: Socket })._socket;
    if (!socket) return;
    this.corked = true;
    socket.cork();
    process.nextTick(() => {
      this.corked = false;
      socket.uncork();
    });
  }

  get owner(): TicketHolder | null {
    return this.options.owner;
  }

  close(code: number, reason: string): void {
    this.closing = true;
    this.ws.close(code, reason);
  }

  /** One message from the peer (also those it sent while its board was loading, see EarlyMessages). */
  receive(data: Buffer, isBinary: boolean): void {
    // Frames the peer sent before it saw our close frame arrive after it.
    if (this.closing) return;
    if (!this.bucket.tryRemoveTokens(1)) {
      this.close(WS_CLOSE.rateLimited.code, WS_CLOSE.rateLimited.reason);
      return;
    }
    try {
      if (!isBinary) throw new Error('text frame');
      this.handle(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch (error) {
      this.options.onProtocolError(error);
      this.close(WS_CLOSE.undecodable.code, WS_CLOSE.undecodable.reason);
    }
  }

  private handle(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC:
        this.handleSync(decoder);
        return;
      case MESSAGE_AWARENESS: {
        const update = decoding.readVarUint8Array(decoder);
        if (!this.options.canWrite) return;
        const board = this.board;
        const allowed = filterAwarenessUpdate(update, (id) => board.ownerOf(id), this, this.awarenessClients.size);
        if (allowed) awarenessProtocol.applyAwarenessUpdate(board.awareness, allowed, this);
        return;
      }
      case MESSAGE_QUERY_AWARENESS: {
        const presence = this.board.presenceSnapshot();
        if (presence) this.send(presence);
        return;
      }
      default:
        throw new Error(`unknown message type ${type}`);
    }
  }

  private handleSync(decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    switch (syncType) {
      case syncProtocol.messageYjsSyncStep1: {
        let vector = decoding.readVarUint8Array(decoder);
        // Its first question after the stored answer: that much it holds already.
        if (this.peerHolds) vector = raiseStateVector(vector, this.peerHolds);
        this.peerHolds = null;
        this.send(encodeSyncStep2(this.board.doc, vector));
        return;
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        const update = decoding.readVarUint8Array(decoder);
        if (this.options.canWrite) this.applyUpdate(update);
        return;
      }
      default:
        throw new Error(`unknown sync message type ${syncType}`);
    }
  }

  /** Every check that needs no decoding comes first; those that need the document, right after. */
  private applyUpdate(update: Uint8Array): void {
    let structs: number;
    try {
      // Counts checked against the bytes, and no shape the board schema does not have.
      structs = inspectBoardUpdate(this.board.doc, update).structs;
    } catch (error) {
      this.options.onProtocolError(error);
      this.close(WS_CLOSE.malformedUpdate.code, WS_CLOSE.malformedUpdate.reason);
      return;
    }
    const board = this.board;
    if (structs > 0 && board.storedBytes + update.byteLength > this.options.maxBoardBytes) {
      this.close(WS_CLOSE.boardFull.code, WS_CLOSE.boardFull.reason);
      return;
    }
    const overlong = applyWatchingTexts(board.doc, update, this);
    if (overlong.length > 0) {
      trimTexts(board.doc, overlong);
      this.close(WS_CLOSE.textTooLong.code, WS_CLOSE.textTooLong.reason);
      return;
    }
    if (pendingBytes(board.doc) > LIMITS.pendingMaxBytes) {
      dropPending(board.doc);
      this.close(WS_CLOSE.pendingOverflow.code, WS_CLOSE.pendingOverflow.reason);
    }
  }
}
