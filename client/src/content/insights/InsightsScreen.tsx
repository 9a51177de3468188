import { useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSession } from '../../board/session';
import { FIT_SCALES } from '../../workshop/projector/fit-pages-model';
import { usePageTurner } from '../../workshop/projector/usePageTurner';
import { useSession } from '../../workshop/useWorkshop';
import { INSIGHTS_PER_PAGE, insightsGrid, insightsPage } from './insights-layout';
import { useInsights } from './useInsights';

import './insights-screen.css';
/**
 * "Erkenntnisse präsentieren" on a projector: the room's key insights fill the
 * screen as numbered cards, the type as large as lets every card show all of
 * its text; beyond a page's worth the pages turn by themselves.
 */
export function InsightsScreen({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const id = useId();
  const locale = useSession((s) => s.view!.definition.locale);
  const insights = useInsights(session.doc);
  const pages = Math.max(1, Math.ceil(insights.length / INSIGHTS_PER_PAGE));
  const page = usePageTurner(pages);
  const shown = insightsPage(insights, page);
  const { columns, rows } = insightsGrid(shown.length);
  const grid = useRef<HTMLOListElement>(null);
  const [scale, setScale] = useState<number>(FIT_SCALES[0]);
  const text = shown.map((i) => i.text).join('\n');

  // The largest type at which no card cuts its text off.
  useLayoutEffect(() => {
    const el = grid.current;
    if (!el) return;
    let chosen = FIT_SCALES.at(-1)!;
    for (const step of FIT_SCALES) {
      el.style.setProperty('--fit', String(step));
      chosen = step;
      const clipped = [...el.children].some((card) => card.scrollHeight > card.clientHeight + 1);
      if (!clipped) break;
    }
    setScale(chosen);
  }, [text, columns, rows]);

  return (
    <section className="insights-screen" aria-labelledby={id} data-testid="insights-screen" lang={locale}>
      <h2 id={id} className="insights-screen__title">
        {t('boardContent.insights.title')}
        {pages > 1 && (
          <span className="insights-screen__page" data-testid="projector-page">
            {t('projectorScreens.page', { page: page + 1, pages })}
          </span>
        )}
      </h2>
      {insights.length === 0 ? (
        <p className="insights-screen__empty" data-testid="insights-screen-empty">
          {t('projectorScreens.insightsEmpty')}
        </p>
      ) : (
        <ol
          ref={grid}
          className={`insights-screen__grid insights-screen__grid--${Math.min(rows, 3)}`}
          start={page * INSIGHTS_PER_PAGE + 1}
          style={
            {
              '--fit': scale,
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
              gridTemplateRows: `repeat(${rows}, minmax(0, 1fr))`,
            } as CSSProperties
          }
        >
          {shown.map((insight, i) => (
            <li key={insight.id} className="insights-screen__card" data-testid="insight">
              <span className="insights-screen__number" aria-hidden="true">
                {page * INSIGHTS_PER_PAGE + i + 1}
              </span>
              <span className="insights-screen__text" data-testid="insight-screen-text">
                {insight.text}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
