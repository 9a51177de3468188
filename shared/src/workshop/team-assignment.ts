/**
 * Which team "assign me to a team" puts a new arrival into. A team is a group
 * of people working together, so an arrival joins people rather than opening
 * an empty team while a team with members still has space; teams fill towards
 * their target size one after another, and only when every team is full do
 * they grow past it, evenly.
 */

/** Four per team: the seed conference's 120 people in 30 teams. */
export const DEFAULT_TEAM_SIZE = 4;

interface Member {
  teamId: string | null;
}

/** Members per team, in the order of `teamIds`; members of unknown teams are not counted. */
export function teamSizes(teamIds: readonly string[], members: readonly Member[]): Map<string, number> {
  const sizes = new Map(teamIds.map((id) => [id, 0]));
  for (const member of members) {
    const size = member.teamId === null ? undefined : sizes.get(member.teamId);
    if (size !== undefined) sizes.set(member.teamId!, size + 1);
  }
  return sizes;
}

/**
 * The team for the next arrival, or null when there are no teams:
 * 1. the smallest team that has members and is below the target size;
 * 2. else the first empty team;
 * 3. else (every team at or above the target) the smallest team.
 * Ties go to the team listed first, so the result is the same on every server.
 */
export function assignTeam(
  teamIds: readonly string[],
  members: readonly Member[],
  targetSize: number = DEFAULT_TEAM_SIZE,
): string | null {
  const sizes = teamSizes(teamIds, members);
  const smallest = (keep: (size: number) => boolean): string | null => {
    let best: string | null = null;
    for (const [id, size] of sizes) if (keep(size) && (best === null || size < sizes.get(best)!)) best = id;
    return best;
  };
  return smallest((size) => size > 0 && size < targetSize) ?? smallest((size) => size === 0) ?? smallest(() => true);
}
