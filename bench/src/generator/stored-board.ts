import { createNote, notesOf, readNotes, updateNote } from '@mutopia/shared';
import * as Y from 'yjs';
import type { Target } from '../servers/types.js';
import { sleep, waitUntil } from '../util/time.js';
import { Traffic } from './traffic.js';
import { YjsClient } from './yjs-client.js';

export interface PopulateRequest {
  target: Target;
  boardId: string;
  notes: number;
  /** Total updates, note creations included. */
  updates: number;
  writers: number;
  /** Updates per second per writer (Mutopia allows 200 messages/s per socket). */
  perWriterHz: number;
}

export interface PopulateReport {
  updatesSent: number;
  notes: number;
  /** The final state vector, base64: what a reconnecting client presents. */
  stateVector: string;
  wallMs: number;
}

let nextIndex = 1_000_000;

function client(target: Target, boardId: string, traffic = new Traffic(), extra: Partial<YjsClient['options']> = {}) {
  return new YjsClient({ target, boardId, index: nextIndex++, traffic, ...extra });
}

/**
 * Writes a board of `notes` notes through `updates` separate updates (one
 * transaction, one message each), from several writers in parallel. The
 * writers stay connected: the caller decides how the server goes down.
 */
export class Populator {
  private writers: YjsClient[] = [];

  async run(request: PopulateRequest): Promise<PopulateReport> {
    const started = performance.now();
    this.writers = Array.from({ length: request.writers }, () => client(request.target, request.boardId));
    await Promise.all(this.writers.map((w) => w.connect()));
    const notesPerWriter = Math.ceil(request.notes / request.writers);
    const perWriter = Math.ceil(request.updates / request.writers);
    const intervalMs = 1000 / request.perWriterHz;
    let sent = 0;
    await Promise.all(
      this.writers.map(async (writer, w) => {
        const mine: string[] = [];
        const ownNotes = Math.min(notesPerWriter, request.notes - w * notesPerWriter);
        for (let i = 0; i < perWriter && sent < request.updates; i++) {
          sent++;
          if (i < ownNotes || mine.length === 0) {
            const k = w * notesPerWriter + i;
            // A grid of 50 columns, as a well-used workshop board looks.
            mine.push(
              createNote(writer.doc, { x: (k % 50) * 220, y: Math.floor(k / 50) * 220, text: `note ${w}-${i}` }),
            );
          } else {
            const id = mine[i % mine.length]!;
            updateNote(writer.doc, id, { x: i % 5000, y: (i * 7) % 3000 });
          }
          await sleep(intervalMs);
        }
      }),
    );
    // Done when every writer holds every other writer's updates.
    const same = (): boolean => {
      const first = Y.encodeStateVector(this.writers[0]!.doc);
      return this.writers.every((w) => Buffer.from(Y.encodeStateVector(w.doc)).equals(Buffer.from(first)));
    };
    await waitUntil(same, 'writers to converge', 60_000, 50);
    const doc = this.writers[0]!.doc;
    return {
      updatesSent: sent,
      notes: notesOf(doc).size,
      stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
      wallMs: performance.now() - started,
    };
  }

  /** `graceful`: close handshakes (the server may then unload and compact); else just drop the sockets. */
  async close(graceful: boolean): Promise<void> {
    if (graceful) await Promise.all(this.writers.map((w) => w.closeGracefully()));
    else for (const w of this.writers) w.close();
    this.writers = [];
  }
}

export interface ColdLoadReport {
  /** Connect to the server's sync step 2. */
  syncMs: number;
  /** Connect until the client holds all `expectedNotes` notes (y-websocket may answer before its store has loaded). */
  completeMs: number;
  bytes: number;
  /** Of `syncMs`, the client applying the server's answer (the part no server can shorten). */
  clientApplyMs: number;
  notes: number;
}

