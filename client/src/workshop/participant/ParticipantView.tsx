import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Station, Team, WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import type { Location } from '@mutopia/shared/workshop/location';
import { currentPhase, effectivePhase } from '@mutopia/shared/workshop/phases';
import type { SessionState } from '@mutopia/shared/workshop/session-state';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { DisplayMenu } from '../../app/DisplayMenu';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useStationAsideTab } from '../../content/useStationAsideTab';
import { BoardView } from '../../board/BoardView';
import { stationAside, stationMain } from '../../content/StationContent';
import { announce } from '../../stores/announcements';
import { usePreferences } from '../../stores/preferences';
import { useWorkshopAccess } from '../../stores/workshopAccess';
import { BroadcastBanner, SessionStatus, TeamChip, TimeUpBanner } from '../components';
import { roundInfo } from '../overview';
import { playChime, unlockAudio } from '../sound';
import { SessionAnnouncer } from '../SessionAnnouncer';
import { Timer } from '../Timer';
import { useSession, useWorkshop, useDefinition } from '../useWorkshop';
import { WorkshopVoteSheet } from '../../votes/WorkshopVoteSheet';
import { SelfEditMenu } from './SelfEditMenu';
import { StationBoard, StationHeader } from './StationBoard';
import { useMyLocation } from './useMyLocation';
import { StationChooser } from './StationChooser';

import '../station-header.css';
import './participant.css';

export function ParticipantView() {
  const { t } = useTranslation();
  const { workshopId } = useWorkshop();
  const definition = useDefinition();
  const state = useSession((s) => s.state!);
  const { location, teamId } = useMyLocation();
  const phase = currentPhase(definition, state);
  const team = definition.teams.find((x) => x.id === teamId);
  const stationId = location.kind === 'station' ? location.stationId : null;
  const station = stationId ? definition.stations.find((s) => s.id === stationId) : undefined;
  const [changingRoom, setChangingRoom] = useState(false);
  const notice = useMoveNotice(location, definition.stations);
  useDocumentTitle(phase ? `${phase.title} · ${definition.title}` : definition.title);

  // Keep the remembered team and title in step with what the server says.
  const welcome = useSession((s) => s.welcome);
  useEffect(() => {
    const record = useWorkshopAccess.getState().workshops[workshopId];
    if (!record?.participant) return;
    const patch = { title: definition.title };
    if (welcome && welcome.teamId !== record.participant.teamId) {
      useWorkshopAccess
        .getState()
        .update(workshopId, { ...patch, participant: { ...record.participant, teamId: welcome.teamId } });
    } else if (record.title !== definition.title) {
      useWorkshopAccess.getState().update(workshopId, patch);
    }
  }, [workshopId, welcome, definition.title]);

  useEffect(() => {
    if (location.kind !== 'station' || location.reason !== 'choice') setChangingRoom(false);
  }, [location]);

  return (
    <div className="participant" data-testid="participant-view" data-location={location.kind}>
      <header className="participant-header">
        <div className="participant-header__phase">
          <span className="participant-header__workshop">{definition.title}</span>
          <h1
            className="participant-header__title"
            data-testid="participant-phase-title"
            lang={phase ? definition.locale : undefined}
          >
            {phase ? phase.title : t('participant.waitingTitle')}
          </h1>
        </div>
        <Timer variant="pill" chime />
        <ParticipantMenu />
        <SessionStatus />
      </header>
      <SessionAnnouncer teamId={teamId ?? null} stationId={stationId} />
      <TimeUpBanner />
      <BroadcastBanner />
      {notice && (
        // Said through the app's live region (useMoveNotice), which is there before the notice appears.
        <div className="move-notice" data-testid="move-notice">
          <span>{notice}</span>
        </div>
      )}
      <PhaseInstruction />
      <WorkshopVoteSheet />
      <main className="participant-main">
        {location.kind === 'waiting' && <WaitingScreen team={team} />}
        {location.kind === 'plenary' && <PlenaryScreen />}
        {(location.kind === 'choose' || changingRoom) && (
          <StationChooser
            stationIds={location.kind === 'choose' ? location.stationIds : selfSelectStationIds(definition, state)}
            onChosen={() => setChangingRoom(false)}
            onCancel={changingRoom ? () => setChangingRoom(false) : undefined}
          />
        )}
        {location.kind === 'station' && station && !changingRoom && (
          <StationBoard
            station={station}
            reason={location.reason}
            team={team}
            onChangeRoom={location.reason === 'choice' ? () => setChangingRoom(true) : undefined}
          />
        )}
      </main>
    </div>
  );
}

function selfSelectStationIds(definition: WorkshopDefinition, state: SessionState): string[] {
  return effectivePhase(definition, state.phaseIndex)?.stationIds ?? [];
}

/** "Next: Solution room 3" when the station changes under the participant's feet. */
function useMoveNotice(location: Location, stations: readonly Station[]): string | null {
  const { t } = useTranslation();
  const previous = useRef<string | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const key = location.kind === 'station' ? location.stationId : location.kind;

  useEffect(() => {
    const before = previous.current;
    previous.current = key;
    // The first location after opening the page is where the person already is: nothing to announce.
    if (before === undefined || before === key) return;
    if (location.kind === 'station') {
      const name = stations.find((s) => s.id === location.stationId)?.name ?? location.stationId;
      setNotice(t('participant.moveTo', { station: name }));
    } else if (location.kind === 'plenary') {
      setNotice(t('participant.moveToPlenary'));
    } else if (location.kind === 'choose') {
      setNotice(t('participant.moveChoose'));
    } else {
      setNotice(null);
    }
  }, [key, location, stations, t]);

  useEffect(() => {
    if (!notice) return;
    announce(notice);
    const timer = setTimeout(() => setNotice(null), 12_000);
    return () => clearTimeout(timer);
  }, [notice]);

  return notice;
}

