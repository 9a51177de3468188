import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BENCH_SRC, CLIENT_DIST, REPO_ROOT, SERVER_MAIN } from '../util/paths.js';
import { createMutopiaBoards } from './mutopia-boards.js';
import { killHard, launchServer, stopChild, type ServerProcess } from './server-process.js';
import type { PeerKind, ServerStats, Target } from './types.js';

export interface PeerOptions {
  /** Extra environment for the server (e.g. COMPACT_AFTER_UPDATES). */
  env?: NodeJS.ProcessEnv;
  /** Extra node flags, e.g. ['--cpu-prof', '--cpu-prof-dir=…']. */
  nodeFlags?: string[];
}

/** One server under test, with its own data directory that outlives restarts. */
export class RunningPeer {
  private constructor(
    readonly kind: PeerKind,
    readonly dataDir: string,
    private readonly options: PeerOptions,
    public process: ServerProcess,
  ) {}

  static async start(kind: PeerKind, options: PeerOptions = {}): Promise<RunningPeer> {
    const dataDir = mkdtempSync(join(tmpdir(), `mutopia-bench-${kind}-`));
    return new RunningPeer(kind, dataDir, options, await launch(kind, dataDir, options));
  }

  get target(): Target {
    const port = this.process.port;
    return {
      kind: this.kind,
      framing: this.kind === 'hocuspocus' ? 'hocuspocus' : 'y-websocket',
      wsUrl: `ws://127.0.0.1:${port}`,
      httpUrl: `http://127.0.0.1:${port}`,
      yjsPath: this.kind === 'mutopia' ? '/yjs' : '',
      socketIo: this.kind === 'mutopia',
    };
  }

  get pid(): number {
    return this.process.pid;
  }

  stats(options?: { gc?: boolean; reset?: boolean; timeoutMs?: number }): Promise<ServerStats> {
    return this.process.stats(options);
  }

  profile(action: 'start' | 'stop', file?: string): Promise<void> {
    return this.process.profile(action, file);
  }

  /** Board ids for `count` boards: created through Mutopia's API; any name works on the peers. */
  async createBoards(count: number, prefix = 'bench'): Promise<string[]> {
    if (this.kind === 'mutopia') return createMutopiaBoards(this.process.port, count, prefix);
    const stamp = Date.now().toString(36);
    return Array.from({ length: count }, (_, i) => `${prefix}-${stamp}-${i}`);
  }

  /**
   * Updates the server has made durable so far: Mutopia's update-log row
   * sequence in SQLite, the peers' store counters (see peers/*.ts).
   */
  async persistedCount(): Promise<number> {
    if (this.kind === 'mutopia') {
      const db = new Database(join(this.dataDir, 'mutopia.sqlite'), { readonly: true, fileMustExist: true });
      try {
        const row = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'board_updates'").get() as
          { seq: number } | undefined;
        return row?.seq ?? 0;
      } finally {
        db.close();
      }
    }
    return (await this.stats({ reset: false })).persisted;
  }

  /** Replaces the extra environment used by later restarts. */
  useEnv(env: NodeJS.ProcessEnv): void {
    this.options.env = env;
  }

  /** SIGKILL, as a crash or an OOM kill would. */
  async kill9(): Promise<void> {
    await killHard(this.process.child);
  }

  async stop(): Promise<void> {
    await stopChild(this.process.child);
  }

  /** Starts the same server again on the same data directory (a new port). */
  async restart(): Promise<void> {
    await stopChild(this.process.child);
    this.process = await launch(this.kind, this.dataDir, this.options);
  }

  async dispose(): Promise<void> {
    await stopChild(this.process.child);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

async function launch(kind: PeerKind, dataDir: string, options: PeerOptions): Promise<ServerProcess> {
  const base: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir };
  delete base.YPERSISTENCE;
  switch (kind) {
    case 'mutopia':
      // As `pnpm start` runs it: server/src/main.ts through tsx, durable SQLite, limits on.
      return launchServer({
        entry: SERVER_MAIN,
        cwd: REPO_ROOT,
        env: {
          ...base,
          LOG_LEVEL: 'info',
          LOG_FORMAT: 'json',
          DEMO_BOARD: 'false',
          // S6 joins 250 people from one loopback address in a few seconds; a venue would be 1-3 addresses.
          JOIN_BURST: '1000',
          CLIENT_DIST,
          ...options.env,
        },
        nodeFlags: options.nodeFlags,
        portFromLine: (line) => {
          const match = /running at http:\/\/[^:/]+:(\d+)/.exec(line);
          return match ? Number(match[1]) : undefined;
        },
      });
    case 'y-websocket':
    case 'y-websocket-leveldb':
      return launchServer({
        entry: join(BENCH_SRC, 'peers/y-websocket-server.ts'),
        cwd: join(BENCH_SRC, '..'),
        env: { ...base, ...(kind === 'y-websocket-leveldb' ? { YPERSISTENCE: join(dataDir, 'leveldb') } : {}) },
        nodeFlags: options.nodeFlags,
        portFromLine: readyPort,
      });
    case 'hocuspocus':
      return launchServer({
        entry: join(BENCH_SRC, 'peers/hocuspocus-server.ts'),
        cwd: join(BENCH_SRC, '..'),
        env: base,
        nodeFlags: options.nodeFlags,
        portFromLine: readyPort,
      });
  }
}

function readyPort(line: string): number | undefined {
  const match = /BENCH_READY port=(\d+)/.exec(line);
  return match ? Number(match[1]) : undefined;
}
