import type { ReactNode } from 'react';
import type { Station } from '@mutopia/shared/workshop/definition';
import type { BoardSession } from '../board/session';
import { QuestionWall } from '../questions/QuestionWall';
import { TeamQuestionCard } from '../questions/TeamQuestionCard';
import { StationVotes } from '../votes/StationVotes';
import { carriesTeamPack, hasCanvas } from './station-kinds';
import { InsightsPanel } from './insights/InsightsPanel';
import { MutopiaBrief } from './mutopia/MutopiaBrief';
import { PersonaCard } from './persona/PersonaCard';
import { TeamPack } from './persona/TeamPack';
import { Harbour } from './ships/Harbour';
import { StationShips } from './ships/StationShips';

import './content.css';
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
  const content = asideByKind(props);
  const pack = teamPack(props);
  // The vote comes first: while one runs, it is what the room is doing. It renders nothing when there is none.
  // Stations without a canvas have no notes to vote on (the question wall votes from its own toolbar).
  const votes = hasCanvas(props.station.kind) && (
    <StationVotes station={props.station} session={props.session} role={props.role} />
  );
  // Rooms work from the team's persona and question, so they lead; an [M]Utopie station's own question leads there.
  const packFirst = props.station.kind !== 'mutopia';
  return (
    <>
      {votes}
      {packFirst && pack}
      {content}
      {!packFirst && pack}
    </>
  );
}

/** The panels of each kind of station (the team's pack is added for every kind). */
function asideByKind(props: StationContentProps): ReactNode {
  const { station, session, role, teamId } = props;
  switch (station.kind) {
    case 'teamSpace':
      return (
        <>
          <PersonaCard
            doc={session.doc}
            origin={session.origin}
            editable={
              !session.readOnly && (role === 'facilitator' || (role === 'participant' && teamId === station.teamId))
            }
            large={role === 'viewer'}
          />
          {station.teamId && role !== 'viewer' && (
            <TeamQuestionCard
              teamId={station.teamId}
              role={role}
              editable={role === 'facilitator' || teamId === station.teamId}
            />
          )}
        </>
      );
    case 'mutopia':
      return (
        <>
          {/* The projector's header already shows the question, perspective and budget large. */}
          {role !== 'viewer' && <MutopiaBrief station={station} />}
          <StationShips station={station} session={session} readOnly={session.readOnly || role === 'viewer'} />
          <InsightsPanel session={session} present={role === 'viewer'} />
        </>
      );
    case 'solutionRoom':
    case 'themedRoom':
    case 'expertTable':
    case 'stand':
    case 'plenary':
      return <InsightsPanel session={session} present={role === 'viewer'} />;
    default:
      return null;
  }
}

/** A participant carries the team's persona and question into every room but the team's own space. */
function teamPack({ station, role, teamId }: StationContentProps): ReactNode {
  if (role !== 'participant' || !carriesTeamPack(station, teamId)) return null;
  return <TeamPack teamId={teamId} />;
}

/**
 * Stations whose main area is not the note canvas (the harbour shows its ships,
 * the question wall its questions). Returns null to keep the canvas; a plain
 * function like stationAside.
 */
export function stationMain(props: StationContentProps): ReactNode {
  switch (props.station.kind) {
    case 'questionWall':
      return <QuestionWall station={props.station} role={props.role} teamId={props.teamId} />;
    case 'harbour':
      return (
        <Harbour
          session={props.session}
          readOnly={props.session.readOnly || props.role === 'viewer'}
          present={props.role === 'viewer'}
        />
      );
    default:
      return null;
  }
}
