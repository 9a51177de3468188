/**
 * "Take the top N forward" with ties: when the cut at N falls between items
 * with equal dots, nothing is promoted until the facilitator has chosen. The
 * console computes the same plan from the revealed tallies to ask before it
 * sends anything; the server computes it again and refuses an undecided tie.
 */
import type { PromoteResolution, VoteDots, VoteError, VoteTie } from './vote-schemas.js';

export type PromotionPlan =
  | { kind: 'promote'; ids: string[] }
  | { kind: 'tie'; tie: VoteTie }
  | { kind: 'refused'; error: Extract<VoteError, 'not_in_tie'> };

/** Items with at least one dot, most dots first; equal dots keep ballot order. */
export function rankByDots(items: readonly { id: string }[], tallies: VoteDots): Array<{ id: string; dots: number }> {
  return items
    .map((item, index) => ({ id: item.id, index, dots: tallies[item.id] ?? 0 }))
    .filter((entry) => entry.dots > 0)
    .sort((a, b) => b.dots - a.dots || a.index - b.index)
    .map(({ id, dots }) => ({ id, dots }));
}

/**
 * What promoting the top `count` adds now. Items promoted before are not
 * promoted again, and seats in a tie that an earlier choice filled stay filled:
 * after picking one of three tied items for the top 1, asking for the top 1
 * again asks nothing.
 */
export function planPromotion(
  items: readonly { id: string }[],
  tallies: VoteDots,
  count: number,
  alreadyPromoted: readonly string[],
  resolution?: PromoteResolution,
): PromotionPlan {
  const done = new Set(alreadyPromoted);
  const fresh = (ids: string[]) => ids.filter((id) => !done.has(id));
  const ranked = rankByDots(items, tallies);
  const cut = ranked[count - 1];
  if (count <= 0 || !cut || ranked[count]?.dots !== cut.dots) {
    return { kind: 'promote', ids: fresh(ranked.slice(0, Math.max(0, count)).map((e) => e.id)) };
  }
  const above = ranked.filter((e) => e.dots > cut.dots).map((e) => e.id);
  const tiedAll = ranked.filter((e) => e.dots === cut.dots).map((e) => e.id);
  const seats = count - above.length - tiedAll.filter((id) => done.has(id)).length;
  const clear = fresh(above);
  if (seats <= 0) return { kind: 'promote', ids: clear };
  const tied = fresh(tiedAll);
  if (resolution === undefined) return { kind: 'tie', tie: { dots: cut.dots, seats, clear, tied } };
  if (resolution === 'all_tied') return { kind: 'promote', ids: [...clear, ...tied] };
  const picked = new Set(resolution.pick);
  if (resolution.pick.some((id) => !tied.includes(id))) return { kind: 'refused', error: 'not_in_tie' };
  return { kind: 'promote', ids: [...clear, ...tied.filter((id) => picked.has(id))] };
}
