import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LIMITS } from '@mutopia/shared/board/content-limits';
import { addInsight, moveInsight, removeInsight, setInsightText, type Insight } from '@mutopia/shared/board/insights';
import type { BoardSession } from '../../board/session';
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from '../../ui/icons';
import { CollabText } from '../CollabText';
import { useInsights } from './useInsights';

interface InsightsPanelProps {
  session: BoardSession;
  /** Projectors: the insights large, as the content of the plenary presentation. */
  present: boolean;
}

/** The key-insights area of a room: filled by the room for the closing presentation, shown large on projectors. */
export function InsightsPanel({ session, present }: InsightsPanelProps) {
  const insights = useInsights(session.doc);
  if (present || session.readOnly) return insights.length > 0 ? <InsightsPresentation insights={insights} /> : null;
  return <InsightsEditor session={session} insights={insights} />;
}

function InsightsPresentation({ insights }: { insights: Insight[] }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section
      className="content-panel content-panel--large insights insights--present"
      aria-labelledby={id}
      data-testid="insights"
    >
      <h2 id={id} className="content-panel__title insights__title">
        {t('boardContent.insights.title')}
      </h2>
      <ol className="insights__list">
        {insights.map((insight) => (
          <li key={insight.id} className="insights__shown" data-testid="insight">
            {insight.text}
          </li>
        ))}
      </ol>
    </section>
  );
}

function InsightsEditor({ session, insights }: { session: BoardSession; insights: Insight[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [removed, setRemoved] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const full = insights.length >= CONTENT_LIMITS.insights;
  const { doc, origin } = session;

  // The undo offer holds only while the removal is still the last thing this person did.
  useEffect(() => {
    if (!removed) return;
    const withdraw = () => setRemoved(false);
    session.undo.on('stack-item-added', withdraw);
    session.undo.on('stack-item-popped', withdraw);
    return () => {
      session.undo.off('stack-item-added', withdraw);
      session.undo.off('stack-item-popped', withdraw);
    };
  }, [removed, session]);

  const add = (e: FormEvent) => {
    e.preventDefault();
    const text = draft.trim();
    if (!text || full) return;
    session.undo.stopCapturing();
    if (addInsight(doc, text, origin)) setDraft('');
  };

  const move = (insightId: string, to: number, focusSelector: string) => {
    session.undo.stopCapturing();
    moveInsight(doc, insightId, to, origin);
    // The item moved under the pressed button; keep the keyboard on the same button of the same item.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-insight-id="${insightId}"] ${focusSelector}`)?.focus(),
    );
  };

  const remove = (insightId: string) => {
    session.undo.stopCapturing();
    removeInsight(doc, insightId, origin);
    session.undo.stopCapturing();
    setRemoved(true);
    requestAnimationFrame(() => undoButton.current?.focus());
  };

  return (
    <section className="content-panel insights" aria-labelledby={id} data-testid="insights">
      <h2 id={id} className="content-panel__title insights__title">
        {t('boardContent.insights.title')}
      </h2>
      <p className="content-panel__hint insights__intro">{t('boardContent.insights.intro')}</p>
      {insights.length === 0 ? (
        <p className="insights__empty">{t('boardContent.insights.empty')}</p>
      ) : (
        <ol className="insights__list">
          {insights.map((insight, index) => {
            const n = index + 1;
            return (
              <li key={insight.id} className="insights__item" data-testid="insight" data-insight-id={insight.id}>
                <CollabText
                  multiline
                  rows={2}
                  className="input insights__text"
                  value={insight.text}
                  maxLength={CONTENT_LIMITS.longText}
                  aria-label={t('boardContent.insights.item', { n })}
                  testId="insight-text"
                  onChange={(next) => setInsightText(doc, insight.id, next, origin)}
                />
                <div className="insights__tools">
                  <button
                    type="button"
                    className="icon-button insights__up"
                    aria-label={t('boardContent.insights.moveUp', { n })}
                    title={t('boardContent.insights.moveUp', { n })}
                    disabled={index === 0}
                    onClick={() => move(insight.id, index - 1, index - 1 === 0 ? '.insights__down' : '.insights__up')}
                  >
                    <ArrowUpIcon size={16} />
                  </button>
                  <button
                    type="button"
                    className="icon-button insights__down"
                    aria-label={t('boardContent.insights.moveDown', { n })}
                    title={t('boardContent.insights.moveDown', { n })}
                    disabled={index === insights.length - 1}
                    onClick={() =>
                      move(
                        insight.id,
                        index + 1,
                        index + 1 === insights.length - 1 ? '.insights__up' : '.insights__down',
                      )
                    }
                  >
                    <ArrowDownIcon size={16} />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('boardContent.insights.remove', { n })}
                    title={t('boardContent.insights.remove', { n })}
                    data-testid="insight-remove"
                    onClick={() => remove(insight.id)}
                  >
                    <TrashIcon size={16} />
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="insights__status" role="status">
        {removed && (
          <>
            {t('boardContent.insights.removed')}{' '}
            <button
              ref={undoButton}
              type="button"
              className="button button--secondary button--small"
              data-testid="insight-undo"
              onClick={() => {
                session.undo.undo();
                setRemoved(false);
              }}
            >
              {t('boardContent.insights.undoRemove')}
            </button>
          </>
        )}
      </div>
      <form className="insights__add" onSubmit={add}>
        <label className="visually-hidden" htmlFor={`${id}-new`}>
          {t('boardContent.insights.addLabel')}
        </label>
        <input
          id={`${id}-new`}
          className="input"
          value={draft}
          maxLength={CONTENT_LIMITS.longText}
          placeholder={t('boardContent.insights.addPlaceholder')}
          disabled={full}
          data-testid="insight-new"
          onChange={(e) => setDraft(e.target.value)}
        />
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={full || !draft.trim()}
          data-testid="insight-add"
        >
          {t('boardContent.insights.add')}
        </button>
      </form>
      {full && <p className="insights__full">{t('boardContent.insights.full', { max: CONTENT_LIMITS.insights })}</p>}
    </section>
  );
}
