import { useTranslation } from 'react-i18next';
import { dotsSpent } from '@mutopia/shared/votes/vote-rules';
import type { VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import { VoteBallot } from './VoteBallot';
import { VoteBars } from './VoteBars';
import { useTakenForward } from './useTakenForward';
import { useMyDots } from './useVotes';

/** One vote as a participant or a projector sees it: the ballot, a status line, or the result. */
export function VotePanel({
  vote,
  role,
  showTitle = true,
}: {
  vote: VoteSessionView;
  role: 'participant' | 'viewer';
  /** Off where the title is already shown around the panel. */
  showTitle?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section
      className="content-panel vote-panel"
      aria-label={t('votes.panelLabel', { title: vote.title })}
      data-testid="vote-panel"
      data-status={vote.status}
    >
      {showTitle && <h2 className="content-panel__title vote-panel__title">{vote.title}</h2>}
      <VoteBody vote={vote} role={role} />
    </section>
  );
}

function VoteBody({ vote, role }: { vote: VoteSessionView; role: 'participant' | 'viewer' }) {
  const { t } = useTranslation();
  const mine = useMyDots(vote.id);
  const promoted = useTakenForward(vote);
  if (vote.status === 'revealed' && vote.tallies) {
    return <VoteBars items={vote.items} tallies={vote.tallies} promoted={promoted} large={role === 'viewer'} />;
  }
  if (vote.status === 'open') {
    if (role === 'participant') return <VoteBallot vote={vote} />;
    return (
      <p className="vote-panel__status" role="status">
        {t('votes.status.openViewer')}
      </p>
    );
  }
  const spent = dotsSpent(mine);
  return (
    <p className="vote-panel__status" role="status" data-testid="vote-closed">
      {role === 'participant' && spent > 0 ? t('votes.status.closedMine', { count: spent }) : t('votes.status.closed')}
    </p>
  );
}
