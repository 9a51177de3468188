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
}

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

function skipContent(decoder: decoding.Decoder, kind: number): void {
  switch (kind) {
    case CONTENT.deleted:
      decoding.readVarUint(decoder);
      return;
    case CONTENT.json: {
      const items = readCount(decoder, 1, 'json content');
      for (let i = 0; i < items; i++) skipBytes(decoder, 'json');
      return;
    }
    case CONTENT.binary:
    case CONTENT.string:
    case CONTENT.embed:
      skipBytes(decoder, 'content');
      return;
    case CONTENT.format:
      skipBytes(decoder, 'format key');
      skipBytes(decoder, 'format value');
      return;
    case CONTENT.type: {
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef > LAST_TYPE_REF) fail('unknown type');
      if (typeRef === TYPE_XML_ELEMENT || typeRef === TYPE_XML_HOOK) skipBytes(decoder, 'type name');
      return;
    }
    case CONTENT.any: {
      const items = readCount(decoder, 1, 'any content');
      for (let i = 0; i < items; i++) skipAny(decoder, 0);
      return;
    }
    default:
      // Subdocuments (9) have no place on a board; 11–31 do not exist.
      fail(`content kind ${kind} refused`);
  }
}

function skipStruct(decoder: decoding.Decoder): void {
  const info = readByte(decoder);
  const kind = info & BITS5;
  if (kind === CONTENT.gc || kind === CONTENT.skip) {
    decoding.readVarUint(decoder);
    return;
  }
  if (info & BIT8) skipId(decoder);
  if (info & BIT7) skipId(decoder);
  if ((info & (BIT7 | BIT8)) === 0) {
    if (decoding.readVarUint(decoder) === 1) skipBytes(decoder, 'parent key');
    else skipId(decoder);
    if (info & BIT6) skipBytes(decoder, 'parent sub');
  }
  skipContent(decoder, kind);
}

/**
 * Walks an update and returns how many structs and delete ranges it holds;
 * throws MalformedUpdateError when a count is larger than the bytes could
 * hold, a kind is unknown, or the bytes end early.
 */
export function inspectUpdate(update: Uint8Array): UpdateShape {
  const decoder = decoding.createDecoder(update);
  try {
    let structs = 0;
    // Each client's block: struct count, client, clock (3 bytes at least).
    const clients = readCount(decoder, 3, 'clients');
    for (let i = 0; i < clients; i++) {
      const count = decoding.readVarUint(decoder);
      skipId(decoder);
      // A struct is an info byte and at least one byte after it.
      if (count * 2 > remaining(decoder)) fail(`structs: claims ${count}, ${remaining(decoder)} bytes left`);
      for (let j = 0; j < count; j++) skipStruct(decoder);
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
    return { structs, deletes };
  } catch (error) {
    if (error instanceof MalformedUpdateError) throw error;
    // lib0 throws plain errors when the bytes end in the middle of a number.
    throw new MalformedUpdateError(error instanceof Error ? error.message : 'undecodable');
  }
}
