import { useTranslation } from 'react-i18next';
import type { VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import { FitPages } from '../workshop/projector/FitPages';
import { useSession } from '../workshop/useWorkshop';
import { VoteBars } from './VoteBars';
import { useTakenForward } from './useTakenForward';
import { useVoteProgress } from './useVotes';

import './projector-vote.css';
/**
 * A vote as the room sees it on the projector, in place of the board: while it
 * runs, how many dots and people are in (never for what); once closed, that the
 * result is coming; after the reveal, the bars, taken-forward items marked.
 */
export function ProjectorVote({ vote }: { vote: VoteSessionView }) {
  const { t } = useTranslation();
  const promoted = useTakenForward(vote);
  return (
    <section
      className="projector-vote"
      aria-label={t('votes.panelLabel', { title: vote.title })}
      data-testid="projector-vote"
      data-status={vote.status}
    >
      <header className="projector-vote__head">
        <h2 className="projector-vote__title">{vote.title}</h2>
        <span className={`projector-vote__state is-${vote.status}`}>{t(`projectorScreens.vote.${vote.status}`)}</span>
      </header>
      {vote.status === 'revealed' && vote.tallies ? (
        <FitPages columnWidth={30} label={t('projectorScreens.vote.result')} testId="projector-vote-result">
          <VoteBars items={vote.items} tallies={vote.tallies} promoted={promoted} large />
        </FitPages>
      ) : (
        <VoteProgressLine vote={vote} />
      )}
    </section>
  );
}

function VoteProgressLine({ vote }: { vote: VoteSessionView }) {
  const { t } = useTranslation();
  const progress = useVoteProgress(vote.id);
  const people = useSession((s) => s.roster?.length ?? 0);
  const voters = progress?.voters ?? 0;
  const share = people > 0 ? Math.min(1, voters / people) : 0;
  return (
    <div className="projector-vote__progress" role="status" data-testid="projector-vote-progress">
      <p className="projector-vote__dots" data-testid="projector-vote-dots" data-dots={progress?.dotsCast ?? 0}>
        {t('projectorScreens.vote.dots', { count: progress?.dotsCast ?? 0 })}
      </p>
      <p className="projector-vote__voters" data-testid="projector-vote-voters" data-voters={voters}>
        {people > 0
          ? t('projectorScreens.vote.votersOf', { count: voters, total: people })
          : t('projectorScreens.vote.voters', { count: voters })}
      </p>
      {people > 0 && (
        <span className="projector-vote__track" aria-hidden="true">
          <span className="projector-vote__fill" style={{ width: `${share * 100}%` }} />
        </span>
      )}
      <p className="projector-vote__hint">
        {vote.status === 'open'
          ? t('projectorScreens.vote.openHint', { budget: vote.budget })
          : t('projectorScreens.vote.closedHint')}
      </p>
    </div>
  );
}
