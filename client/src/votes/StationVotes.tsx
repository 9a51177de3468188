import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Station } from '@mutopia/shared/workshop/definition';
import { VOTE_LIMITS } from '@mutopia/shared/votes/vote-schemas';
import type { BoardSession } from '../board/session';
import { StartVoteDialog } from './StartVoteDialog';
import { VoteControls } from './VoteControls';
import { VotePanel } from './VotePanel';
import { useCurrentVote } from './useVotes';

/**
 * The vote of a station's board, beside the canvas: the ballot or the result
 * for participants and projectors (nothing when there is no vote), and for
 * facilitators the controls and a way to start one.
 */
export function StationVotes({
  station,
  session,
  role,
}: {
  station: Station;
  session: BoardSession;
  role: 'participant' | 'facilitator' | 'viewer';
}) {
  const vote = useCurrentVote(station.id);
  if (role === 'facilitator') return <FacilitatorStationVotes station={station} session={session} />;
  if (!vote) return null;
  return <VotePanel vote={vote} role={role} />;
}

function FacilitatorStationVotes({ station, session }: { station: Station; session: BoardSession }) {
  const { t } = useTranslation();
  const vote = useCurrentVote(station.id);
  const [starting, setStarting] = useState(false);
  return (
    <section
      className="content-panel vote-panel vote-panel--facilitator"
      aria-label={vote ? t('votes.panelLabel', { title: vote.title }) : t('votes.title')}
      data-testid="vote-panel"
      data-status={vote?.status ?? 'none'}
    >
      <h2 className="content-panel__title vote-panel__title">{vote ? vote.title : t('votes.title')}</h2>
      {vote && <VoteControls vote={vote} promoteDefault={VOTE_LIMITS.defaultPromote} />}
      {vote?.status !== 'open' && (
        <button
          type="button"
          className="button button--secondary button--small vote-panel__start"
          data-testid="vote-start"
          onClick={() => setStarting(true)}
        >
          {vote ? t('votes.facilitator.startNew') : t('votes.facilitator.start')}
        </button>
      )}
      {starting && (
        <StartVoteDialog
          stationId={station.id}
          source={{ kind: 'board', doc: session.doc }}
          defaultTitle={t('votes.defaultTitle')}
          onClose={() => setStarting(false)}
        />
      )}
    </section>
  );
}
