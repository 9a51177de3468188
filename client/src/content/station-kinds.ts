import type { Station } from '@mutopia/shared/workshop/definition';

const WITHOUT_CANVAS: ReadonlySet<Station['kind']> = new Set(['questionWall', 'harbour']);

/** Whether a station's board is the note canvas (the question wall and the harbour show their own view instead). */
export function hasCanvas(kind: Station['kind']): boolean {
  return !WITHOUT_CANVAS.has(kind);
}

/** A participant carries the team's persona and question into every station but the team's own space. */
export function carriesTeamPack(station: Station, teamId: string | null | undefined): teamId is string {
  if (!teamId) return false;
  return !(station.kind === 'teamSpace' && station.teamId === teamId);
}
