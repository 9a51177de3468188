import type { ReactNode } from 'react';
import type { Station } from '@mutopia/shared/workshop/definition';
import type { BoardSession } from '../board/session';

/** Who is looking at a station's board, as the typed content needs to know it. */
export interface StationContentProps {
  station: Station;
  session: BoardSession;
  /** Viewers (projectors) only look; facilitators may also prepare content (a persona, the harbour). */
  role: 'participant' | 'facilitator' | 'viewer';
  /** The participant's team, null for facilitators and projectors. */
  teamId: string | null;
}

/**
 * What a station shows beside its notes, by kind: the persona card in a team
 * space, key insights in a room, the question and motto at an [M]Utopie station.
 * Returns null when the kind has nothing to add. A plain function, not a
 * component, so that null reaches BoardView and the canvas keeps the full width;
 * panels that render nothing at times leave the aside empty, which CSS hides.
 */
export function stationAside(props: StationContentProps): ReactNode {
  switch (props.station.kind) {
    default:
      return null;
  }
}

/**
 * Stations whose main area is not the note canvas (the harbour shows its ships,
 * the question wall its questions). Returns null to keep the canvas; a plain
 * function like stationAside.
 */
export function stationMain(props: StationContentProps): ReactNode {
  switch (props.station.kind) {
    default:
      return null;
  }
}
