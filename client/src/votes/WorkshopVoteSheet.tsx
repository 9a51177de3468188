import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VotePanel } from './VotePanel';
import { useCurrentVote } from './useVotes';

/**
 * A workshop-wide vote (over the teams' questions) on a participant's screen,
 * wherever they are. It opens by itself when a vote starts and when its result
 * is revealed; the participant can fold it away.
 */
export function WorkshopVoteSheet() {
  const { t } = useTranslation();
  const vote = useCurrentVote(null);
  const key = vote ? `${vote.id}:${vote.status}` : null;
  const [open, setOpen] = useState(true);
  useEffect(() => {
    if (key) setOpen(true);
  }, [key]);
  if (!vote) return null;
  return (
    <details
      className="vote-sheet"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="workshop-vote-sheet"
      data-status={vote.status}
    >
      <summary className="vote-sheet__summary">
        {vote.status === 'revealed' ? t('votes.status.revealed') : t('votes.status.open')}: {vote.title}
      </summary>
      <VotePanel vote={vote} role="participant" showTitle={false} />
    </details>
  );
}
