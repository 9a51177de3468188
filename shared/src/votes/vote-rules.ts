/**
 * The rules of dot voting, pure so the server (which enforces them inside the
 * transaction that stores a dot) and the client (which explains them) agree.
 */
import { canFacilitate, type Role } from '../workshop/roles.js';
import type { VoteDots, VoteError, VoteProgress, VoteStatus } from './vote-schemas.js';

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

/**
 * Before the reveal, facilitators and projectors see how many took part, never
 * for what: the room watches the vote fill up on the projector.
 */
export function progressVisible(role: Role): boolean {
  return canFacilitate(role) || role === 'viewer';
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
