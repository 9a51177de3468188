import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnService, stopService, waitUntilReady, type ChildService } from './child-service.js';
import { freePort } from './free-port.js';

export interface RedisProcess {
  url: string;
  port: number;
  /** The running redis-server's pid (it changes with a restart), for CPU figures. */
  pid(): number;
  /** `kill -9` and start again on the same port, keeping nothing (as a restarted cache would). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Sends PING over a raw socket: the test needs no client library to know Redis is up. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(1000);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Debian's `redis-server` as a child process on a free port, with its files in a temp folder. */
export async function startRedis(options: { databases?: number } = {}): Promise<RedisProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'mutopia-redis-'));
  const port = await freePort();
  const launch = async (): Promise<ChildService> => {
    const service = spawnService('redis-server', [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
      // The run's shared Redis hands every test file a database of its own (shared-services.ts).
      '--databases',
      String(options.databases ?? 16),
    ]);
    await waitUntilReady(service, 'redis-server', () => ping(port));
    return service;
  };
  let service = await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: () => service.process.pid!,
    async restart() {
      await stopService(service, 'SIGKILL');
      service = await launch();
    },
    async stop() {
      await stopService(service);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
