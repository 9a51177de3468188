import type { ChildProcess } from 'node:child_process';
import { LOAD_CORE, spawnPinned, stopChild } from '../util/children.js';
import { BENCH_SRC } from '../util/paths.js';
import { withTimeout } from '../util/time.js';
import type { RpcResponse } from './rpc.js';
import { join } from 'node:path';

/** The harness side of the load generator: a child process pinned to the load core. */
export class Generator {
  private nextRpc = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(readonly child: ChildProcess) {
    child.on('message', (message: RpcResponse) => {
      const entry = this.waiting.get(message.rpc);
      if (!entry) return;
      this.waiting.delete(message.rpc);
      if (message.error) entry.reject(new Error(`generator: ${message.error}`));
      else entry.resolve(message.result);
    });
    child.once('exit', (code, signal) => {
      for (const entry of this.waiting.values()) entry.reject(new Error(`generator exited (${code ?? signal})`));
      this.waiting.clear();
    });
  }

  static async start(): Promise<Generator> {
    const child = spawnPinned(
      LOAD_CORE,
      process.execPath,
      [
        '--max-old-space-size=8192',
        // Where the generator's own time goes (`BENCH_GENERATOR_PROFILE_DIR=…`): which side limits a figure.
        ...(process.env.BENCH_GENERATOR_PROFILE_DIR
          ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_GENERATOR_PROFILE_DIR}`]
          : []),
        '--import',
        'tsx',
        join(BENCH_SRC, 'generator/main.ts'),
      ],
      { cwd: join(BENCH_SRC, '..'), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    const generator = new Generator(child);
    const ready = new Promise<void>((resolve, reject) => {
      child.on('message', (m: RpcResponse) => m.rpc === 0 && resolve());
      child.once('exit', (code) => reject(new Error(`generator exited with ${code} before it was ready`)));
    });
    await withTimeout(ready, 30_000, 'generator to start');
    return generator;
  }

  get pid(): number {
    return this.child.pid!;
  }

  call<T>(method: string, params: unknown = {}, timeoutMs = 120_000): Promise<T> {
    const rpc = this.nextRpc++;
    const result = new Promise<T>((resolve, reject) => {
      this.waiting.set(rpc, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ rpc, method, params });
    });
    return withTimeout(result, timeoutMs, `generator ${method}`);
  }

  async stop(): Promise<void> {
    await stopChild(this.child, 2000);
  }
}
