import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BENCH_SRC, REPO_ROOT } from '../util/paths.js';

const require = createRequire(join(BENCH_SRC, '..', 'package.json'));

function version(pkg: string, from = join(BENCH_SRC, '..')): string {
  try {
    const r = createRequire(join(from, 'package.json'));
    const path = r.resolve(`${pkg}/package.json`);
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    try {
      // Packages whose exports hide package.json: find it beside the entry point.
      let dir = require.resolve(pkg);
      while (dir.length > 1) {
        dir = join(dir, '..');
        try {
          const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
            name?: string;
            version: string;
          };
          if (json.name === pkg) return json.version;
        } catch {
          // keep climbing
        }
      }
    } catch {
      // not installed
    }
    return '?';
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

/** Machine, software versions and load: the conditions a run was made under. */
export function conditions(): string[] {
  const cpu = cpus();
  const dirty = git(['status', '--porcelain', '--', 'server', 'shared'])
    ? ' (with uncommitted changes in server/ or shared/)'
    : '';
  const server = join(REPO_ROOT, 'server');
  return [
    `- Machine: ${cpu.length} × ${cpu[0]?.model ?? '?'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Linux ${release()}; load average at the start ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')} (the machine is shared with other builds and tests, so figures can be noisy).`,
    '- Pinning: every server on core 0, the load generator (and Chromium in C1) on core 1, with `taskset -c`; the harness itself is not pinned and mostly sleeps.',
    `- Node ${process.version}; Mutopia ${git(['rev-parse', '--short', 'HEAD'])}${dirty}, run as \`pnpm start\` runs it (\`node --import tsx server/src/main.ts\`, SQLite synchronous=NORMAL, limits on) with JSON logs at level info.`,
    `- Peers: y-websocket ${version('y-websocket')} (bin/utils \`setupWSConnection\`; LevelDB through y-leveldb ${version('y-leveldb', join(BENCH_SRC, '..', 'node_modules', 'y-websocket'))}), @hocuspocus/server ${version('@hocuspocus/server')} with @hocuspocus/extension-sqlite ${version('@hocuspocus/extension-sqlite')}; yjs ${version('yjs', server)} in Mutopia.`,
    '- Every server runs with `--expose-gc` and a small preload (`bench/src/servers/preload-stats.ts`) that reports event-loop delay, CPU time and memory over IPC; the servers’ own code is unchanged.',
    `- Load clients: one process with one WebSocket and one Y.Doc per client, speaking the y-websocket protocol (Hocuspocus framing for Hocuspocus) and socket.io for Mutopia presence; incoming awareness is counted, not applied. ws ${version('ws')}, socket.io-client ${version('socket.io-client')}.`,
  ];
}
