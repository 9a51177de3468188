import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { spawnService, stopService, waitUntilReady } from './child-service.js';
import { freePort } from './free-port.js';

export interface PostgresProcess {
  /** `postgres://` URL of a fresh database owned by the test user. */
  url: string;
  port: number;
  /** The cluster's folder (PGDATA is its `data` subfolder; postmaster.pid names the server's pid). */
  dir: string;
  /** Another empty database on the same server (one per test file or test). */
  createDatabase(name: string): string;
  stop(): Promise<void>;
}

const USER = 'mutopia';

/** Debian installs PostgreSQL's programs under /usr/lib/postgresql/<major>/bin, outside PATH. */
function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const majors = readdirSync(root)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const major of majors) {
      if (existsSync(join(root, major, 'bin', 'initdb'))) return join(root, major, 'bin');
    }
  }
  throw new Error('PostgreSQL not found: install Debian\'s "postgresql" package (.ci/run does) or set PG_BIN');
}

/**
 * PostgreSQL refuses to run as root, and CI runs as root: then initdb and the
 * server run as the `postgres` system user that Debian's package creates.
 */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return userInfo().uid === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

const execFileAsync = promisify(execFile);

/** Runs a PostgreSQL program without blocking the event loop (the global setup starts one while tests run). */
async function run(command: string, args: string[]): Promise<void> {
  const [cmd, argv] = asServerUser(command, args);
  await execFileAsync(cmd, argv);
}

/**
 * A throwaway PostgreSQL cluster on a free port (or `port`) in a temp folder, stopped by `stop()`.
 * Test files take a database of the run's shared cluster instead (shared-services.ts freshDatabase).
 */
export async function startPostgres(options: { port?: number } = {}): Promise<PostgresProcess> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'mutopia-pg-'));
  if (userInfo().uid === 0) {
    const pg = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const pgGroup = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(dir, Number(pg), Number(pgGroup));
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  await run(join(bin, 'initdb'), ['-D', data, '-U', USER, '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
  const port = options.port ?? (await freePort());
  const [cmd, argv] = asServerUser(join(bin, 'postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    // Only a machine crash would need these; the tests kill processes, not machines.
    '-c',
    'fsync=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=200',
  ]);
  const service = spawnService(cmd, argv);
  await waitUntilReady(service, 'postgres', async () => {
    try {
      await execFileAsync(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-U', USER]);
      return true;
    } catch {
      return false;
    }
  });
  const createDatabase = (name: string): string => {
    execFileSync(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', USER, name], { stdio: 'pipe' });
    return `postgres://${USER}@127.0.0.1:${port}/${name}`;
  };
  const url = createDatabase('mutopia_test');
  return {
    url,
    port,
    dir,
    createDatabase,
    async stop() {
      // Fast shutdown through pg_ctl: runuser does not pass signals on to the server.
      try {
        await run(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w']);
      } catch {
        // Already gone; stopService below reaps what is left.
      }
      await stopService(service, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
