/**
 * Refuses updates that would give a board a shape its schema does not have:
 * a top-level type no board module writes, or types nested deeper than the
 * schema allows (shared/src/board/board-schema.ts). Checked before the update
 * is applied, so nothing of a refused update is stored or relayed. Every later
 * read of the board (results, exports, the public page) walks what is stored,
 * so 20,000 nested maps written once would cost seconds on every read.
 */
import { boardRootDepth } from '@mutopia/shared/board/board-schema';
import * as Y from 'yjs';
import {
  inspectUpdate,
  MalformedUpdateError,
  type ItemRecord,
  type StructId,
  type UpdateShape,
} from './update-guard.js';

/** Where an item sits: its top-level type and the depth of the type holding it (the top-level type is 1). */
interface Place {
  root: string;
  depth: number;
}
/** null: its parent is gone or not known yet; Yjs then drops the item or keeps it waiting. */
type Resolved = Place | null;

/** Far deeper than any board type; a walk up the stored document stops here. */
const WALK_LIMIT = 64;

function fail(what: string): never {
  throw new MalformedUpdateError(what);
}

/** The update's items by client, sorted by clock, to find the item an ID points into. */
class ItemIndex {
  private readonly byClient = new Map<number, ItemRecord[]>();

  constructor(items: ItemRecord[]) {
    for (const item of items) {
      const list = this.byClient.get(item.client);
      if (list) list.push(item);
      else this.byClient.set(item.client, [item]);
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.clock - b.clock);
  }

  find(id: StructId): ItemRecord | undefined {
    const list = this.byClient.get(id.client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const item = list[mid]!;
      if (id.clock < item.clock) high = mid - 1;
      else if (id.clock >= item.clock + item.length) low = mid + 1;
      else return item;
    }
    return undefined;
  }
}

/** Place of the type `type` in the stored document, walking up to its top-level type. */
function placeOfType(type: Y.AbstractType<unknown> | null): Resolved {
  let depth = 1;
  let current = type;
  while (current?._item) {
    const parent = current._item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    current = parent as Y.AbstractType<unknown>;
    if (++depth > WALK_LIMIT) return { root: '', depth };
  }
  if (!current) return null;
  try {
    return { root: Y.findRootTypeKey(current), depth };
  } catch {
    return null;
  }
}

/** Place of an item the update refers to that is already stored; `inside`: the item's own type holds the referrer. */
function placeInDoc(doc: Y.Doc, id: StructId, inside: boolean): Resolved {
  if (Y.getState(doc.store, id.client) <= id.clock) return null;
  const struct = Y.getItem(doc.store, Y.createID(id.client, id.clock));
  if (!(struct instanceof Y.Item)) return null;
  if (inside) return struct.content instanceof Y.ContentType ? placeOfType(struct.content.type) : null;
  return placeOfType(struct.parent instanceof Y.AbstractType ? (struct.parent as Y.AbstractType<unknown>) : null);
}

/**
 * Finds where every item of the update lands. An item names its parent
 * (a top-level name or the item holding the parent type) or, when it has
 * a neighbour, only the neighbour. Chains of either can be as long as the
 * update, so this walks them with a list instead of recursion.
 */
class Placer {
  private readonly memo = new Map<ItemRecord, Resolved>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly index: ItemIndex,
  ) {}

  place(start: ItemRecord): Resolved {
    const chain: { item: ItemRecord; step: number }[] = [];
    const visiting = new Set<ItemRecord>();
    let current = start;
    let result: Resolved;
    for (;;) {
      const known = this.memo.get(current);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (visiting.has(current)) fail('items refer to each other in a circle');
      visiting.add(current);
      const parent = current.parent;
      if (typeof parent === 'string') {
        result = { root: parent, depth: 1 };
        break;
      }
      const inside = parent !== null;
      const link = parent ?? current.origin ?? current.rightOrigin;
      if (!link) {
        result = null;
        break;
      }
      const next = this.index.find(link);
      if (!next) {
        result = placeInDoc(this.doc, link, inside);
        break;
      }
      if (inside && !next.type) {
        result = null;
        break;
      }
      chain.push({ item: current, step: inside ? 1 : 0 });
      current = next;
    }
    this.memo.set(current, result);
    for (let i = chain.length - 1; i >= 0; i--) {
      const { item, step } = chain[i]!;
      if (result) result = { root: result.root, depth: result.depth + step };
      this.memo.set(item, result);
    }
    return result;
  }
}

/** Throws MalformedUpdateError when applying `update` would leave `doc` outside the board schema. */
function checkShape(doc: Y.Doc, shape: UpdateShape, items: ItemRecord[]): void {
  for (const root of shape.roots) {
    if (boardRootDepth(root) === undefined)
      fail(`top-level type ${JSON.stringify(root.slice(0, 40))} is not on a board`);
  }
  // Updates waiting for a missing one land together with this one, so they are checked with it.
  const waiting = doc.store.pendingStructs?.update;
  if (shape.types === 0 && !waiting) return;
  // Yjs keeps what waits in its v2 encoding (bounded by LIMITS.pendingMaxBytes).
  if (waiting) inspectUpdate(Y.convertUpdateFormatV2ToV1(waiting), items);
  const placer = new Placer(doc, new ItemIndex(items));
  for (const item of items) {
    const place = placer.place(item);
    if (!place) continue;
    const allowed = boardRootDepth(place.root);
    if (allowed === undefined) fail(`top-level type ${JSON.stringify(place.root.slice(0, 40))} is not on a board`);
    const depth = item.type ? place.depth + 1 : place.depth;
    if (depth > allowed) fail(`nested ${depth} deep under ${place.root}, the board allows ${allowed}`);
  }
}

/**
 * What a client's update must pass before it is applied: the counts it claims
 * (inspectUpdate) and the board's shape. Throws MalformedUpdateError when
 * applying it would leave `doc` outside the board schema.
 */
export function inspectBoardUpdate(doc: Y.Doc, update: Uint8Array): UpdateShape {
  const items: ItemRecord[] = [];
  const shape = inspectUpdate(update, items);
  checkShape(doc, shape, items);
  return shape;
}