function ParticipantMenu() {
  const { t } = useTranslation();
  const sound = usePreferences((s) => s.sound);
  return (
    <div className="participant-header__tools">
      <SelfEditMenu />
      <button
        type="button"
        className="icon-button participant-sound"
        aria-pressed={sound}
        aria-label={sound ? t('participant.soundOn') : t('participant.soundOff')}
        title={sound ? t('participant.soundOn') : t('participant.soundOff')}
        data-testid="sound-toggle"
        onClick={() => {
          if (!sound) {
            unlockAudio();
            playChime();
          }
          usePreferences.getState().setSound(!sound);
        }}
      >
        <SoundIcon on={sound} />
      </button>
      <LanguageSwitch />
      <DisplayMenu compact />
    </div>
  );
}

function SoundIcon({ on }: { on: boolean }) {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M11 5 6 9H3v6h3l5 4z" />
      {on ? <path d="M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13" /> : <path d="m16 9 6 6M22 9l-6 6" />}
    </svg>
  );
}

function PhaseInstruction() {
  const { t } = useTranslation();
  const definition = useDefinition();
  const state = useSession((s) => s.state!);
  const phase = currentPhase(definition, state);
  const rounds = roundInfo(definition, state);
  const [open, setOpen] = useState(() => window.matchMedia?.('(min-width: 721px)').matches ?? true);
  if (!phase?.instruction) return null;
  return (
    <details
      className="phase-instruction"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="phase-instruction"
    >
      <summary>
        {t('participant.task')}
        {rounds && (
          <span className="phase-instruction__round" data-testid="participant-round">
            {t('console.roundOf', { round: rounds.round + 1, rounds: rounds.rounds })}
          </span>
        )}
      </summary>
      <p lang={definition.locale}>{phase.instruction}</p>
    </details>
  );
}

function WaitingScreen({ team }: { team: Team | undefined }) {
  const { t } = useTranslation();
  const definition = useDefinition();
  const name = useSession((s) => s.welcome?.displayName ?? '');
  return (
    <section className="participant-screen" data-testid="waiting-screen">
      <p className="participant-screen__eyebrow">
        {name ? t('participant.hello', { name }) : t('participant.helloAnonymous')}
      </p>
      <h2 className="participant-screen__title">{t('participant.waiting')}</h2>
      {team && (
        <p className="participant-screen__team">
          {t('participant.yourTeam')} <TeamChip team={team} />
        </p>
      )}
      {definition.guidingQuestion && (
        <blockquote className="participant-screen__question">{definition.guidingQuestion}</blockquote>
      )}
      <div className="participant-screen__language">
        <LanguageSwitch />
      </div>
    </section>
  );
}

function PlenaryScreen() {
  const { t } = useTranslation();
  const { token } = useWorkshop();
  const definition = useDefinition();
  const boards = useSession((s) => s.view!.boards);
  const state = useSession((s) => s.state!);
  const displayName = useSession((s) => s.welcome?.displayName ?? undefined);
  const teamId = useSession((s) => s.welcome?.teamId ?? null);
  const phase = currentPhase(definition, state);
  const summoned = state.summon !== null;
  const [open, setOpen] = useState<string | null>(null);
  const phaseStations = (phase?.stationIds ?? [])
    .map((id) => definition.stations.find((s) => s.id === id))
    .filter((s): s is Station => s !== undefined);
  const openStation = phaseStations.find((s) => s.id === open);
  const openBoard = openStation ? boards[openStation.id] : undefined;
  const asideTab = useStationAsideTab(openStation);

  if (openStation && openBoard) {
    return (
      <BoardView
        key={openBoard}
        boardId={openBoard}
        restTitle={openStation.name}
        openedOffline={false}
        token={token}
        embedded
        displayName={displayName}
        aside={(session) => stationAside({ station: openStation, session, role: 'participant', teamId })}
        main={(session) => stationMain({ station: openStation, session, role: 'participant', teamId })}
        asideTab={asideTab}
        header={(session) => <StationHeader station={openStation} session={session} onBack={() => setOpen(null)} />}
      />
    );
  }
  return (
    <section className="participant-screen participant-screen--plenary" data-testid="plenary-screen">
      <p className="participant-screen__eyebrow">
        {summoned ? t('participant.summonedPlenary') : t('participant.plenary')}
      </p>
      <h2 className="participant-screen__title">{phase?.title}</h2>
      {phase?.instruction && <p className="participant-screen__instruction">{phase.instruction}</p>}
      {phaseStations.length > 0 && (
        <div className="participant-screen__boards">
          <h3>{t('participant.phaseBoards')}</h3>
          <ul>
            {phaseStations.map((station) => (
              <li key={station.id}>
                <button
                  type="button"
                  className="button button--secondary"
                  data-testid={`plenary-board-${station.id}`}
                  onClick={() => setOpen(station.id)}
                >
                  {station.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** Where a team works on its own task, so "we are done" means something; not in the plenary or when summoned. */
