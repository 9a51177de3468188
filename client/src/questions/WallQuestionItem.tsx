import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_TEXT_MAX, type Question } from '@mutopia/shared/questions/question-schemas';
import type { Station, Team } from '@mutopia/shared/workshop/definition';
import { TrashIcon } from '../ui/icons';
import { TeamChip } from '../workshop/components';

export interface WallItemActions {
  busy: boolean;
  /** Whether another question may still be chosen (the target count is not reached). */
  canPromote: boolean;
  togglePromoted: (question: Question) => void;
  edit: (question: Question, text: string, themeId: string | null) => Promise<boolean>;
  remove: (question: Question) => void;
}

/** One question on the wall; facilitators get buttons to choose, edit and remove it. */
export function WallQuestionItem({
  question,
  team,
  themes,
  mine,
  actions,
}: {
  question: Question;
  team: Team | undefined;
  themes: Station[];
  /** The viewer's own team's question. */
  mine: boolean;
  /** Only for facilitators. */
  actions: WallItemActions | null;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ text: string; themeId: string | null } | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const id = useId();
  const teamName = team?.name ?? question.teamId;
  const rank = question.promotedRank;

  return (
    <li
      className={`wall-question${rank !== null ? ' is-promoted' : ''}${mine ? ' is-mine' : ''}`}
      style={{ borderLeftColor: team?.color }}
      data-testid="wall-question"
      data-team-id={question.teamId}
      data-rank={rank ?? undefined}
    >
      <div className="wall-question__meta">
        {team ? <TeamChip team={team} small /> : <span className="team-chip team-chip--small">{teamName}</span>}
        {mine && <span className="wall-question__mine">{t('questions.wall.yours')}</span>}
        {rank !== null && (
          <span className="wall-question__rank" data-testid="wall-question-rank">
            {t('questions.wall.rank', { rank })}
          </span>
        )}
      </div>
      {editing ? (
        <form
          className="wall-question__edit"
          onSubmit={(e) => {
            e.preventDefault();
            void actions?.edit(question, editing.text.trim(), editing.themeId).then((ok) => ok && setEditing(null));
          }}
        >
          <label className="visually-hidden" htmlFor={`${id}-text`}>
            {t('questions.wall.editLabel', { team: teamName })}
          </label>
          <textarea
            id={`${id}-text`}
            className="input textarea"
            rows={3}
            maxLength={QUESTION_TEXT_MAX}
            value={editing.text}
            autoFocus
            data-testid="wall-question-edit-text"
            onChange={(e) => setEditing({ ...editing, text: e.target.value })}
          />
          {themes.length > 0 && (
            <select
              className="input select"
              aria-label={t('questions.card.theme')}
              value={editing.themeId ?? ''}
              onChange={(e) => setEditing({ ...editing, themeId: e.target.value || null })}
            >
              <option value="">{t('questions.card.noTheme')}</option>
              {themes.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
          <div className="wall-question__actions">
            <button
              type="submit"
              className="button button--primary button--small"
              disabled={actions?.busy || editing.text.trim() === ''}
              data-testid="wall-question-save"
            >
              {t('questions.wall.save')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setEditing(null)}>
              {t('questions.wall.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p className="wall-question__text">{question.text}</p>
      )}
      {actions && !editing && (
        <div className="wall-question__actions">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-pressed={rank !== null}
            aria-label={
              rank !== null
                ? t('questions.wall.unpromoteLabel', { team: teamName, rank })
                : t('questions.wall.promoteLabel', { team: teamName })
            }
            disabled={actions.busy || (rank === null && !actions.canPromote)}
            data-testid="wall-question-promote"
            onClick={() => actions.togglePromoted(question)}
          >
            {rank !== null ? t('questions.wall.unpromote') : t('questions.wall.promote')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={t('questions.wall.editLabel', { team: teamName })}
            data-testid="wall-question-edit"
            onClick={() => setEditing({ text: question.text, themeId: question.themeId })}
          >
            {t('questions.wall.edit')}
          </button>
          {confirmRemove ? (
            <>
              <button
                type="button"
                className="button button--danger button--small"
                disabled={actions.busy}
                data-testid="wall-question-remove-confirm"
                onClick={() => actions.remove(question)}
              >
                {t('questions.wall.confirmRemove')}
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setConfirmRemove(false)}
              >
                {t('questions.wall.cancel')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--secondary button--small wall-question__icon"
              aria-label={t('questions.wall.removeLabel', { team: teamName })}
              title={t('questions.wall.remove')}
              data-testid="wall-question-remove"
              onClick={() => setConfirmRemove(true)}
            >
              <TrashIcon size={16} />
            </button>
          )}
        </div>
      )}
    </li>
  );
}
