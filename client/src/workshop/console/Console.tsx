import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { QuestionWallStatus } from '../../questions/QuestionWallStatus';
import { StationVotesOverview } from '../../votes/StationVotesOverview';
import { resultsPath } from '../../results/paths';
import { useWorkshopAccess } from '../../stores/workshopAccess';
import { ArrowLeftIcon, UsersIcon } from '../../ui/icons';
import { BroadcastBanner, SessionStatus } from '../components';
import { useSession, useWorkshop } from '../useWorkshop';
import { Agenda } from './Agenda';
import { BroadcastCard } from './BroadcastCard';
import { CursorsCard } from './CursorsCard';
import { CONSOLE_TABS, useConsoleUi } from './console-ui';
import { CreatedLinksDialog } from './CreatedLinksDialog';
import { DeleteWorkshop } from './DeleteWorkshop';
import { EditDefinition } from './EditDefinition';
import { InviteTab, JoinCard, PrintSheet } from './Invite';
import { NowPanel } from './NowPanel';
import { ProjectorsTab } from './Projectors';
import { Roster } from './Roster';
import { StationsOverview } from './StationsOverview';
import { SummonCard } from './SummonCard';

import './console.css';
export function Console() {
  const { t } = useTranslation();
  const { workshopId } = useWorkshop();
  const view = useSession((s) => s.view)!;
  const roster = useSession((s) => s.roster);
  const tab = useConsoleUi((s) => s.tab);
  const setTab = useConsoleUi((s) => s.setTab);
  const title = view.definition.title;
  useDocumentTitle(t('console.documentTitle', { title }));

  // Remember the title and code for the landing page's list.
  useEffect(() => {
    useWorkshopAccess.getState().update(workshopId, { title, joinCode: view.joinCode });
  }, [workshopId, title, view.joinCode]);

  const online = roster?.filter((p) => p.online).length ?? 0;

  return (
    <div className="console">
      <header className="console-header no-print">
        <Link href="/" className="board-header__back" title={t('board.back')}>
          <ArrowLeftIcon size={18} />
          {/* The name holds the brand people see ("Zurück Mutopia"), as WCAG 2.5.3 asks. */}
          <span className="visually-hidden">{t('board.back')} </span>
          <span className="board-header__brand">{t('app.name')}</span>
        </Link>
        <div className="console-header__title">
          <span className="console-header__eyebrow">{t('console.eyebrow')}</span>
          <h1 data-testid="console-title">{title}</h1>
        </div>
        <span className="pill pill--code" data-testid="console-join-code" title={t('console.joinCode')}>
          {t('console.codeShort')} <strong>{view.joinCode}</strong>
        </span>
        <button
          type="button"
          className="pill pill--button"
          data-testid="console-online"
          title={t('console.onlineTitle', { online, total: roster?.length ?? 0 })}
          onClick={() => setTab('people')}
        >
          {/* Named by what it shows ("12/120 online", WCAG 2.5.3), then where it leads. */}
          <UsersIcon size={16} />
          <span className="pill__number">
            {online}/{roster?.length ?? 0}
          </span>{' '}
          <span className="pill__suffix">{t('board.onlineWord')}</span>
          <span className="visually-hidden"> · {t('console.tabs.people')}</span>
        </button>
        <SessionStatus />
        <Link href={resultsPath(workshopId)} className="button button--secondary" data-testid="console-results">
          {t('results.consoleLink')}
        </Link>
        <LanguageSwitch />
      </header>
      <nav
        className="console-tabs no-print"
        role="tablist"
        aria-label={t('console.sections')}
        onKeyDown={(e) => {
          // Arrow keys move between tabs, as in any tab list.
          const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
          if (step === 0) return;
          e.preventDefault();
          const next = CONSOLE_TABS[(CONSOLE_TABS.indexOf(tab) + step + CONSOLE_TABS.length) % CONSOLE_TABS.length]!;
          setTab(next);
          document.getElementById(`console-tab-${next}`)?.focus();
        }}
      >
        {CONSOLE_TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`console-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`console-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            className="console-tabs__tab"
            data-testid={`console-tab-${name}`}
            onClick={() => setTab(name)}
          >
            {t(`console.tabs.${name}`)}
          </button>
        ))}
      </nav>
      <div className="no-print">
        <BroadcastBanner />
      </div>
      <main className="console-landmark">
        <div
          className={`console-body console-body--${tab} no-print`}
          role="tabpanel"
          id={`console-panel-${tab}`}
          aria-labelledby={`console-tab-${tab}`}
        >
          {tab === 'live' && (
            <>
              <Agenda />
              <div className="console-main">
                <NowPanel />
                <StationsOverview />
              </div>
              <aside className="console-side" aria-label={t('console.sideLabel')}>
                <SummonCard />
                <QuestionWallStatus />
                <StationVotesOverview />
                <BroadcastCard />
                <CursorsCard />
                <JoinCard />
              </aside>
            </>
          )}
          {tab === 'people' && <Roster />}
          {tab === 'projectors' && <ProjectorsTab />}
          {tab === 'invite' && <InviteTab />}
          {tab === 'edit' && <EditDefinition />}
          {tab === 'edit' && <DeleteWorkshop />}
        </div>
      </main>
      <PrintSheet />
      <CreatedLinksDialog />
    </div>
  );
}
