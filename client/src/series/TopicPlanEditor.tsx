import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SERIES_LIMITS } from '@mutopia/shared/series/series-schemas';
import { TrashIcon } from '../ui/icons';
import { LogisticsFields } from './LogisticsFields';
import { addEntry, draftProblems, shiftTopic, type DraftEntry, type DraftProblem } from './plan-draft';

import './topic-plan.css';
interface TopicPlanEditorProps {
  value: DraftEntry[];
  onChange: (next: DraftEntry[]) => void;
  /** Show which entries are incomplete (after a first attempt to save). */
  showProblems: boolean;
  /** Extra controls per entry (creating its session in the console). */
  actions?: (entry: DraftEntry) => ReactNode;
}

export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const PROBLEM_TEXT = {
  date: 'series.plan.dateMissing',
  time: 'series.plan.timeInvalid',
  onlineUrl: 'series.plan.onlineUrlInvalid',
} as const satisfies Record<DraftProblem, string>;

/**
 * The topic plan as an editable list: date, topic (blank: "Thema folgt") and an
 * internal note per session, with its time, place and online link below.
 */
export function TopicPlanEditor({ value, onChange, showProblems, actions }: TopicPlanEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const problems = showProblems ? draftProblems(value) : new Map<string, DraftProblem>();
  const patch = (entryId: string, change: Partial<DraftEntry>) =>
    onChange(value.map((e) => (e.id === entryId ? { ...e, ...change } : e)));
  const shift = (entryId: string, step: -1 | 1) => {
    const next = shiftTopic(value, entryId, step);
    if (next) onChange(next);
  };

  return (
    <div className="topic-plan" data-testid="topic-plan">
      {value.length === 0 && <p className="card__text">{t('series.plan.empty')}</p>}
      {value.length > 0 && (
        // Column names for wide screens; every field keeps its own label for assistive technology and phones.
        <div className="topic-plan__head" aria-hidden="true">
          <span />
          <span>{t('series.plan.date')}</span>
          <span>{t('series.plan.topic')}</span>
          <span>{t('series.plan.note')}</span>
          <span />
        </div>
      )}
      <ol className="topic-plan__list">
        {value.map((entry, index) => {
          const problem = problems.get(entry.id);
          const locked = Boolean(entry.workshopId);
          const rowId = `${id}-${entry.id}`;
          const name = entry.topic || t('series.plan.topicOpen');
          return (
            <li
              key={entry.id}
              className={locked ? 'topic-row is-held' : 'topic-row'}
              data-testid="topic-row"
              data-topic-id={entry.id}
            >
              <span className="topic-row__number" aria-hidden="true">
                {index + 1}
              </span>
              <label className="topic-row__date">
                <span className="field-label">{t('series.plan.date')}</span>
                <input
                  className="input"
                  type="date"
                  value={entry.date}
                  required
                  aria-invalid={problem === 'date'}
                  aria-describedby={problem === 'date' ? `${rowId}-problem` : undefined}
                  data-testid="topic-date"
                  onChange={(e) => patch(entry.id, { date: e.target.value })}
                />
              </label>
              <label className="topic-row__topic">
                <span className="field-label">{t('series.plan.topic')}</span>
                <input
                  className="input"
                  value={entry.topic}
                  maxLength={SERIES_LIMITS.topicMaxLength}
                  placeholder={t('series.plan.topicPlaceholder')}
                  data-testid="topic-text"
                  onChange={(e) => patch(entry.id, { topic: e.target.value })}
                />
              </label>
              <label className="topic-row__note">
                <span className="field-label">{t('series.plan.note')}</span>
                <input
                  className="input"
                  value={entry.note}
                  maxLength={SERIES_LIMITS.noteMaxLength}
                  placeholder={t('series.plan.notePlaceholder')}
                  data-testid="topic-note"
                  onChange={(e) => patch(entry.id, { note: e.target.value })}
                />
              </label>
              <div className="topic-row__tools">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('series.plan.earlier', { topic: `${index + 1}. ${name}` })}
                  title={t('series.plan.earlierShort')}
                  disabled={locked}
                  data-testid="topic-earlier"
                  onClick={() => shift(entry.id, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('series.plan.later', { topic: `${index + 1}. ${name}` })}
                  title={t('series.plan.laterShort')}
                  disabled={locked}
                  data-testid="topic-later"
                  onClick={() => shift(entry.id, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('series.plan.remove', { topic: `${index + 1}. ${name}` })}
                  title={locked ? t('series.plan.removeLocked') : t('series.plan.removeShort')}
                  disabled={locked}
                  data-testid="topic-remove"
                  onClick={() => onChange(value.filter((e) => e.id !== entry.id))}
                >
                  <TrashIcon size={18} />
                </button>
              </div>
              <div className="topic-row__logistics">
                <LogisticsFields
                  value={entry}
                  onChange={(change) => patch(entry.id, change)}
                  problem={problem}
                  problemId={`${rowId}-problem`}
                  context={`${index + 1}. ${entry.date}`}
                />
              </div>
              {problem && (
                <p id={`${rowId}-problem`} className="form-error topic-row__problem">
                  {t(PROBLEM_TEXT[problem])}
                </p>
              )}
              {actions && <div className="topic-row__actions">{actions(entry)}</div>}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={value.length >= SERIES_LIMITS.topics}
        data-testid="topic-add"
        onClick={() => onChange(addEntry(value, todayIso()))}
      >
        {t('series.plan.add')}
      </button>
      {value.length >= SERIES_LIMITS.topics && (
        <p className="card__hint">{t('series.plan.full', { max: SERIES_LIMITS.topics })}</p>
      )}
    </div>
  );
}
