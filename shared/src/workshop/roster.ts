/**
 * The people of a workshop as the facilitator manages them: who may change
 * whom (wire schema and rule), and the counts of the console's summary.
 */
import { z } from 'zod';
import { singleLine } from '../plain-text.js';
import { LIMITS } from '../limits.js';
import type { WorkshopDefinition } from './definition.js';
import { locate } from './location.js';
import { canFacilitate, type Role } from './roles.js';
import type { SessionState } from './session-state.js';

const id = singleLine(z.string().min(1).max(64));
const displayName = singleLine(z.string().trim().min(1).max(LIMITS.displayNameMaxLength));

/**
 * `roster:edit`: a facilitator moves, renames or removes anyone; a participant
 * moves or renames themselves. `teamId: null` means "without a team".
 */
export const rosterEditSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('move'), participantId: id, teamId: id.nullable() }).strict(),
  z.object({ type: z.literal('rename'), participantId: id, displayName }).strict(),
  z.object({ type: z.literal('remove'), participantId: id }).strict(),
]);
export type RosterEdit = z.infer<typeof rosterEditSchema>;

export type RosterEditError = 'forbidden' | 'not_found' | 'unknown_team';

/** Whether `role` (acting as participant `self`, if one) may make this edit. */
export function mayEditRoster(role: Role, self: string | null, edit: RosterEdit): boolean {
  if (canFacilitate(role)) return true;
  // Leaving is not undone by joining again with the same link, so removal stays with the facilitator.
  return role === 'participant' && self === edit.participantId && edit.type !== 'remove';
}

interface Person {
  id: string;
  teamId: string | null;
  online: boolean;
}

export interface RosterCounts {
  total: number;
  online: number;
  /** Online and in the plenary view. */
  plenary: number;
  /** Online and still to pick a room in a self-selection. */
  choosing: number;
}

/**
 * The console's summary line. Someone whose phone is off cannot choose or
 * listen, so "wählen noch" and "im Plenum" count only people online: a
 * facilitator waiting for the last choices waits for people who can make them.
 */
export function rosterCounts(
  definition: WorkshopDefinition,
  state: SessionState,
  people: readonly Person[],
): RosterCounts {
  const counts: RosterCounts = { total: people.length, online: 0, plenary: 0, choosing: 0 };
  for (const person of people) {
    if (!person.online) continue;
    counts.online++;
    const where = locate(definition, state, person).kind;
    if (where === 'plenary') counts.plenary++;
    else if (where === 'choose') counts.choosing++;
  }
  return counts;
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!(key in record)) return record;
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

/**
 * The state after a person was removed: their place in a split and their room
 * choices go, so a room they held counts as free again. Unchanged (same
 * object) when they had none.
 */
export function withoutParticipant(state: SessionState, participantId: string): SessionState {
  const split = without(state.split, participantId);
  const choices = without(state.choices, participantId);
  const visited = without(state.visited, participantId);
  if (split === state.split && choices === state.choices && visited === state.visited) return state;
  return { ...state, split, choices, visited, revision: state.revision + 1 };
}
