import { useTranslation } from 'react-i18next';
import { SERIES_LIMITS } from '@mutopia/shared/series/series-schemas';
import type { DraftProblem, Logistics } from './plan-draft';

import './logistics-fields.css';

interface LogisticsFieldsProps {
  value: Logistics;
  onChange: (change: Partial<Logistics>) => void;
  /** Marks the time or the link as wrong. */
  problem?: DraftProblem | undefined;
  /** The id of the text that explains the problem. */
  problemId?: string | undefined;
  /** Names the date in the fields' accessible names, so a screen reader knows which of 12 rows it is in. */
  context?: string | undefined;
}

/** Start, end, place and online link of a series date. */
export function LogisticsFields({ value, onChange, problem, problemId, context }: LogisticsFieldsProps) {
  const { t } = useTranslation();
  const described = (kind: DraftProblem) => (problem === kind ? problemId : undefined);
  const label = (text: string) => (
    <span className="field-label">
      {text}
      {context && <span className="visually-hidden"> ({context})</span>}
    </span>
  );
  return (
    <div className="logistics-fields" data-testid="logistics-fields">
      <label className="logistics-fields__time">
        {label(t('series.plan.startTime'))}
        <input
          className="input"
          type="time"
          value={value.startTime}
          aria-invalid={problem === 'time'}
          aria-describedby={described('time')}
          data-testid="topic-start"
          onChange={(e) => onChange({ startTime: e.target.value })}
        />
      </label>
      <label className="logistics-fields__time">
        {label(t('series.plan.endTime'))}
        <input
          className="input"
          type="time"
          value={value.endTime}
          aria-invalid={problem === 'time'}
          aria-describedby={described('time')}
          data-testid="topic-end"
          onChange={(e) => onChange({ endTime: e.target.value })}
        />
      </label>
      <label className="logistics-fields__place">
        {label(t('series.plan.place'))}
        <input
          className="input"
          value={value.place}
          maxLength={SERIES_LIMITS.placeMaxLength}
          placeholder={t('series.plan.placePlaceholder')}
          data-testid="topic-place"
          onChange={(e) => onChange({ place: e.target.value })}
        />
      </label>
      <label className="logistics-fields__link">
        {label(t('series.plan.onlineUrl'))}
        <input
          className="input"
          type="url"
          inputMode="url"
          value={value.onlineUrl}
          maxLength={SERIES_LIMITS.onlineUrlMaxLength}
          placeholder={t('series.plan.onlineUrlPlaceholder')}
          aria-invalid={problem === 'onlineUrl'}
          aria-describedby={described('onlineUrl')}
          data-testid="topic-online-url"
          onChange={(e) => onChange({ onlineUrl: e.target.value })}
        />
      </label>
    </div>
  );
}
