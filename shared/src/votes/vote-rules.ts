/**
 * The rules of dot voting, pure so the server (which enforces them inside the
 * transaction that stores a dot) and the client (which explains them) agree.
 */
import { canFacilitate, type Role } from '../workshop/roles.js';
import { VOTE_LIMITS, type VoteDots, type VoteError, type VoteProgress, type VoteStatus } from './vote-schemas.js';

export interface BallotRules {
  status: VoteStatus;
  budget: number;
  capPerItem: number | null;
  itemIds: readonly string[];
}

export function dotsSpent(mine: VoteDots): number {
  let spent = 0;
  for (const count of Object.values(mine)) spent += count;
  return spent;
}

export function dotsLeft(budget: number, mine: VoteDots): number {
  return Math.max(0, budget - dotsSpent(mine));
}

/** Why a participant holding `mine` may not put one more dot on `itemId`; null when they may. */
export function castRefusal(rules: BallotRules, mine: VoteDots, itemId: string): VoteError | null {
  if (rules.status !== 'open') return 'vote_closed';
  if (!rules.itemIds.includes(itemId)) return 'unknown_item';
  if (dotsSpent(mine) >= rules.budget) return 'budget_exhausted';
  if (rules.capPerItem !== null && (mine[itemId] ?? 0) >= rules.capPerItem) return 'cap_reached';
  return null;
}

/** Dots can be taken back while the vote is open, one at a time, only from items that have one. */
export function retractRefusal(rules: BallotRules, mine: VoteDots, itemId: string): VoteError | null {
  if (rules.status !== 'open') return 'vote_closed';
  if (!rules.itemIds.includes(itemId)) return 'unknown_item';
  if ((mine[itemId] ?? 0) <= 0) return 'nothing_to_retract';
  return null;
}

/** Only participants vote: a projector cannot, and a facilitator's dot would tilt the vote they run. */
export function canCast(role: Role): boolean {
  return role === 'participant';
}

/** Opening, closing, revealing, promoting and deleting votes. */
export function canRunVotes(role: Role): boolean {
  return canFacilitate(role);
}

/**
 * Tallies are secret until the reveal, for everybody: the facilitator would
 * otherwise be tempted to close the vote when it suits them. After the reveal
 * every role sees them, the projector included.
 */
export function talliesVisible(_role: Role, status: VoteStatus): boolean {
  return status === 'revealed';
}

/** Before the reveal, facilitators see how many took part, never for what. */
export function progressVisible(role: Role): boolean {
  return canFacilitate(role);
}

export function talliesFor(role: Role, status: VoteStatus, tallies: VoteDots): VoteDots | null {
  return talliesVisible(role, status) ? tallies : null;
}

export function progressFor(role: Role, progress: VoteProgress): VoteProgress | null {
  return progressVisible(role) ? progress : null;
}

export function closeRefusal(status: VoteStatus): VoteError | null {
  return status === 'open' ? null : 'vote_closed';
}

export function promoteRefusal(status: VoteStatus): VoteError | null {
  return status === 'revealed' ? null : 'not_revealed';
}

export interface TopItems {
  /** The first `count` items with at least one dot, most dots first; equal counts keep item order. */
  top: string[];
  /**
   * When items with the same count sit on both sides of the cut: all of them,
   * in item order (empty otherwise), so the UI can say the order decided.
   */
  tiedAtCut: string[];
}

export function topItems(items: readonly { id: string }[], tallies: VoteDots, count: number): TopItems {
  const ranked = items
    .map((item, index) => ({ id: item.id, index, dots: tallies[item.id] ?? 0 }))
    .filter((entry) => entry.dots > 0)
    .sort((a, b) => b.dots - a.dots || a.index - b.index);
  const top = ranked.slice(0, Math.max(0, count));
  const last = top.at(-1);
  const cutIsTied = last !== undefined && ranked.length > top.length && ranked[top.length]!.dots === last.dots;
  const tiedAtCut = cutIsTied
    ? ranked
        .filter((entry) => entry.dots === last.dots)
        .sort((a, b) => a.index - b.index)
        .map((entry) => entry.id)
    : [];
  return { top: top.map((entry) => entry.id), tiedAtCut };
}

/** What promoting the top `count` adds now: items promoted before are not promoted twice. */
export function itemsToPromote(
  items: readonly { id: string }[],
  tallies: VoteDots,
  count: number,
  alreadyPromoted: readonly string[],
): TopItems & { fresh: string[] } {
  const result = topItems(items, tallies, count);
  const done = new Set(alreadyPromoted);
  return { ...result, fresh: result.top.filter((id) => !done.has(id)) };
}

/**
 * What a vote opened for a whole station votes on: its clusters where it has
 * any (the team already sorted its notes into them), else its notes, at most
 * as many as a vote holds. Empty when the board has neither.
 */
export function wholeBoardItems(
  items: ReadonlyArray<{ kind: 'note' | 'group'; id: string }>,
): Array<{ kind: 'note' | 'group'; id: string }> {
  const groups = items.filter((i) => i.kind === 'group');
  const chosen = groups.length > 0 ? groups : items.filter((i) => i.kind === 'note');
  return chosen.slice(0, VOTE_LIMITS.itemsPerSession).map(({ kind, id }) => ({ kind, id }));
}
