import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnService, stopService, waitUntilReady, type ChildService } from '../services/child-service.js';
import { freePort } from '../services/free-port.js';

const SERVER_DIR = resolve(import.meta.dirname, '../..');

/** One real server process (`server/src/main.ts`), as a node of a fleet runs it. */
export interface ServerNode {
  name: string;
  port: number;
  httpUrl: string;
  wsUrl: string;
  service: ChildService;
  /** SIGTERM (a clean stop) or SIGKILL (a crash); resolves once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface FleetOptions {
  /** Environment every node gets (REDIS_URL, DATABASE_URL, METRICS_TOKEN …). */
  env: Record<string, string>;
  /**
   * One DATA_DIR for all nodes (SQLite in WAL mode takes several processes, and they share
   * the token key kept there), until the nodes share PostgreSQL instead.
   */
  dataDir?: string;
}

export interface Fleet {
  nodes: ServerNode[];
  dataDir: string;
  /** Stops every node still running and removes the data folder; safe to call twice. */
  stop(): Promise<void>;
}

async function startNode(name: string, env: Record<string, string>): Promise<ServerNode> {
  const port = await freePort();
  // `node --import tsx` keeps the server in this one process, so a SIGKILL really ends it (the tsx CLI would fork).
  const service = spawnService(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_BOARD: 'false',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
      CLIENT_DIST: join(env.DATA_DIR ?? tmpdir(), 'no-client'),
      ...env,
    },
  });
  // Should the test process end without its afterAll (killed, or a hung test abandoned), the node goes with it.
  const reap = () => service.process.kill('SIGKILL');
  process.once('exit', reap);
  service.process.once('exit', () => process.off('exit', reap));
  const httpUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(service, `node ${name}`, async () => (await fetch(`${httpUrl}/healthz`)).ok, 600);
  return {
    name,
    port,
    httpUrl,
    wsUrl: `ws://127.0.0.1:${port}`,
    service,
    stop: (signal: NodeJS.Signals = 'SIGTERM') => stopService(service, signal),
  };
}

/**
 * Starts `count` server processes one after another (the first creates the
 * database; starting them together would race on its migrations) and waits for
 * each one's /healthz. Call `stop()` in afterAll: it runs even when a test failed.
 */
export async function startFleet(count: number, options: FleetOptions): Promise<Fleet> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'mutopia-fleet-'));
  const nodes: ServerNode[] = [];
  const fleet: Fleet = {
    nodes,
    dataDir,
    async stop() {
      // A node that died on its own is a finding: its last words go to the test output.
      for (const node of nodes) {
        const { exitCode, signalCode } = node.service.process;
        if (exitCode !== null || signalCode !== null) {
          console.error(`node ${node.name} had exited (${exitCode ?? signalCode}):\n${node.service.output()}`);
        }
      }
      await Promise.all(nodes.map((node) => node.stop('SIGKILL')));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    for (let i = 0; i < count; i++) {
      nodes.push(await startNode(String.fromCharCode(65 + i), { DATA_DIR: dataDir, ...options.env }));
    }
  } catch (error) {
    await fleet.stop();
    throw error;
  }
  return fleet;
}
