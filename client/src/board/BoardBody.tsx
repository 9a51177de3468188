import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NARROW_SCREEN, useMediaQuery } from '../app/useMediaQuery';

/** How the panel beside the canvas is offered on a phone, where only one of the two fits. */
export interface AsideTab {
  label: string;
  /** Which of the two a phone shows first. */
  first: 'canvas' | 'aside';
  /** A key that, whenever it changes to a new non-null value, brings the panel to the front (a vote opening). */
  attention: string | null;
}

type Tab = 'canvas' | 'aside';

/**
 * The canvas (or what replaces it) with the typed content beside it. On a
 * phone the two would share one small screen, and the toolbar would cover
 * what is left of the canvas: there they become two tabs instead.
 */
export function BoardBody({
  aside,
  main,
  asideTab,
  children,
}: {
  aside: ReactNode;
  main: ReactNode;
  asideTab: AsideTab | undefined;
  children: ReactNode;
}) {
  const hasMain = main !== null && main !== undefined && main !== false;
  const hasAside = aside !== null && aside !== undefined && aside !== false;
  const narrow = useMediaQuery(NARROW_SCREEN);
  if (!hasMain && !hasAside) return children;
  if (narrow && hasAside && !hasMain && asideTab) {
    return <TabbedBody aside={aside} tab={asideTab} canvas={children} />;
  }
  return (
    <div className="board-body">
      {/* Focusable so that a keyboard can scroll it where nothing inside takes focus (a participant's question wall). */}
      {hasMain ? (
        <div className="board-main" tabIndex={0}>
          {main}
        </div>
      ) : (
        children
      )}
      {hasAside && <aside className="board-aside">{aside}</aside>}
    </div>
  );
}

function TabbedBody({ aside, tab, canvas }: { aside: ReactNode; tab: AsideTab; canvas: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  // Until the person picks a tab, the preferred one rules: it can change once the session knows their team.
  const [chosen, setCurrent] = useState<Tab | null>(null);
  const current = chosen ?? tab.first;
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ canvas: null, aside: null });
  const attention = useRef(tab.attention);
  useEffect(() => {
    if (tab.attention !== null && tab.attention !== attention.current) setCurrent('aside');
    attention.current = tab.attention;
  }, [tab.attention]);

  const choose = (next: Tab, focus = false) => {
    setCurrent(next);
    if (focus) tabs.current[next]?.focus();
  };
  // As in any tab list: arrow keys move to the other tab, Home to the first, End to the last.
  const onKeyDown = (event: KeyboardEvent) => {
    const other: Tab = current === 'canvas' ? 'aside' : 'canvas';
    const next = { ArrowLeft: other, ArrowRight: other, Home: 'aside', End: 'canvas' }[event.key] as Tab | undefined;
    if (!next) return;
    event.preventDefault();
    choose(next, true);
  };
  const button = (name: Tab, label: string, badge: boolean) => (
    <button
      ref={(el) => {
        tabs.current[name] = el;
      }}
      type="button"
      role="tab"
      id={`${id}-${name}-tab`}
      aria-controls={`${id}-${name}`}
      aria-selected={current === name}
      tabIndex={current === name ? 0 : -1}
      className="board-tabs__tab"
      data-testid={`board-tab-${name}`}
      onClick={() => choose(name)}
    >
      {label}
      {badge && <span className="board-tabs__badge" aria-hidden="true" />}
    </button>
  );
  return (
    <div className="board-body board-body--tabbed">
      <div className="board-tabs" role="tablist" aria-label={t('board.tabs.label')} onKeyDown={onKeyDown}>
        {button('aside', tab.label, tab.attention !== null && current !== 'aside')}
        {button('canvas', t('board.tabs.canvas'), false)}
      </div>
      <div
        className="board-tabpanel"
        role="tabpanel"
        id={`${id}-canvas`}
        aria-labelledby={`${id}-canvas-tab`}
        hidden={current !== 'canvas'}
      >
        {canvas}
      </div>
      <aside
        className="board-aside board-tabpanel"
        role="tabpanel"
        id={`${id}-aside`}
        aria-labelledby={`${id}-aside-tab`}
        hidden={current !== 'aside'}
      >
        {aside}
      </aside>
    </div>
  );
}
