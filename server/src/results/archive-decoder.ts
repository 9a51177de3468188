/**
 * Hands an imported archive's boards to a worker thread, so decoding them
 * (seconds for 5 MiB of tiny structs) does not stall the event loop. One
 * worker per import: imports are rare (rate-limited) and a fresh worker
 * leaves nothing behind when the server closes.
 */
import { Worker } from 'node:worker_threads';
import { HttpError } from '../http/errors.js';
import type { ArchiveJob, ArchiveJobResult } from './archive-jobs.js';

/**
 * A JavaScript file that registers tsx in the worker and then loads the
 * TypeScript worker: the same under `pnpm start` (tsx) and the test runner,
 * whose loaders a worker does not get.
 */
const WORKER_BOOT = new URL('./archive-worker-boot.mjs', import.meta.url);

export class ArchiveDecoder {
  private readonly worker = new Worker(WORKER_BOOT, { execArgv: [] });

  private run(job: ArchiveJob): Promise<Map<string, Uint8Array>> {
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        this.worker.off('message', onMessage);
        this.worker.off('error', onError);
        this.worker.off('exit', onExit);
      };
      const onMessage = (result: ArchiveJobResult) => {
        cleanup();
        if (result.ok) resolve(new Map(Object.entries(result.boards)));
        else
          reject(
            new HttpError(result.status, result.status === 413 ? 'payload_too_large' : 'bad_request', result.message),
          );
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new Error(`archive worker exited with ${code}`));
      };
      this.worker.on('message', onMessage);
      this.worker.on('error', onError);
      this.worker.on('exit', onExit);
      this.worker.postMessage(job);
    });
  }

  /** Each board checked and decoded once; rejects with 400 (damaged) or 413 (too many structs). */
  check(boards: Record<string, string>): Promise<Map<string, Uint8Array>> {
    return this.run({ kind: 'check', boards });
  }

  /** The boards with their ships pointed at the questions' new ids. */
  remap(boards: Map<string, Uint8Array>, changed: Map<string, string>): Promise<Map<string, Uint8Array>> {
    return this.run({ kind: 'remap', boards: Object.fromEntries(boards), changed: Object.fromEntries(changed) });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
