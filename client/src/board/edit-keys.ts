import * as Y from 'yjs';

/** A shared type as Yjs hands it out in a transaction. */
type SharedType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

/**
 * What one transaction changed, as "root:key" per thing: a note, a group, a
 * ship, a persona field. Edits inside a note (its text, its position) all name
 * the note, so typing a word is one change, not one per letter.
 */
export function editedKeys(doc: Y.Doc, transaction: Y.Transaction): Set<string> {
  const rootNames = new Map<SharedType, string>();
  for (const [name, type] of doc.share) rootNames.set(type, name);
  const keys = new Set<string>();
  for (const [type, subs] of transaction.changed) {
    let child: SharedType = type;
    let key: string | null = null;
    // Walk up to the root type; the last step's key is the thing under it.
    while (child._item) {
      key = child._item.parentSub;
      const parent = child._item.parent;
      if (!(parent instanceof Y.AbstractType)) break;
      child = parent;
    }
    const root = rootNames.get(child) ?? '?';
    if (child !== type) {
      keys.add(key === null ? root : `${root}:${key}`);
    } else if (subs.size === 0 || [...subs].every((sub) => sub === null)) {
      keys.add(root);
    } else {
      for (const sub of subs) keys.add(sub === null ? root : `${root}:${sub}`);
    }
  }
  return keys;
}
