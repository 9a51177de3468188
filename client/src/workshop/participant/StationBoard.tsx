import { useTranslation } from 'react-i18next';
import type { Station, Team } from '@mutopia/shared/workshop/definition';
import { doneKeyOf } from '@mutopia/shared/workshop/session-reducer';
import type { BoardSession } from '../../board/session';
import { BoardView } from '../../board/BoardView';
import { ConnectionIndicator } from '../../board/ConnectionIndicator';
import { stationAside, stationMain } from '../../content/StationContent';
import { useStationAsideTab } from '../../content/useStationAsideTab';
import { StationFacts, TeamChip, useCommands } from '../components';
import { useDefinition, useSession, useWorkshop } from '../useWorkshop';
import { useMyLocation } from './useMyLocation';

const WORK_REASONS = new Set(['rotation', 'teamSpace', 'split', 'choice']);
/** Where the team chip explains why one is here. */
const TEAM_REASONS = new Set(['rotation', 'teamSpace']);

export function StationBoard({
  station,
  reason,
  team,
  onChangeRoom,
}: {
  station: Station;
  reason: string;
  team: Team | undefined;
  onChangeRoom: (() => void) | undefined;
}) {
  const { token } = useWorkshop();
  const boardId = useSession((s) => s.view!.boards[station.id]);
  const displayName = useSession((s) => s.welcome?.displayName ?? undefined);
  const asideTab = useStationAsideTab(station);
  if (!boardId) {
    return (
      <section className="participant-screen" data-testid="station-no-board">
        <h2 className="participant-screen__title" data-testid="station-name">
          {station.name}
        </h2>
        {station.prompt && <p className="participant-screen__instruction">{station.prompt}</p>}
      </section>
    );
  }
  return (
    <BoardView
      key={boardId}
      boardId={boardId}
      restTitle={station.name}
      openedOffline={false}
      token={token}
      embedded
      displayName={displayName}
      aside={(session) => stationAside({ station, session, role: 'participant', teamId: team?.id ?? null })}
      main={(session) => stationMain({ station, session, role: 'participant', teamId: team?.id ?? null })}
      asideTab={asideTab}
      header={(session) => (
        <StationHeader
          station={station}
          session={session}
          reason={reason}
          team={team}
          onChangeRoom={onChangeRoom}
          done={WORK_REASONS.has(reason)}
        />
      )}
    />
  );
}

export function StationHeader({
  station,
  session,
  reason,
  team,
  onChangeRoom,
  onBack,
  done = false,
}: {
  station: Station;
  session: BoardSession | null;
  reason?: string;
  team?: Team | undefined;
  onChangeRoom?: (() => void) | undefined;
  onBack?: () => void;
  done?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useSession((s) => s.view!.definition.locale);
  return (
    <div className="station-header" data-testid="station-header" data-station-id={station.id}>
      <div className="station-header__text" lang={locale}>
        <h2 className="station-header__name" data-testid="station-name">
          {station.name}
        </h2>
        {station.prompt && <p className="station-header__prompt">{station.prompt}</p>}
        <StationFacts station={station} />
        {reason && (
          <p className="station-header__reason">
            {t(`participant.reason.${reason as 'rotation'}`)}
            {team && TEAM_REASONS.has(reason) && <TeamChip team={team} small />}
          </p>
        )}
      </div>
      <div className="station-header__tools">
        {onBack && (
          <button type="button" className="button button--secondary button--small" onClick={onBack}>
            {t('participant.back')}
          </button>
        )}
        {onChangeRoom && (
          <button
            type="button"
            className="button button--secondary button--small"
            data-testid="change-room"
            onClick={onChangeRoom}
          >
            {t('participant.changeRoom')}
          </button>
        )}
        {done && <DoneToggle />}
        {session && <ConnectionIndicator session={session} />}
      </div>
    </div>
  );
}

function DoneToggle() {
  const { t } = useTranslation();
  const { participantId, teamId } = useMyLocation();
  const definition = useDefinition();
  const state = useSession((s) => s.state!);
  // The same key the server records the signal under: the team, or the station where people are spread out.
  const key = doneKeyOf(definition, state, { id: participantId, teamId });
  const done = key !== null && state.done[key] === true;
  const { run, busy, error } = useCommands();
  return (
    <>
      <button
        type="button"
        className={done ? 'button button--small done-toggle is-done' : 'button button--small done-toggle'}
        aria-pressed={done}
        disabled={busy}
        data-testid="done-toggle"
        onClick={() => void run({ type: 'done.set', done: !done })}
      >
        {done ? `✓ ${t('participant.doneOn')}` : t('participant.doneOff')}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
