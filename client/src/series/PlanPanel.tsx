import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesSession, SeriesView } from '@mutopia/shared/series/series-schemas';
import { errorCodeOf } from '../api/http';
import { loginWithSecret } from '../api/workshops';
import { useCreatedLinks, useWorkshopAccess } from '../stores/workshopAccess';
import { draftOf, planInput, type DraftEntry } from './plan-draft';
import { createSession, savePlan } from './series-api';
import { TopicPlanEditor } from './TopicPlanEditor';

interface PlanPanelProps {
  seriesId: string;
  token: string;
  view: SeriesView;
  onView: (view: SeriesView) => void;
  onSessionCreated: () => void;
}

function sameDraft(a: readonly DraftEntry[], b: readonly DraftEntry[]): boolean {
  const strip = (d: readonly DraftEntry[]) => JSON.stringify(d.map(({ workshopId: _w, ...e }) => e));
  return strip(a) === strip(b);
}

/** The topic plan of the series: edit and save it; create a session per topic. */
export function PlanPanel({ seriesId, token, view, onView, onSessionCreated }: PlanPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<DraftEntry[]>(() => draftOf(view.topicPlan));
  const [dirty, setDirty] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  // A new view from the server replaces an unchanged draft; a changed one only learns its new sessions.
  useEffect(() => {
    const saved = draftOf(view.topicPlan);
    const links = new Map(saved.map((e) => [e.id, e.workshopId]));
    setDraft((current) => (dirty ? current.map((e) => ({ ...e, workshopId: links.get(e.id) })) : saved));
  }, [view, dirty]);

  const change = (next: DraftEntry[]) => {
    setDraft(next);
    setDirty(!sameDraft(next, draftOf(view.topicPlan)));
    setStatus(null);
  };

  async function save() {
    const topicPlan = planInput(draft);
    if (!topicPlan) {
      setShowProblems(true);
      setStatus({ ok: false, text: t('series.plan.incomplete') });
      return;
    }
    setSaving(true);
    try {
      const next = await savePlan(seriesId, token, topicPlan);
      setDirty(false);
      setShowProblems(false);
      onView(next);
      setStatus({ ok: true, text: t('series.plan.saved') });
    } catch (cause) {
      setStatus({ ok: false, text: t(`errors.${errorCodeOf(cause)}`) });
    } finally {
      setSaving(false);
    }
  }

  const discard = () => {
    setDirty(false);
    setShowProblems(false);
    setStatus(null);
  };

  return (
    <section className="panel series-plan" aria-labelledby={`${id}-title`} data-testid="series-plan">
      <div className="panel-head">
        <h2 id={`${id}-title`} className="panel-title">
          {t('series.plan.heading')}
        </h2>
        <span className="panel-eyebrow">{t('series.plan.count', { count: draft.length })}</span>
      </div>
      <p className="card__text">{t('series.plan.intro')}</p>
      <TopicPlanEditor
        value={draft}
        onChange={change}
        showProblems={showProblems}
        actions={(entry) =>
          entry.workshopId ? (
            <span className="series-chip is-held" data-testid="topic-has-session">
              {t('series.plan.hasSession')}
            </span>
          ) : (
            <CreateSessionControl
              seriesId={seriesId}
              token={token}
              entry={entry}
              sessions={view.sessions}
              disabled={dirty || !view.topicPlan.some((e) => e.id === entry.id)}
              onCreated={onSessionCreated}
            />
          )
        }
      />
      <div className="series-savebar" data-dirty={dirty || undefined}>
        {dirty && <span className="series-savebar__hint">{t('series.plan.unsaved')}</span>}
        <button
          type="button"
          className="button button--primary button--small"
          disabled={!dirty || saving}
          data-testid="plan-save"
          onClick={() => void save()}
        >
          {saving ? t('series.plan.saving') : t('series.plan.save')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={!dirty || saving}
          data-testid="plan-discard"
          onClick={discard}
        >
          {t('series.plan.discard')}
        </button>
        {status && (
          <p className={status.ok ? 'form-ok' : 'form-error'} role={status.ok ? 'status' : 'alert'}>
            {status.text}
          </p>
        )}
      </div>
    </section>
  );
}

/** The latest earlier session with open ships: what a facilitator most likely wants to carry on. */
function defaultSource(sessions: readonly SeriesSession[], date: string): string {
  const earlier = sessions.filter((s) => s.openShips > 0 && (s.date ?? '') <= date);
  return earlier.at(-1)?.workshopId ?? '';
}

function CreateSessionControl({
  seriesId,
  token,
  entry,
  sessions,
  disabled,
  onCreated,
}: {
  seriesId: string;
  token: string;
  entry: DraftEntry;
  sessions: readonly SeriesSession[];
  disabled: boolean;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const withShips = sessions.filter((s) => s.openShips > 0);
  const [source, setSource] = useState(() => defaultSource(sessions, entry.date));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const created = await createSession(seriesId, token, entry.id, source || null);
      const login = await loginWithSecret(created.workshopId, created.facilitatorSecret);
      useWorkshopAccess.getState().update(created.workshopId, {
        title: entry.topic || t('series.plan.topicOpen'),
        joinCode: created.joinCode,
        created: true,
        facilitator: { token: login.token, role: 'facilitator' },
        cofacilitatorSecret: created.cofacilitatorSecret,
      });
      // The console shows the session's links once, when it is first opened.
      useCreatedLinks.getState().show({
        workshopId: created.workshopId,
        joinCode: created.joinCode,
        facilitatorSecret: created.facilitatorSecret,
        cofacilitatorSecret: created.cofacilitatorSecret,
      });
      onCreated();
    } catch (cause) {
      setError(t(`errors.${errorCodeOf(cause)}`));
      setBusy(false);
    }
  }

  return (
    <div className="create-session" data-testid="create-session">
      {withShips.length > 0 && (
        <label className="create-session__carry" htmlFor={`${id}-carry`}>
          <span className="field-label">{t('series.session.carryFrom')}</span>
          <select
            id={`${id}-carry`}
            className="input select"
            value={source}
            disabled={disabled || busy}
            data-testid="carry-ships-from"
            onChange={(e) => setSource(e.target.value)}
          >
            <option value="">{t('series.session.carryNone')}</option>
            {withShips.map((s) => (
              <option key={s.workshopId} value={s.workshopId}>
                {t('series.session.carryOption', { title: s.title, count: s.openShips })}
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={disabled || busy}
        data-testid="create-session-submit"
        onClick={() => void create()}
      >
        {busy ? t('series.session.creating') : t('series.session.create')}
      </button>
      {disabled && !busy && <span className="card__hint create-session__hint">{t('series.session.saveFirst')}</span>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
