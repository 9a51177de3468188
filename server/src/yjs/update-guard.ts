/**
 * Checks a Yjs update (v1 encoding) before Yjs decodes it. Yjs sizes arrays
 * from the counts an update claims (`new Array(numberOfStructs)`), so ten bytes
 * claiming 268 million structs cost a second and 250 MB. Here every count is
 * checked against the bytes that follow it: each element it announces needs at
 * least one byte, so a count larger than what is left cannot be true.
 * Walks the same layout as yjs' readClientsStructRefs, readItemContent and
 * readDeleteSet, without allocating what it reads.
 */
import * as decoding from 'lib0/decoding';

/** Nesting deeper than this in a value (`ContentAny`) is refused: board values are flat. */
const MAX_ANY_DEPTH = 32;

const BITS5 = 31;
const BIT6 = 32;
const BIT7 = 64;
const BIT8 = 128;

/** Content kinds (info & BITS5) of yjs' Item content. */
const CONTENT = {
  gc: 0,
  deleted: 1,
  json: 2,
  binary: 3,
  string: 4,
  embed: 5,
  format: 6,
  type: 7,
  any: 8,
  doc: 9,
  skip: 10,
} as const;
const TYPE_XML_ELEMENT = 3;
const TYPE_XML_HOOK = 5;
const LAST_TYPE_REF = 6;

export class MalformedUpdateError extends Error {}

export interface UpdateShape {
  /** Structs (inserted items, GC and skip ranges) the update carries. */
  structs: number;
  /** Delete ranges in its delete set. */
  deletes: number;
  /** Items that create a type (map, text, array): only these can make the document deeper. */
  types: number;
  /** Names of the top-level types its items are written into directly. */
  roots: Set<string>;
}

export interface StructId {
  client: number;
  clock: number;
}

/** An item of an update as far as the board's shape is concerned (see schema-guard.ts). */
export interface ItemRecord extends StructId {
  /** Clock ticks it covers (a string's UTF-16 length, a value list's count, 1 for a type). */
  length: number;
  /** A top-level type's name, the item holding the parent type, or null when it follows its neighbours. */
  parent: string | StructId | null;
  origin: StructId | null;
  rightOrigin: StructId | null;
  /** It creates a type (map, text, array). */
  type: boolean;
}

/** What the walk collects besides checking the counts. */
interface Seen {
  types: number;
  roots: Set<string>;
  /** Filled only when asked for. */
  items: ItemRecord[] | null;
}

const utf8 = new TextDecoder();

function fail(what: string): never {
  throw new MalformedUpdateError(what);
}

function remaining(decoder: decoding.Decoder): number {
  return decoder.arr.length - decoder.pos;
}

/** Reads a count whose every element needs at least `minBytes` more bytes. */
function readCount(decoder: decoding.Decoder, minBytes: number, what: string): number {
  const count = decoding.readVarUint(decoder);
  if (count * minBytes > remaining(decoder)) fail(`${what}: claims ${count}, ${remaining(decoder)} bytes left`);
  return count;
}

function advance(decoder: decoding.Decoder, bytes: number): void {
  if (bytes > remaining(decoder)) fail('ends early');
  decoder.pos += bytes;
}

/** lib0's readUint8 does not check the end. */
function readByte(decoder: decoding.Decoder): number {
  if (remaining(decoder) < 1) fail('ends early');
  return decoding.readUint8(decoder);
}

function skipBytes(decoder: decoding.Decoder, what: string): void {
  advance(decoder, readCount(decoder, 1, what));
}

/** The UTF-16 length of a UTF-8 string, which is what Yjs counts clocks in: every lead byte, twice for 4-byte ones. */
function skipString(decoder: decoding.Decoder): number {
  const bytes = readCount(decoder, 1, 'content');
  const end = decoder.pos + bytes;
  let units = 0;
  for (let i = decoder.pos; i < end; i++) {
    const byte = decoder.arr[i]!;
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  }
  decoder.pos = end;
  return units;
}

function readId(decoder: decoding.Decoder): StructId {
  const client = decoding.readVarUint(decoder);
  return { client, clock: decoding.readVarUint(decoder) };
}

function skipId(decoder: decoding.Decoder): void {
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
}

/** lib0 readAny's layout (type byte 127 down to 116), with counts and depth checked. */
function skipAny(decoder: decoding.Decoder, depth: number): void {
  if (depth > MAX_ANY_DEPTH) fail('value nested too deep');
  switch (127 - readByte(decoder)) {
    case 0: // undefined
    case 1: // null
    case 6: // false
    case 7: // true
      return;
    case 2: // integer
      decoding.readVarInt(decoder);
      return;
    case 3: // float32
      advance(decoder, 4);
      return;
    case 4: // float64
    case 5: // bigint64
      advance(decoder, 8);
      return;
    case 8: // string
    case 11: // Uint8Array
      skipBytes(decoder, 'value');
      return;
    case 9: {
      // object: key string and value, at least 2 bytes each
      const entries = readCount(decoder, 2, 'object');
      for (let i = 0; i < entries; i++) {
        skipBytes(decoder, 'object key');
        skipAny(decoder, depth + 1);
      }
      return;
    }
    case 10: {
      const items = readCount(decoder, 1, 'array');
      for (let i = 0; i < items; i++) skipAny(decoder, depth + 1);
      return;
    }
    default:
      fail('unknown value type');
  }
}

