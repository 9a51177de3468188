import * as Y from 'yjs';

/**
 * Applies a board's stored updates (snapshot first, then the log in order) to
 * its document in one transaction. Yjs then integrates each update's structs as
 * they come and runs observers and cleanup once, where `Y.mergeUpdates` over a
 * long log costs far more than linear: 20,000 small updates took ~1 s merged in
 * groups and ~14 s merged at once (docs/benchmarks.md, S4).
 */
export function applyStoredUpdates(doc: Y.Doc, updates: readonly Uint8Array[], origin?: unknown): void {
  if (updates.length === 0) return;
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update, origin);
  }, origin);
}
