import { LIMITS } from '@mutopia/shared';
import type { Point } from './viewport-math';

/** What each person shares about themselves through Yjs awareness (never stored). */
export interface PresenceState {
  user: { name: string; color: string };
  /** Pointer position in board coordinates, or null when it is not over the board. */
  cursor: Point | null;
  selection: string[];
}

export interface Peer extends PresenceState {
  clientId: number;
}

const MAX_SHARED_SELECTION = 500;
const COLOR = /^#[0-9a-f]{6}$/i;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Awareness states come straight from other browsers, so they are checked
 * field by field; anything odd is dropped rather than rendered.
 */
export function parsePeer(clientId: number, state: unknown): Peer | null {
  if (typeof state !== 'object' || state === null) return null;
  const { user, cursor, selection } = state as Record<string, unknown>;
  if (typeof user !== 'object' || user === null) return null;
  const { name, color } = user as Record<string, unknown>;
  if (typeof name !== 'string' || typeof color !== 'string' || !COLOR.test(color)) return null;

  let point: Point | null = null;
  if (typeof cursor === 'object' && cursor !== null) {
    const { x, y } = cursor as Record<string, unknown>;
    if (isFiniteNumber(x) && isFiniteNumber(y)) point = { x, y };
  }
  const ids = Array.isArray(selection)
    ? selection.filter((id): id is string => typeof id === 'string').slice(0, MAX_SHARED_SELECTION)
    : [];
  return {
    clientId,
    user: { name: name.slice(0, LIMITS.displayNameMaxLength), color },
    cursor: point,
    selection: ids,
  };
}

export function shareableSelection(selected: Iterable<string>): string[] {
  return [...selected].slice(0, MAX_SHARED_SELECTION);
}

/** For each note someone else has selected: the first selector's colour and everyone's names. */
export function remoteSelections(peers: readonly Peer[]): Map<string, { color: string; names: string }> {
  const out = new Map<string, { color: string; names: string }>();
  for (const peer of peers) {
    for (const id of peer.selection) {
      const existing = out.get(id);
      out.set(
        id,
        existing
          ? { ...existing, names: `${existing.names}, ${peer.user.name}` }
          : { color: peer.user.color, names: peer.user.name },
      );
    }
  }
  return out;
}
