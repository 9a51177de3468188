/**
 * Caps on what one update may do to a hosted board, checked around
 * Y.applyUpdate: the length of the texts it wrote into and the updates it
 * left waiting for a missing earlier update.
 */
import { CONTENT_LIMITS, LIMITS, notesOf } from '@mutopia/shared';
import * as Y from 'yjs';

/** Origin of the server's own corrections, so they reach every peer (the writer included). */
export const GUARD_ORIGIN = Symbol('write-guard');

/** A note's text has the note cap; every other text on a board (persona, insights, ships) the long-text cap. */
function capOf(doc: Y.Doc, text: Y.Text): number {
  const owner = text.parent;
  return owner instanceof Y.Map && owner.parent === notesOf(doc) ? LIMITS.noteTextMaxLength : CONTENT_LIMITS.longText;
}

/** Texts that got characters in this transaction: the parents of the new string items. */
function textsWrittenIn(transaction: Y.Transaction): Set<Y.Text> {
  const texts = new Set<Y.Text>();
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    const structs = transaction.doc.store.clients.get(client);
    if (after <= before || !structs) continue;
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i]!;
      if (struct.id.clock >= after) break;
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentString && struct.parent instanceof Y.Text) {
        texts.add(struct.parent);
      }
    }
  }
  return texts;
}

/**
 * Applies an update with `origin` and returns the texts it made longer than
 * their cap (nothing is changed about them yet: see trimTexts).
 */
export function applyWatchingTexts(doc: Y.Doc, update: Uint8Array, origin: unknown): Y.Text[] {
  const overlong: Y.Text[] = [];
  const onTransaction = (transaction: Y.Transaction): void => {
    if (transaction.origin !== origin) return;
    for (const text of textsWrittenIn(transaction)) {
      if (text.length > capOf(doc, text)) overlong.push(text);
    }
  };
  doc.on('afterTransaction', onTransaction);
  try {
    Y.applyUpdate(doc, update, origin);
  } finally {
    doc.off('afterTransaction', onTransaction);
  }
  return overlong;
}

/** Cuts texts back to their cap, as a server change every peer receives. */
export function trimTexts(doc: Y.Doc, texts: Y.Text[]): void {
  doc.transact(() => {
    for (const text of texts) {
      const cap = capOf(doc, text);
      if (text.length > cap) text.delete(cap, text.length - cap);
    }
  }, GUARD_ORIGIN);
}

/** Bytes of updates the document holds back until a missing earlier update arrives. */
export function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0);
}

/**
 * Drops what waits for a missing update. An honest client's updates never
 * wait on the server (it only builds on what it got from here), so this loses
 * only what a client sent out of order; its next sync sends it again.
 */
export function dropPending(doc: Y.Doc): void {
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
}
