import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_TEXT_MAX } from '@mutopia/shared/questions/question-schemas';
import { useDefinition } from '../workshop/useWorkshop';
import { clockTime } from './format-time';
import { useQuestionActions, useQuestions } from './useQuestions';
import { questionThemes } from './wall-model';

import './team-question.css';
interface Draft {
  text: string;
  themeId: string | null;
}

/**
 * A team's "Wie können wir …?" question in its team space: the team writes and
 * submits it (again and again, until the facilitator closes the wall);
 * facilitators can also type one in for a team; projectors only read it.
 */
export function TeamQuestionCard({
  teamId,
  role,
  editable,
}: {
  teamId: string;
  role: 'participant' | 'facilitator' | 'viewer';
  /** False for a participant in another team's space. */
  editable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const definition = useDefinition();
  const wall = useQuestions();
  const { send, busy, error } = useQuestionActions();
  // Only what the user changed; otherwise the card follows the wall (a teammate may submit too).
  const [draft, setDraft] = useState<Draft | null>(null);
  const id = useId();
  const team = definition.teams.find((x) => x.id === teamId);
  if (!team) return null;

  const facilitator = role === 'facilitator';
  const question = wall?.questions.find((q) => q.teamId === teamId) ?? null;
  const themes = questionThemes(definition);
  const text = draft?.text ?? question?.text ?? '';
  const themeId = draft ? draft.themeId : (question?.themeId ?? null);
  const open = wall?.open ?? false;
  const canWrite = editable && role !== 'viewer' && wall !== null && (open || facilitator);
  const changed = text.trim() !== (question?.text ?? '') || themeId !== (question?.themeId ?? null);
  const themeName = themes.find((s) => s.id === question?.themeId)?.name;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await send('question:submit', {
      text: text.trim(),
      themeId,
      ...(facilitator ? { teamId } : {}),
    });
    if (outcome.ok) setDraft(null);
  };

  return (
    <section
      className="question-card"
      aria-labelledby={`${id}-title`}
      data-testid="team-question"
      style={{ borderTopColor: team.color }}
    >
      <h2 className="question-card__title" id={`${id}-title`}>
        {role === 'participant' ? t('questions.card.title') : t('questions.card.titleFacilitator', { team: team.name })}
      </h2>
      {wall === null ? (
        <p className="question-card__hint">{t('questions.loading')}</p>
      ) : canWrite ? (
        <form className="question-card__form" onSubmit={(e) => void submit(e)}>
          <p className="question-card__hint" id={`${id}-hint`}>
            {t('questions.card.hint')}
          </p>
          <label className="field-label" htmlFor={`${id}-text`}>
            {t('questions.card.label')}
          </label>
          <textarea
            id={`${id}-text`}
            className="input textarea question-card__text"
            rows={4}
            maxLength={QUESTION_TEXT_MAX}
            placeholder={t('questions.card.placeholder')}
            aria-describedby={`${id}-hint ${id}-chars`}
            value={text}
            data-testid="team-question-text"
            onChange={(e) => setDraft({ text: e.target.value, themeId })}
          />
          <span className="question-card__chars" id={`${id}-chars`}>
            {t('questions.card.chars', { count: text.length, max: QUESTION_TEXT_MAX })}
          </span>
          {themes.length > 0 && (
            <>
              <label className="field-label" htmlFor={`${id}-theme`}>
                {t('questions.card.theme')}
              </label>
              <select
                id={`${id}-theme`}
                className="input select"
                value={themeId ?? ''}
                data-testid="team-question-theme"
                onChange={(e) => setDraft({ text, themeId: e.target.value || null })}
              >
                <option value="">{t('questions.card.noTheme')}</option>
                {themes.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </>
          )}
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || !changed || text.trim() === ''}
            data-testid="team-question-submit"
          >
            {busy ? t('questions.card.sending') : question ? t('questions.card.update') : t('questions.card.submit')}
          </button>
          {question && changed && draft && <p className="question-card__hint">{t('questions.card.unsaved')}</p>}
        </form>
      ) : question ? (
        <blockquote className="question-card__quote" data-testid="team-question-readonly">
          {question.text}
          {themeName && <span className="question-card__theme">{themeName}</span>}
        </blockquote>
      ) : (
        <p className="question-card__hint">{t('questions.card.none')}</p>
      )}
      {question && (
        <p className="question-card__status" role="status" data-testid="team-question-status">
          {question.updatedAt === question.createdAt
            ? t('questions.card.submittedAt', { time: clockTime(question.createdAt, i18n.language) })
            : t('questions.card.updatedAt', { time: clockTime(question.updatedAt, i18n.language) })}
        </p>
      )}
      {question?.promotedRank != null && (
        <p className="question-card__promoted">{t('questions.card.promoted', { rank: question.promotedRank })}</p>
      )}
      {wall && !open && role !== 'viewer' && (
        <p className="question-card__closed" data-testid="team-question-closed">
          {facilitator ? t('questions.card.closedFacilitator') : t('questions.card.closed')}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
