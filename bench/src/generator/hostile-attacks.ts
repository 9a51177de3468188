/**
 * What a hostile participant on the venue Wi-Fi sends (issue 12), each run in
 * a loop until `stop()` says so, on loopback only. Every attack counts what it
 * did and how the server answered.
 */
import { connect } from 'node:net';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

export interface AttackTarget {
  wsUrl: string;
  port: number;
  boardId: string;
  yjsPath: string;
}

export type Counts = Record<string, number>;
export type Attack = (target: AttackTarget, stop: () => boolean) => Promise<Counts>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function count(counts: Counts, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** A y-websocket sync update message around a Yjs update. */
function syncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * Opens a board socket, runs `send` once it is open and resolves with the
 * close code (or `http <status>` when the upgrade was refused).
 */
function session(target: AttackTarget, send: (ws: WebSocket) => void): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${target.wsUrl}${target.yjsPath}/${target.boardId}`);
    ws.on('open', () => send(ws));
    ws.on('unexpected-response', (_request, response) => {
      resolve(`http ${response.statusCode}`);
      ws.terminate();
    });
    ws.on('error', () => resolve('error'));
    ws.on('close', (code) => resolve(`close ${code}`));
  });
}

/** Runs `loops` copies of `body` until stopped; a refused upgrade backs off a little, as a script would. */
async function inLoops(loops: number, stop: () => boolean, body: (counts: Counts) => Promise<string>): Promise<Counts> {
  const counts: Counts = {};
  await Promise.all(
    Array.from({ length: loops }, async () => {
      while (!stop()) {
        const outcome = await body(counts);
        count(counts, outcome);
        if (outcome.startsWith('http')) await sleep(20);
      }
    }),
  );
  return counts;
}

/** Five connections sending the 10-byte struct-count bomb, reconnecting at once after each close. */
export const structCountBomb: Attack = (target, stop) => {
  const bomb = Buffer.from([0x00, 0x02, 0x07, 0x01, 0xff, 0xff, 0xff, 0x0f, 0x05, 0x00]);
  return inLoops(5, stop, () => session(target, (ws) => ws.send(bomb)));
};

/** Twenty loops opening a board socket and closing it again as fast as they can. */
export const reconnectFlood: Attack = (target, stop) => inLoops(20, stop, () => session(target, (ws) => ws.close()));

/** One writer pushing 512 KiB updates (plain values, no text cap applies) until the board is full. */
export const oversizedBoard: Attack = (target, stop) => {
  const chunk = 'x'.repeat(512 * 1024);
  let next = 0;
  const updateOf = () => {
    const doc = new Y.Doc();
    doc.getMap('flood').set(`k${next++}`, chunk);
    const update = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return syncUpdate(update);
  };
  return inLoops(1, stop, () =>
    session(target, (ws) => {
      const pump = () => {
        if (stop() || ws.readyState !== ws.OPEN) return ws.close();
        ws.send(updateOf(), () => setTimeout(pump, 5));
      };
      pump();
    }),
  );
};

/** Five connections sending 64 KiB updates that all depend on one they never send (a clock gap). */
export const clockGapFlood: Attack = (target, stop) =>
  inLoops(5, stop, () =>
    session(target, (ws) => {
      const doc = new Y.Doc();
      const text = doc.getArray<string>('gap');
      text.insert(0, ['first']);
      let before = Y.encodeStateVector(doc);
      const pump = () => {
        if (stop() || ws.readyState !== ws.OPEN) {
          doc.destroy();
          return ws.close();
        }
        text.insert(text.length, ['z'.repeat(64 * 1024)]);
        const update = Y.encodeStateAsUpdate(doc, before);
        before = Y.encodeStateVector(doc);
        ws.send(syncUpdate(update), () => setTimeout(pump, 2));
      };
      pump();
    }),
  );

/** Batches of 100 WebSocket upgrades on a path nobody serves; counts how many were answered and closed. */
export const strayUpgrades: Attack = async (target, stop) => {
  const counts: Counts = {};
  while (!stop()) {
    await Promise.all(
      Array.from(
        { length: 100 },
        () =>
          new Promise<void>((resolve) => {
            const socket = connect(target.port, '127.0.0.1');
            let answer = '';
            const timer = setTimeout(() => {
              count(counts, 'still open after 2 s');
              socket.destroy();
              resolve();
            }, 2000);
            socket.on('data', (data) => (answer += data.toString()));
            socket.on('close', () => {
              clearTimeout(timer);
              count(counts, answer.startsWith('HTTP/1.1 404') ? '404 and closed' : 'closed without 404');
              resolve();
            });
            socket.on('error', () => {});
            socket.write(
              'GET /nowhere HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n' +
                'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
            );
          }),
      ),
    );
  }
  return counts;
};

/** What a fresh client downloads of the board: its full state (bytes). */
export async function boardStateBytes(target: AttackTarget): Promise<number> {
  const { WebsocketProvider } = await import('y-websocket');
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${target.wsUrl}${target.yjsPath}`, target.boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const deadline = Date.now() + 10_000;
  while (!provider.synced && Date.now() < deadline) await sleep(20);
  const bytes = Y.encodeStateAsUpdate(doc).byteLength;
  provider.destroy();
  doc.destroy();
  return bytes;
}
