import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { notesOf, readPersona, workshopViewSchema, type WorkshopView } from '@mutopia/shared';
import * as Y from 'yjs';
import { DATABASE_FILE } from '../src/db/database.js';
import { DEMO_FILE } from '../src/demo/demo-workshop.js';
import { lanOrigins } from '../src/lan-origins.js';
import { api, connectProvider, destroyAll, synced, tempDataDir } from './harness.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Started {
  child: ChildProcess;
  lines: string[];
}

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

/** `pnpm start` without the build: the real main.ts, with its log lines as printed. */
async function start(dataDir: string): Promise<Started> {
  const child = spawn(TSX, ['server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '0.0.0.0',
      LOG_FORMAT: 'json',
      CLIENT_DIST: join(dataDir, 'no-client'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  const lines: string[] = [];
  let buffer = '';
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no demo links printed:\n${lines.join('\n')}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const part of parts) {
        const msg = (JSON.parse(part) as { msg?: string }).msg;
        if (msg === undefined) continue;
        lines.push(msg);
        if (msg.includes('Free demo board:')) {
          clearTimeout(timer);
          done();
        }
      }
    });
    child.on('exit', (code) => fail(new Error(`server exited with ${code}:\n${lines.join('\n')}`)));
  });
  return { child, lines };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

function printed(lines: string[], label: string): string {
  const line = lines.find((l) => l.trim().startsWith(label));
  if (!line) throw new Error(`no "${label}" in:\n${lines.join('\n')}`);
  return line.slice(line.indexOf(label) + label.length).trim();
}

function rows(dataDir: string, table: string): number {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('the first start', () => {
  it('creates a demo workshop once and prints working facilitator, join and projector links', async () => {
    const data = tempDataDir();
    try {
      const first = await start(data.dir);
      const facilitatorUrl = new URL(printed(first.lines, 'Facilitator console:'));
      const origin = facilitatorUrl.origin;
      // The LAN address when there is one, not localhost: phones in the room open these links.
      const port = Number(facilitatorUrl.port);
      expect(origin).toBe(lanOrigins(port, '0.0.0.0')[0] ?? `http://localhost:${port}`);
      expect(first.lines.some((l) => l.includes('A demo workshop was created'))).toBe(true);
      const server = { httpUrl: origin, wsUrl: origin.replace(/^http/, 'ws') };

      const workshopId = /^\/w\/([^/]+)\/facilitate$/.exec(facilitatorUrl.pathname)![1]!;
      const secret = new URLSearchParams(facilitatorUrl.hash.slice(1)).get('key')!;
      const login = await api<{ token: string }>(server, 'POST', `/api/workshops/${workshopId}/login`, { secret });
      expect(login.status).toBe(200);
      const token = login.body.token;
      const view: WorkshopView = workshopViewSchema.parse(
        (await api(server, 'GET', `/api/workshops/${workshopId}`, undefined, token)).body,
      );
      expect(view.definition.teams).toHaveLength(6);
      expect(view.definition.stations.some((s) => s.kind === 'questionWall')).toBe(true);

      const joinCode = printed(first.lines, 'Join code:').split(' ')[0]!;
      expect(joinCode).toBe(view.joinCode);
      const joinInfo = await api<{ workshopId: string }>(server, 'GET', `/api/join/${joinCode}`);
      expect(joinInfo.body.workshopId).toBe(workshopId);

      const projector = new URL(printed(first.lines, 'Projector:'));
      expect(projector.origin).toBe(origin);
      const viewerToken = new URLSearchParams(projector.hash.slice(1)).get('token')!;
      const asViewer = await api(server, 'GET', `/api/workshops/${workshopId}`, undefined, viewerToken);
      expect(asViewer.status).toBe(200);

      // Team 1's space holds a persona and notes; the first solution room and the plenary have notes.
      const team1 = new Y.Doc();
      const room = new Y.Doc();
      const providers = [
        connectProvider(server, view.boards['space-team-1']!, team1, token),
        connectProvider(server, view.boards['solution-room-sprache']!, room, token),
      ];
      await Promise.all(providers.map(synced));
      expect(readPersona(team1)).toMatchObject({ name: 'Amina', germanLevel: 'B1' });
      expect(readPersona(team1).painPoints.length).toBeGreaterThan(0);
      expect(notesOf(team1).size).toBeGreaterThan(0);
      expect(notesOf(room).size).toBeGreaterThan(0);
      destroyAll(...providers);

      // The free board stays where the README sends people.
      const boardUrl = new URL(printed(first.lines, 'Free demo board:'));
      expect(boardUrl.pathname).toBe('/b/demo');
      expect((await api(server, 'GET', '/api/boards/demo')).status).toBe(200);

      expect(statSync(join(data.dir, DEMO_FILE)).mode & 0o777).toBe(0o600);
      await stop(first.child);
      const workshops = rows(data.dir, 'workshops');
      const boards = rows(data.dir, 'boards');
      expect(workshops).toBe(1);
      expect(rows(data.dir, 'questions')).toBe(5);

      // A second start creates nothing and prints the same, still working, links.
      const second = await start(data.dir);
      expect(second.lines.some((l) => l.includes('A demo workshop was created'))).toBe(false);
      const again = new URL(printed(second.lines, 'Facilitator console:'));
      expect(again.pathname).toBe(facilitatorUrl.pathname);
      const secondLogin = await api({ httpUrl: again.origin }, 'POST', `/api/workshops/${workshopId}/login`, {
        secret: new URLSearchParams(again.hash.slice(1)).get('key'),
      });
      expect(secondLogin.status).toBe(200);
      await stop(second.child);
      expect(rows(data.dir, 'workshops')).toBe(workshops);
      expect(rows(data.dir, 'boards')).toBe(boards);
      expect(rows(data.dir, 'questions')).toBe(5);
    } finally {
      data.remove();
    }
  }, 90_000);
});
