import { useTranslation } from 'react-i18next';
import type { Station } from '@mutopia/shared/workshop/definition';
import { BoardView } from '../../board/BoardView';
import { InsightsScreen } from '../../content/insights/InsightsScreen';
import { stationAside, stationMain } from '../../content/StationContent';
import { votePresence } from '../../votes/current-vote';
import { ProjectorVote } from '../../votes/ProjectorVote';
import { useCurrentVote } from '../../votes/useVotes';
import { StationFacts } from '../components';
import { QrCode } from '../QrCode';
import { Timer } from '../Timer';
import { useSession, useWorkshop } from '../useWorkshop';
import { useJoin } from './useJoin';

export interface GalleryStep {
  index: number;
  count: number;
}

/**
 * One station, read-only, fitted to the screen, with its name, prompt and the
 * timer: its board, or (presenting insights) its key insights filling the
 * screen, or, while a vote of the station runs or its result belongs to the
 * phase, the vote. The question wall's vote is the workshop-wide one.
 */
export function StationScreen({
  station,
  step,
  focus = 'board',
}: {
  station: Station;
  step?: GalleryStep;
  focus?: 'board' | 'insights';
}) {
  const { token } = useWorkshop();
  const boardId = useSession((s) => s.view!.boards[station.id]);
  const phaseIndex = useSession((s) => s.state!.phaseIndex);
  const vote = useCurrentVote(station.kind === 'questionWall' ? null : station.id);
  const header = <StationHead station={station} step={step} />;
  const showVote = focus === 'board' && vote !== null && votePresence(vote, phaseIndex) === 'front';
  if (!boardId || showVote) {
    return (
      <main className="projector-station" data-testid="projector-station">
        {header}
        {showVote && <ProjectorVote vote={vote} />}
      </main>
    );
  }
  const insights = focus === 'insights';
  return (
    <main className="projector-station" data-testid="projector-station" data-focus={focus}>
      <BoardView
        key={boardId}
        boardId={boardId}
        restTitle={station.name}
        openedOffline={false}
        token={token}
        readOnly
        embedded
        aside={(session) => (insights ? null : stationAside({ station, session, role: 'viewer', teamId: null }))}
        main={(session) =>
          insights ? (
            <InsightsScreen session={session} />
          ) : (
            stationMain({ station, session, role: 'viewer', teamId: null })
          )
        }
        header={() => header}
      />
    </main>
  );
}

function StationHead({ station, step }: { station: Station; step?: GalleryStep }) {
  const { t } = useTranslation();
  const locale = useSession((s) => s.view!.definition.locale);
  const join = useJoin();
  return (
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
}
