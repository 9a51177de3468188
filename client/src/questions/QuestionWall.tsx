import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROMOTE_DEFAULT, type Question } from '@mutopia/shared/questions/question-schemas';
import type { Station } from '@mutopia/shared/workshop/definition';
import { StartQuestionVote } from '../votes/StartQuestionVote';
import { useDefinition } from '../workshop/useWorkshop';
import { ProjectorQuestionWall } from './ProjectorQuestionWall';
import { PromotionPanel } from './PromotionPanel';
import { useQuestionActions, useQuestions } from './useQuestions';
import { WallQuestionItem, type WallItemActions } from './WallQuestionItem';
import { groupByTheme, questionThemes } from './wall-model';

import './question-wall.css';
import './question-wall-status.css';
/**
 * The question wall station's main area: every team's question, live, in a
 * column per theme. Projectors (viewer) get ProjectorQuestionWall; facilitators
 * also open and close submissions, choose and rank questions and create the
 * [M]Utopie stations from them.
 */
export function QuestionWall({
  station,
  role,
  teamId,
}: {
  station: Station;
  role: 'participant' | 'facilitator' | 'viewer';
  teamId: string | null;
}) {
  if (role === 'viewer') return <ProjectorQuestionWall station={station} />;
  return <EditableQuestionWall station={station} role={role} teamId={teamId} />;
}

function EditableQuestionWall({
  station,
  role,
  teamId,
}: {
  station: Station;
  role: 'participant' | 'facilitator';
  teamId: string | null;
}) {
  const { t } = useTranslation();
  const definition = useDefinition();
  const wall = useQuestions();
  const { send, busy, error } = useQuestionActions();
  const [target, setTarget] = useState<number | null>(null);
  const [generated, setGenerated] = useState<number | null>(null);
  const facilitator = role === 'facilitator';

  if (!wall) {
    return (
      <div className="question-wall" data-testid="question-wall">
        <p className="question-wall__empty">{t('questions.loading')}</p>
      </div>
    );
  }

  const teamIds = new Set(definition.teams.map((x) => x.id));
  const submitted = wall.questions.filter((q) => teamIds.has(q.teamId)).length;
  const columns = groupByTheme(definition, wall.questions);
  const themes = questionThemes(definition);
  const ranked = wall.questions
    .filter((q) => q.promotedRank !== null)
    .sort((a, b) => a.promotedRank! - b.promotedRank!);
  // Until the facilitator sets a number: six, or more if more are chosen already (by a vote).
  const wanted = target ?? Math.max(PROMOTE_DEFAULT, ranked.length);
  const promote = (ids: string[]) => void send('question:promote', { ids });

  const actions: WallItemActions | null = facilitator
    ? {
        busy,
        canPromote: ranked.length < wanted,
        togglePromoted: (q: Question) =>
          promote(
            q.promotedRank !== null
              ? ranked.filter((x) => x.id !== q.id).map((x) => x.id)
              : [...ranked.map((x) => x.id), q.id],
          ),
        edit: async (q, text, themeId) => (await send('question:edit', { id: q.id, text, themeId })).ok,
        remove: (q) => void send('question:remove', { id: q.id }),
      }
    : null;

  return (
    <div className={`question-wall question-wall--${role}`} data-testid="question-wall" data-station-id={station.id}>
      <header className="question-wall__head">
        <p className="question-wall__count" data-testid="question-wall-count">
          {t('questions.wall.count', { submitted, total: definition.teams.length })}
        </p>
        <span
          className={`question-wall__state ${wall.open ? 'is-open' : 'is-closed'}`}
          data-testid="question-wall-state"
          data-open={wall.open}
        >
          {wall.open ? t('questions.wall.open') : t('questions.wall.closed')}
        </span>
        {facilitator && (
          <div className="question-wall__toolbar" role="toolbar" aria-label={t('questions.wall.toolbar')}>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              data-testid="question-wall-toggle"
              onClick={() => void send('question:open', { open: !wall.open })}
            >
              {wall.open ? t('questions.wall.close') : t('questions.wall.reopen')}
            </button>
            {/* The votes helper's "Teilnehmende abstimmen lassen": a vote over all questions that can promote its top N. */}
            <StartQuestionVote questions={wall.questions} />
          </div>
        )}
      </header>
      {error && (
        <p className="form-error question-wall__error" role="alert">
          {error}
        </p>
      )}
      <div className="question-wall__body">
        {columns.length === 0 ? (
          <p className="question-wall__empty">{t('questions.wall.empty')}</p>
        ) : (
          <div className="question-wall__columns">
            {columns.map((column) => (
              <section
                key={column.themeId ?? 'none'}
                className="question-wall__column"
                aria-label={column.name ?? t('questions.wall.noTheme')}
                data-testid="question-wall-column"
                data-theme-id={column.themeId ?? ''}
              >
                <h2 className="question-wall__theme">
                  {column.name ?? t('questions.wall.noTheme')}{' '}
                  <span className="question-wall__theme-count">
                    {t('questions.wall.themeCount', { count: column.questions.length })}
                  </span>
                </h2>
                <ul className="question-wall__list">
                  {column.questions.map((q) => (
                    <WallQuestionItem
                      key={q.id}
                      question={q}
                      team={definition.teams.find((x) => x.id === q.teamId)}
                      themes={themes}
                      mine={role === 'participant' && q.teamId === teamId}
                      actions={actions}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
        {facilitator && (
          <PromotionPanel
            questions={wall.questions}
            ranked={ranked}
            teams={definition.teams}
            target={wanted}
            setTarget={setTarget}
            busy={busy}
            promote={promote}
            generated={generated}
            generate={async () => {
              const outcome = await send('question:generate-stations', {});
              if (outcome.ok) setGenerated(ranked.length * Math.max(1, definition.perspectives.length));
              return outcome.ok;
            }}
          />
        )}
      </div>
    </div>
  );
}
