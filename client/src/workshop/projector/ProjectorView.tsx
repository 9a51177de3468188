import { useTranslation } from 'react-i18next';
import type { Station } from '@mutopia/shared/workshop/definition';
import { currentPhase } from '@mutopia/shared/workshop/phases';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { BoardView } from '../../board/BoardView';
import { stationAside, stationMain } from '../../content/StationContent';
import { BroadcastBanner, StationFacts } from '../components';
import { absoluteUrl, joinPath } from '../links';
import { roundInfo } from '../overview';
import { QrCode } from '../QrCode';
import { phaseDisplayStation } from './phase-display';
import { Timer } from '../Timer';
import { useLinkOrigin } from '../useLinkOrigin';
import { useSession, useWorkshop, useDefinition } from '../useWorkshop';

import './projector.css';
const PHASE_VIEW = { kind: 'phase' } as const;

function useJoin() {
  const joinCode = useSession((s) => s.view!.joinCode);
  const url = absoluteUrl(useLinkOrigin().origin, joinPath(joinCode));
  return { joinCode, url, shortUrl: url.replace(/^https?:\/\//, '') };
}

export function ProjectorView({ projectorId }: { projectorId: string }) {
  const definition = useDefinition();
  const chosen = useSession((s) => s.state!.projectors[projectorId]);
  const state = useSession((s) => s.state!);
  const show = chosen ?? PHASE_VIEW;
  useDocumentTitle(definition.title);

  const byId = (id: string) => definition.stations.find((s) => s.id === id);
  let content;
  if (show.kind === 'station') {
    const station = byId(show.stationId);
    content = station ? <StationScreen station={station} /> : <PhaseScreen />;
  } else if (show.kind === 'gallery') {
    const station = byId(show.stationIds[show.index] ?? '');
    content = station ? (
      <StationScreen station={station} step={{ index: show.index, count: show.stationIds.length }} />
    ) : (
      <PhaseScreen />
    );
  } else {
    // Nothing chosen: the phase screen, or the wall or harbour the whole plenary is looking at.
    const shown = phaseDisplayStation(definition, state);
    content = shown ? <StationScreen station={shown} /> : <PhaseScreen />;
  }
  return (
    <div className="projector" data-testid="projector" data-view={show.kind}>
      <BroadcastBanner />
      {content}
    </div>
  );
}

/** The current phase: title, instruction, a huge timer, and how to join. */
function PhaseScreen() {
  const { t } = useTranslation();
  const definition = useDefinition();
  const state = useSession((s) => s.state!);
  const phase = currentPhase(definition, state);
  const rounds = roundInfo(definition, state);
  const join = useJoin();
  return (
    <main className="projector-phase" data-testid="projector-phase">
      <section className="projector-phase__text" lang={definition.locale}>
        <p className="projector__eyebrow">{definition.title}</p>
        <h1 className="projector-phase__title" data-testid="projector-title">
          {phase ? phase.title : t('projector.welcome')}
        </h1>
        {phase
          ? phase.instruction && <p className="projector-phase__instruction">{phase.instruction}</p>
          : definition.guidingQuestion && <p className="projector-phase__instruction">{definition.guidingQuestion}</p>}
        {rounds && (
          <p className="projector-phase__round">
            {t('console.roundOf', { round: rounds.round + 1, rounds: rounds.rounds })}
          </p>
        )}
      </section>
      <section className="projector-phase__side">
        {phase && <Timer variant="huge" progress />}
        <div className="projector-join">
          <QrCode value={join.url} label={t('console.joinQrLabel')} testId="join-qr" className="projector-join__qr" />
          <div className="projector-join__text">
            <span className="projector-join__label">{t('projector.joinWith')}</span>
            <span className="projector-join__code" data-testid="projector-join-code">
              {join.joinCode}
            </span>
            <span className="projector-join__url">{join.shortUrl}</span>
          </div>
        </div>
      </section>
    </main>
  );
}

/** One station's board, read-only, fitted to the screen, with its name, prompt and the timer. */
function StationScreen({ station, step }: { station: Station; step?: { index: number; count: number } }) {
  const { t } = useTranslation();
  const { token } = useWorkshop();
  const boardId = useSession((s) => s.view!.boards[station.id]);
  const locale = useSession((s) => s.view!.definition.locale);
  const join = useJoin();
  const header = (
    <header className="projector-station__head">
      <div className="projector-station__text" lang={locale}>
        <p className="projector__eyebrow">
          {t(`kinds.${station.kind}`)}
          {step && (
            <span className="projector-station__step" data-testid="gallery-step">
              {' '}
              · {step.index + 1} / {step.count}
            </span>
          )}
        </p>
        <h1 className="projector-station__name" data-testid="projector-station-name">
          {station.name}
        </h1>
        {station.prompt && <p className="projector-station__prompt">{station.prompt}</p>}
        <StationFacts station={station} className="projector-station__facts" />
      </div>
      <Timer variant="large" />
      <div className="projector-station__join">
        <QrCode value={join.url} label={t('console.joinQrLabel')} testId="join-qr" className="projector-station__qr" />
        <span className="projector-station__code">{join.joinCode}</span>
      </div>
    </header>
  );
  if (!boardId) {
    return (
      <main className="projector-station" data-testid="projector-station">
        {header}
      </main>
    );
  }
  return (
    <main className="projector-station" data-testid="projector-station">
      <BoardView
        key={boardId}
        boardId={boardId}
        restTitle={station.name}
        openedOffline={false}
        token={token}
        readOnly
        embedded
        aside={(session) => stationAside({ station, session, role: 'viewer', teamId: null })}
        main={(session) => stationMain({ station, session, role: 'viewer', teamId: null })}
        header={() => header}
      />
    </main>
  );
}