/** Skips an item's content and returns its length in clock ticks. */
function skipContent(decoder: decoding.Decoder, kind: number, seen: Seen): number {
  switch (kind) {
    case CONTENT.deleted:
      return decoding.readVarUint(decoder);
    case CONTENT.json: {
      const items = readCount(decoder, 1, 'json content');
      for (let i = 0; i < items; i++) skipBytes(decoder, 'json');
      return items;
    }
    case CONTENT.string:
      return skipString(decoder);
    case CONTENT.binary:
    case CONTENT.embed:
      skipBytes(decoder, 'content');
      return 1;
    case CONTENT.format:
      skipBytes(decoder, 'format key');
      skipBytes(decoder, 'format value');
      return 1;
    case CONTENT.type: {
      seen.types++;
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef > LAST_TYPE_REF) fail('unknown type');
      if (typeRef === TYPE_XML_ELEMENT || typeRef === TYPE_XML_HOOK) skipBytes(decoder, 'type name');
      return 1;
    }
    case CONTENT.any: {
      const items = readCount(decoder, 1, 'any content');
      for (let i = 0; i < items; i++) skipAny(decoder, 0);
      return items;
    }
    default:
      // Subdocuments (9) have no place on a board; 11–31 do not exist.
      fail(`content kind ${kind} refused`);
  }
}

/** Skips one struct at `at` and returns its length in clock ticks. */
function skipStruct(decoder: decoding.Decoder, seen: Seen, at: StructId): number {
  const info = readByte(decoder);
  const kind = info & BITS5;
  if (kind === CONTENT.gc || kind === CONTENT.skip) return decoding.readVarUint(decoder);
  const origin = info & BIT8 ? readId(decoder) : null;
  const rightOrigin = info & BIT7 ? readId(decoder) : null;
  let parent: ItemRecord['parent'] = null;
  if ((info & (BIT7 | BIT8)) === 0) {
    if (decoding.readVarUint(decoder) === 1) {
      const length = readCount(decoder, 1, 'parent key');
      parent = utf8.decode(decoding.readUint8Array(decoder, length));
      seen.roots.add(parent);
    } else parent = readId(decoder);
    if (info & BIT6) skipBytes(decoder, 'parent sub');
  }
  const length = skipContent(decoder, kind, seen);
  if (seen.items)
    seen.items.push({
      client: at.client,
      clock: at.clock,
      length,
      parent,
      origin,
      rightOrigin,
      type: kind === CONTENT.type,
    });
  return length;
}

/**
 * Walks an update and returns how many structs and delete ranges it holds;
 * throws MalformedUpdateError when a count is larger than the bytes could
 * hold, a kind is unknown, or the bytes end early. With `items`, it also
 * lists the update's items there.
 */
export function inspectUpdate(update: Uint8Array, items: ItemRecord[] | null = null): UpdateShape {
  const decoder = decoding.createDecoder(update);
  try {
    let structs = 0;
    const seen: Seen = { types: 0, roots: new Set(), items };
    // Each client's block: struct count, client, clock (3 bytes at least).
    const clients = readCount(decoder, 3, 'clients');
    for (let i = 0; i < clients; i++) {
      const count = decoding.readVarUint(decoder);
      const { client, clock } = readId(decoder);
      // A struct is an info byte and at least one byte after it.
      if (count * 2 > remaining(decoder)) fail(`structs: claims ${count}, ${remaining(decoder)} bytes left`);
      let at = clock;
      for (let j = 0; j < count; j++) at += skipStruct(decoder, seen, { client, clock: at });
      structs += count;
    }
    let deletes = 0;
    const dsClients = readCount(decoder, 2, 'delete set');
    for (let i = 0; i < dsClients; i++) {
      decoding.readVarUint(decoder);
      const ranges = readCount(decoder, 2, 'delete ranges');
      for (let j = 0; j < ranges; j++) skipId(decoder);
      deletes += ranges;
    }
    return { structs, deletes, types: seen.types, roots: seen.roots };
  } catch (error) {
    if (error instanceof MalformedUpdateError) throw error;
    // lib0 throws plain errors when the bytes end in the middle of a number.
    throw new MalformedUpdateError(error instanceof Error ? error.message : 'undecodable');
  }
}
