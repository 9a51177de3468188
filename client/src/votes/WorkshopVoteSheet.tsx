import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import { useSession } from '../workshop/useWorkshop';
import { votePresence } from './current-vote';
import { VotePanel } from './VotePanel';
import { useCurrentVote } from './useVotes';
import './workshop-vote-sheet.css';

/**
 * A workshop-wide vote (over the teams' questions) on a participant's screen,
 * wherever they are. During its phase it opens by itself when it starts and
 * when its result is revealed, and can be folded away; once the workshop has
 * moved on, an ended vote is only a small button, so it does not cover the
 * station chooser, the boards or the harbour for the rest of the day.
 */
export function WorkshopVoteSheet() {
  const vote = useCurrentVote(null);
  const phaseIndex = useSession((s) => s.state?.phaseIndex ?? null);
  if (!vote) return null;
  return votePresence(vote, phaseIndex) === 'front' ? <VoteSheet vote={vote} /> : <EndedVote vote={vote} />;
}

function VoteSheet({ vote }: { vote: VoteSessionView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const key = `${vote.id}:${vote.status}`;
  useEffect(() => setOpen(true), [key]);
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

/** An ended vote of another phase: reachable, not in the way. */
function EndedVote({ vote }: { vote: VoteSessionView }) {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [vote.id]);
  return (
    <div className="vote-later" data-testid="workshop-vote-later" data-status={vote.status}>
      <button
        type="button"
        className="vote-later__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="workshop-vote-show"
        onClick={() => setOpen(!open)}
      >
        {open ? t('voteSheet.hide') : vote.status === 'revealed' ? t('voteSheet.showResult') : t('voteSheet.showVote')}
      </button>
      <div id={panelId} className="vote-later__panel" hidden={!open}>
        {open && <VotePanel vote={vote} role="participant" />}
      </div>
    </div>
  );
}
