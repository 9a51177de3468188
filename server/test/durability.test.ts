import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { createNote, readNotes } from '@mutopia/shared';
import { connectProvider, createBoard, destroyAll, synced, tempDataDir, waitFor } from './harness.js';

const MAIN = resolve(import.meta.dirname, '../src/main.ts');

interface Child {
  process: ChildProcess;
  httpUrl: string;
  wsUrl: string;
}

/** The server as `pnpm start` runs it, in its own process, so it can be killed hard. */
async function spawnServer(dataDir: string): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', DEMO_BOARD: 'false' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<string>((resolvePort, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    lines.on('line', (line) => {
      const match = /running at http:\/\/localhost:(\d+)/.exec(line);
      if (match) resolvePort(match[1]!);
    });
  });
  return { process: child, httpUrl: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}` };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

let children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children) child.kill('SIGKILL');
  children = [];
});

describe('durability', () => {
  it('loses no update a peer has received when the server is killed with SIGKILL', async () => {
    const data = tempDataDir();
    const first = await spawnServer(data.dir);
    children.push(first.process);
    const board = await createBoard(first);
    const writer = connectProvider(first, board.id);
    const peer = connectProvider(first, board.id);
    await Promise.all([synced(writer), synced(peer)]);

    // A burst of edits; kill the server while it is still arriving.
    let written = 0;
    const burst = setInterval(() => {
      for (let i = 0; i < 5; i++) createNote(writer.doc, { x: written * 5, y: 0, text: `Notiz ${written++}` });
    }, 2);
    await waitFor(() => readNotes(peer.doc).length >= 100, 'the peer to receive 100 notes');
    first.process.kill('SIGKILL');
    clearInterval(burst);
    await exited(first.process);
    const seenByPeer = readNotes(peer.doc).map((n) => n.text);
    destroyAll(writer, peer);

    const second = await spawnServer(data.dir);
    children.push(second.process);
    const fresh = connectProvider(second, board.id);
    await synced(fresh);
    const stored = new Set(readNotes(fresh.doc).map((n) => n.text));
    const lost = seenByPeer.filter((text) => !stored.has(text));
    expect(seenByPeer.length).toBeGreaterThanOrEqual(100);
    expect(lost).toEqual([]);
    destroyAll(fresh);
    second.process.kill('SIGTERM');
    await exited(second.process);
    expect(second.process.exitCode).toBe(0);
    data.remove();
  });

  it('flushes every pending write on SIGTERM before it exits', async () => {
    const data = tempDataDir();
    const first = await spawnServer(data.dir);
    children.push(first.process);
    const board = await createBoard(first);
    const writer = connectProvider(first, board.id);
    await synced(writer);
    for (let i = 0; i < 50; i++) createNote(writer.doc, { x: i, y: 0, text: `T${i}` });
    const peer = connectProvider(first, board.id);
    await waitFor(() => readNotes(peer.doc).length === 50, 'the peer to see all notes');
    first.process.kill('SIGTERM');
    await exited(first.process);
    expect(first.process.exitCode).toBe(0);
    destroyAll(writer, peer);

    const second = await spawnServer(data.dir);
    children.push(second.process);
    const fresh = connectProvider(second, board.id);
    await synced(fresh);
    expect(readNotes(fresh.doc)).toHaveLength(50);
    destroyAll(fresh);
    data.remove();
  });
});
