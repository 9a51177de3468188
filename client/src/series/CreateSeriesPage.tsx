import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { DEFAULT_SERIES_TEMPLATE, SERIES_LIMITS } from '@mutopia/shared/series/series-schemas';
import { newTopicId, planDates, RHYTHMS, type Rhythm } from '@mutopia/shared/series/topic-plan';
import type { Locale } from '@mutopia/shared/workshop/definition';
import { TEMPLATES } from '@mutopia/shared/workshop/templates/index';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { errorCodeOf } from '../api/http';
import { currentLanguage } from '../i18n/i18n';
import { ArrowLeftIcon } from '../ui/icons';
import { seriesPath } from './links';
import { LogisticsFields } from './LogisticsFields';
import { NO_LOGISTICS, planInput, type DraftEntry, type Logistics } from './plan-draft';
import { createSeries, loginSeries } from './series-api';
import { useCreatedSeries, useSeriesAccess } from './seriesAccess';
import { todayIso, TopicPlanEditor } from './TopicPlanEditor';

import './series.css';
type FormError = ReturnType<typeof errorCodeOf> | 'title' | 'plan' | 'firstDate';

/** `/s/new`: title, template and a generated topic plan to adjust before the series is created. */
export function CreateSeriesPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const id = useId();
  useDocumentTitle(t('series.create.heading'));
  const [title, setTitle] = useState('');
  const [templateId, setTemplateId] = useState(DEFAULT_SERIES_TEMPLATE);
  const [locale, setLocale] = useState<Locale>(currentLanguage());
  const [firstDate, setFirstDate] = useState(todayIso());
  const [rhythm, setRhythm] = useState<Rhythm>('monthlyWeekday');
  const [count, setCount] = useState('11');
  const [topicLines, setTopicLines] = useState('');
  const [logistics, setLogistics] = useState<Logistics>(NO_LOGISTICS);
  const [draft, setDraft] = useState<DraftEntry[]>([]);
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);

  function generate() {
    const lines = topicLines
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(0, SERIES_LIMITS.topics);
    const wanted = Math.max(Number(count) || 0, lines.length);
    let dates: string[];
    try {
      dates = planDates(firstDate, rhythm, wanted);
    } catch {
      setError('firstDate');
      return;
    }
    setError(null);
    const next: DraftEntry[] = [];
    for (const [i, date] of dates.entries())
      next.push({ id: newTopicId(next), date, topic: lines[i] ?? '', ...logistics, note: '' });
    setDraft(next);
    setShowProblems(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError('title');
      return;
    }
    const topicPlan = planInput(draft);
    if (!topicPlan) {
      setShowProblems(true);
      setError('plan');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await createSeries({ title: trimmed, locale, templateId, topicPlan });
      const token = await loginSeries(created.seriesId, created.facilitatorSecret);
      useSeriesAccess.getState().update(created.seriesId, { title: trimmed, token });
      useCreatedSeries.getState().show(created.seriesId, created.facilitatorSecret);
      navigate(seriesPath(created.seriesId));
    } catch (cause) {
      setError(errorCodeOf(cause));
      setBusy(false);
    }
  }

  const errorText =
    error === 'title'
      ? t('series.create.titleMissing')
      : error === 'plan'
        ? t('series.create.planIncomplete')
        : error === 'firstDate'
          ? t('series.create.firstDateInvalid')
          : error
            ? t(`errors.${error}`)
            : null;

  return (
    <div className="series-page">
      <header className="console-header">
        <Link href="/" className="board-header__back" title={t('board.back')}>
          <ArrowLeftIcon size={18} />
          {/* The name holds the brand people see ("Zurück Mutopia"), as WCAG 2.5.3 asks. */}
          <span className="visually-hidden">{t('board.back')} </span>
          <span className="board-header__brand">{t('app.name')}</span>
        </Link>
        <div className="console-header__title">
          <span className="console-header__eyebrow">{t('series.eyebrow')}</span>
          <h1>{t('series.create.heading')}</h1>
        </div>
        <LanguageSwitch />
      </header>
      <main className="series-body">
        <form className="series-create" onSubmit={(e) => void submit(e)} noValidate data-testid="create-series">
          <section className="panel" aria-labelledby={`${id}-basics`}>
            <h2 id={`${id}-basics`} className="panel-title">
              {t('series.create.basics')}
            </h2>
            <p className="card__text">{t('series.create.intro')}</p>
            <div className="series-fields">
              <label className="series-fields__wide">
                <span className="field-label">{t('series.create.title')}</span>
                <input
                  className="input"
                  value={title}
                  maxLength={SERIES_LIMITS.titleMaxLength}
                  placeholder={t('series.create.titlePlaceholder')}
                  autoComplete="off"
                  aria-invalid={error === 'title'}
                  data-testid="series-title"
                  onChange={(e) => setTitle(e.target.value)}
                />
              </label>
              <label>
                <span className="field-label">{t('series.create.template')}</span>
                <select
                  className="input select"
                  value={templateId}
                  data-testid="series-template"
                  onChange={(e) => setTemplateId(e.target.value)}
                >
                  {TEMPLATES.map((tpl) => (
                    <option key={tpl.id} value={tpl.id}>
                      {tpl.name[currentLanguage()]}
                    </option>
                  ))}
                </select>
              </label>
              <div>
                <span className="field-label" id={`${id}-locale`}>
                  {t('createWorkshop.contentLanguage')}
                </span>
                <div className="segmented segmented--field" role="radiogroup" aria-labelledby={`${id}-locale`}>
                  {(['de', 'en'] as const).map((lng) => (
                    <button
                      key={lng}
                      type="button"
                      role="radio"
                      aria-checked={locale === lng}
                      className="segmented__option"
                      onClick={() => setLocale(lng)}
                    >
                      {t(`language.${lng}`)}
                    </button>
                  ))}
                </div>
              </div>
            </div>
            <p className="card__hint">
              {TEMPLATES.find((tpl) => tpl.id === templateId)?.description[currentLanguage()]}
            </p>
          </section>

          <section className="panel" aria-labelledby={`${id}-rhythm`}>
            <h2 id={`${id}-rhythm`} className="panel-title">
              {t('series.create.rhythmHeading')}
            </h2>
            <p className="card__text">{t('series.create.rhythmIntro')}</p>
            <div className="series-fields">
              <label>
                <span className="field-label">{t('series.create.firstDate')}</span>
                <input
                  className="input"
                  type="date"
                  value={firstDate}
                  aria-invalid={error === 'firstDate'}
                  data-testid="series-first-date"
                  onChange={(e) => setFirstDate(e.target.value)}
                />
              </label>
              <label>
                <span className="field-label">{t('series.create.rhythm')}</span>
                <select
                  className="input select"
                  value={rhythm}
                  data-testid="series-rhythm"
                  onChange={(e) => setRhythm(e.target.value as Rhythm)}
                >
                  {RHYTHMS.map((r) => (
                    <option key={r} value={r}>
                      {t(`series.rhythms.${r}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span className="field-label">{t('series.create.count')}</span>
                <input
                  className="input"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={SERIES_LIMITS.topics}
                  value={count}
                  data-testid="series-count"
                  onChange={(e) => setCount(e.target.value)}
                />
              </label>
              <label className="series-fields__wide">
                <span className="field-label">{t('series.create.topicLines')}</span>
                <textarea
                  className="input textarea"
                  rows={5}
                  value={topicLines}
                  placeholder={t('series.create.topicLinesPlaceholder')}
                  data-testid="series-topic-lines"
                  onChange={(e) => setTopicLines(e.target.value)}
                />
              </label>
            </div>
            <p className="card__hint">{t('series.create.logistics')}</p>
            <LogisticsFields value={logistics} onChange={(change) => setLogistics({ ...logistics, ...change })} />
            <div className="workshop-form__actions">
              <button
                type="button"
                className="button button--secondary"
                data-testid="series-generate"
                onClick={generate}
              >
                {draft.length ? t('series.create.regenerate') : t('series.create.generate')}
              </button>
            </div>
          </section>

          <section className="panel" aria-labelledby={`${id}-plan`}>
            <h2 id={`${id}-plan`} className="panel-title">
              {t('series.plan.heading')}
            </h2>
            <TopicPlanEditor value={draft} onChange={setDraft} showProblems={showProblems} />
          </section>

          <div className="series-create__submit">
            <button type="submit" className="button button--primary" disabled={busy} data-testid="create-series-submit">
              {busy ? t('landing.creating') : t('series.create.submit')}
            </button>
            {errorText && (
              <p className="form-error" role="alert" data-testid="create-series-error">
                {errorText}
              </p>
            )}
          </div>
        </form>
      </main>
    </div>
  );
}
