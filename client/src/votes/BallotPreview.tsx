import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { VOTE_LIMITS } from '@mutopia/shared/votes/vote-schemas';
import { ballotEntries, type BallotMode } from './ballot-entries';
import type { BoardCandidates } from './useBoardCandidates';
import './vote-decisions.css';

/** What the chosen mode puts on the ballot, listed before the vote starts, so nothing vanishes unseen. */
export function BallotPreview({ mode, candidates }: { mode: BallotMode; candidates: BoardCandidates }) {
  const { t } = useTranslation();
  const id = useId();
  const entries = ballotEntries(mode, candidates);
  const shown = entries.slice(0, VOTE_LIMITS.itemsPerSession);
  const leftOff = entries.length - shown.length;
  return (
    <section className="ballot-preview" aria-labelledby={`${id}-heading`} data-testid="vote-ballot-preview">
      <h3 id={`${id}-heading`} className="ballot-preview__heading">
        {t('votes.decide.ballot.heading', { count: shown.length })}
      </h3>
      <ul className="ballot-preview__list">
        {shown.map(({ candidate, notes }) => (
          <li
            key={candidate.id}
            className={`ballot-preview__item is-${candidate.kind}`}
            data-testid="vote-ballot-preview-item"
            data-kind={candidate.kind}
          >
            {candidate.kind === 'group'
              ? t('votes.decide.ballot.group', { title: candidate.label, count: notes ?? 0 })
              : candidate.label}
          </li>
        ))}
      </ul>
      {leftOff > 0 && (
        <p className="ballot-preview__left-off">
          {t('votes.decide.ballot.leftOff', { count: leftOff, max: VOTE_LIMITS.itemsPerSession })}
        </p>
      )}
    </section>
  );
}