/** A fresh client (empty document) loads the whole board. */
export async function coldLoad(target: Target, boardId: string, expectedNotes: number): Promise<ColdLoadReport> {
  const reader = client(target, boardId);
  await reader.connect();
  const syncMs = reader.syncedAt - reader.connectStartedAt;
  await waitUntil(() => notesOf(reader.doc).size >= expectedNotes, 'all notes to arrive', 30_000, 1).catch(() => {});
  const completeMs = performance.now() - reader.connectStartedAt;
  const report = {
    syncMs,
    completeMs,
    bytes: reader.bytesUntilSynced,
    clientApplyMs: reader.applyUntilSyncedMs,
    notes: notesOf(reader.doc).size,
  };
  // Dropped without a close handshake: the caller kills the server next.
  reader.close();
  return report;
}

export interface StormRequest {
  target: Target;
  boardId: string;
  clients: number;
  spreadMs: number;
  stateVector: string;
}

export interface StormReport {
  /** Per client, connect to synced, ms. */
  syncMs: number[];
  /** First connect to last synced. */
  totalMs: number;
  /** Last connect to last synced. */
  afterLastConnectMs: number;
  failed: number;
}

/** `clients` reconnecting clients (they present the board's state vector) arrive spread over `spreadMs`. */
export async function storm(request: StormRequest): Promise<StormReport> {
  const stateVector = new Uint8Array(Buffer.from(request.stateVector, 'base64'));
  const traffic = new Traffic();
  const clients = Array.from({ length: request.clients }, () =>
    client(request.target, request.boardId, traffic, { mode: 'light', stateVector }),
  );
  const offsets = clients.map((_, i) => (i / request.clients) * request.spreadMs).sort((a, b) => a - b);
  const t0 = performance.now();
  let lastConnect = t0;
  const results = await Promise.allSettled(
    clients.map(async (c, i) => {
      await sleep(offsets[i]!);
      lastConnect = Math.max(lastConnect, performance.now());
      await c.connect(60_000);
    }),
  );
  const done = Math.max(...clients.map((c) => (c.synced ? c.syncedAt : t0)));
  const report = {
    syncMs: clients.filter((c) => c.synced).map((c) => c.syncedAt - c.connectStartedAt),
    totalMs: done - t0,
    afterLastConnectMs: Math.max(0, done - lastConnect),
    failed: results.filter((r) => r.status === 'rejected').length,
  };
  for (const c of clients) c.close();
  return report;
}

/** S5: writers create notes in a burst while a watcher records every note it has received. */
export class Burst {
  private writers: YjsClient[] = [];
  private watcher: YjsClient | undefined;
  private timers: NodeJS.Timeout[] = [];
  written = 0;

  async start(target: Target, boardId: string, writers: number, perWriterHz: number): Promise<void> {
    this.watcher = client(target, boardId);
    this.writers = Array.from({ length: writers }, () => client(target, boardId));
    await Promise.all([this.watcher, ...this.writers].map((c) => c.connect()));
    this.writers.forEach((writer, w) => {
      let n = 0;
      this.timers.push(
        setInterval(() => {
          if (writer.closed) return;
          createNote(writer.doc, { x: n * 5, y: w * 200, text: `burst ${w}-${n++}` });
          this.written++;
        }, 1000 / perWriterHz),
      );
    });
  }

  seenCount(): number {
    return this.watcher ? notesOf(this.watcher.doc).size : 0;
  }

  /** Stops writing; returns the texts of every note the server had sent the watcher. */
  stop(): string[] {
    for (const t of this.timers) clearInterval(t);
    const seen = this.watcher ? readNotes(this.watcher.doc).map((n) => n.text) : [];
    for (const c of [...this.writers, this.watcher]) c?.close();
    return seen;
  }
}

/** A fresh client reads the board back; returns the note texts the server has. */
export async function readBack(target: Target, boardId: string, settleMs: number): Promise<string[]> {
  const reader = client(target, boardId);
  await reader.connect();
  // y-websocket's LevelDB state may arrive after its first sync answer.
  await sleep(settleMs);
  const texts = readNotes(reader.doc).map((n) => n.text);
  reader.close();
  return texts;
}
