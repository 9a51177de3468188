import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
// The test suite's helpers start Debian's PostgreSQL and redis-server as child processes (also as root).
import { startPostgres, type PostgresProcess } from '../../../server/test/services/postgres-server.js';
import { startRedis, type RedisProcess } from '../../../server/test/services/redis-server.js';
import { SERVER_CORE } from '../util/children.js';

const run = promisify(execFile);
const TICKS_PER_SECOND = 100;

/** PostgreSQL and Redis shared by the Mutopia nodes of S8, pinned to the servers' core like the nodes. */
export interface FleetBackends {
  postgres: PostgresProcess;
  redis: RedisProcess;
  databaseUrl: string;
  /** A fresh database (one per configuration, so figures do not mix). */
  newDatabase(name: string): string;
  postgresCpuMs(): number;
  redisCpuMs(): number;
  /** Commits of all databases and WAL bytes written so far. */
  postgresCounters(): Promise<{ commits: number; walBytes: number; rowsInserted: number }>;
  /** Redis's own byte and command counters (INFO). */
  redisCounters(): Promise<{ inputBytes: number; outputBytes: number; publishes: number; commands: number }>;
  stop(): Promise<void>;
}

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** utime + stime (+ the reaped children's, for the postmaster: backends that came and went). */
function cpuMs(pid: number, withReapedChildren: boolean): number {
  const f = statFields(pid);
  if (!f) return 0;
  const ticks = Number(f[11]) + Number(f[12]) + (withReapedChildren ? Number(f[13]) + Number(f[14]) : 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

function childrenOf(parent: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const f = statFields(Number(entry));
    if (f && Number(f[1]) === parent) out.push(Number(entry));
  }
  return out;
}

async function pin(pid: number): Promise<void> {
  // -a: every thread; processes forked later (PostgreSQL backends) inherit the mask.
  await run('taskset', ['-a', '-p', '-c', SERVER_CORE, String(pid)]).catch(() => undefined);
}

async function redisInfo(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setTimeout(3000);
    socket.once('connect', () => socket.write('INFO all\r\n'));
    socket.on('data', (chunk) => {
      text += chunk.toString();
      const header = /^\$(\d+)\r\n/.exec(text);
      if (header && Buffer.byteLength(text) >= header[0].length + Number(header[1])) {
        socket.destroy();
        resolve(text);
      }
    });
    socket.once('error', reject);
    socket.once('timeout', () => {
      socket.destroy();
      reject(new Error('redis INFO timed out'));
    });
  });
}

const field = (info: string, name: string): number => Number(new RegExp(`^${name}:(\\d+)`, 'm').exec(info)?.[1] ?? 0);

export async function startFleetBackends(): Promise<FleetBackends> {
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  const postmaster = Number(readFileSync(join(postgres.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  await pin(postmaster);
  for (const child of childrenOf(postmaster)) await pin(child);
  await pin(redis.pid());
  const psqlPath = join(pgBin(), 'psql');
  const psql = async (sql: string): Promise<string> =>
    (await run(psqlPath, [postgres.url, '-At', '-c', sql])).stdout.trim();
  return {
    postgres,
    redis,
    databaseUrl: postgres.url,
    newDatabase: (name) => postgres.createDatabase(name),
    postgresCpuMs: () =>
      cpuMs(postmaster, true) + childrenOf(postmaster).reduce((sum, pid) => sum + cpuMs(pid, false), 0),
    redisCpuMs: () => cpuMs(redis.pid(), false),
    async postgresCounters() {
      const [commits, wal, inserted] = (
        await psql(
          "SELECT sum(xact_commit), pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0'), sum(tup_inserted) FROM pg_stat_database",
        )
      ).split('|');
      return { commits: Number(commits), walBytes: Number(wal), rowsInserted: Number(inserted) };
    },
    async redisCounters() {
      const info = await redisInfo(redis.port);
      return {
        inputBytes: field(info, 'total_net_input_bytes'),
        outputBytes: field(info, 'total_net_output_bytes'),
        publishes: Number(/^cmdstat_publish:calls=(\d+)/m.exec(info)?.[1] ?? 0),
        commands: field(info, 'total_commands_processed'),
      };
    },
    async stop() {
      await Promise.all([redis.stop(), postgres.stop()]);
    },
  };
}

function pgBin(): string {
  const root = '/usr/lib/postgresql';
  const major = readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))[0];
  return join(root, major!, 'bin');
}
