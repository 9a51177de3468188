import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROMOTE_DEFAULT } from '@mutopia/shared/questions/question-schemas';
import { StartVoteDialog } from './StartVoteDialog';
import { VoteControls } from './VoteControls';
import { useCurrentVote } from './useVotes';

import './start-question-vote.css';
/**
 * For facilitators on the question wall: a vote over all submitted questions
 * (workshop-wide, so every participant gets it wherever they are), its
 * progress, reveal and "select the top N" into the promoted questions.
 */
export function StartQuestionVote({ questions }: { questions: readonly { id: string }[] }) {
  const { t } = useTranslation();
  const vote = useCurrentVote(null);
  const [starting, setStarting] = useState(false);
  return (
    <section
      className="vote-question"
      aria-label={vote ? t('votes.panelLabel', { title: vote.title }) : t('votes.start.startQuestions')}
      data-testid="question-vote"
    >
      {vote && (
        <>
          <h3 className="vote-question__title">{vote.title}</h3>
          <VoteControls vote={vote} promoteDefault={PROMOTE_DEFAULT} />
        </>
      )}
      {vote?.status !== 'open' && (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={questions.length === 0}
          title={questions.length === 0 ? t('votes.start.noQuestions') : undefined}
          data-testid="question-vote-start"
          onClick={() => setStarting(true)}
        >
          {t('votes.start.startQuestions')}
        </button>
      )}
      {starting && (
        <StartVoteDialog
          stationId={null}
          source={{ kind: 'questions', ids: questions.map((q) => q.id) }}
          defaultTitle={t('votes.questionTitle')}
          onClose={() => setStarting(false)}
        />
      )}
    </section>
  );
}
