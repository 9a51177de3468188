/**
 * Runs in a worker thread (see archive-decoder.ts): checks and decodes the
 * boards of an imported archive, which takes seconds for 5 MiB of tiny
 * structs and would stall every other request on the main thread.
 */
import { parentPort } from 'node:worker_threads';
// Single modules, not the package index: the worker compiles what it imports on every start.
import { LIMITS } from '@mutopia/shared/limits';
import { readShips, setShipRefs } from '@mutopia/shared/board/ships';
import * as Y from 'yjs';
import { inspectBoardUpdate } from '../yjs/schema-guard.js';
import type { ArchiveJob, ArchiveJobResult } from './archive-jobs.js';

function refuse(status: 400 | 413, message: string): ArchiveJobResult {
  return { ok: false, status, message };
}

/** Every board checked (counts, total structs, the board schema) and applied once; a broken one refuses the import. */
function check(boards: Record<string, string>): ArchiveJobResult {
  const decoded: Record<string, Uint8Array> = {};
  let structs = 0;
  for (const [stationId, base64] of Object.entries(boards)) {
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    const probe = new Y.Doc();
    try {
      // Counts are checked against the bytes before Yjs sizes anything from them.
      structs += inspectBoardUpdate(probe, bytes).structs;
      if (structs > LIMITS.archiveMaxStructs) {
        return refuse(413, 'The archive holds more board content than a workshop can.');
      }
      Y.applyUpdate(probe, bytes);
    } catch {
      return refuse(400, `The board of station ${stationId} in the archive is damaged.`);
    } finally {
      probe.destroy();
    }
    decoded[stationId] = bytes;
  }
  return { ok: true, boards: decoded };
}

/** Points the ships at the questions' new ids (ids already used on this server were replaced). */
function remap(boards: Record<string, Uint8Array>, changed: Record<string, string>): ArchiveJobResult {
  const result: Record<string, Uint8Array> = {};
  for (const [stationId, state] of Object.entries(boards)) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const ships = readShips(doc).filter((ship) => Object.hasOwn(changed, ship.questionId));
    if (ships.length === 0) result[stationId] = state;
    else {
      for (const ship of ships) setShipRefs(doc, ship.id, { questionId: changed[ship.questionId]! });
      result[stationId] = Y.encodeStateAsUpdate(doc);
    }
    doc.destroy();
  }
  return { ok: true, boards: result };
}

parentPort?.on('message', (job: ArchiveJob) => {
  let result: ArchiveJobResult;
  try {
    result = job.kind === 'check' ? check(job.boards) : remap(job.boards, job.changed);
  } catch (error) {
    result = refuse(400, error instanceof Error ? error.message : 'The archive could not be read.');
  }
  parentPort?.postMessage(result);
});
