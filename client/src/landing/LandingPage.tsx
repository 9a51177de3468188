import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { Wordmark } from '../app/Wordmark';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { CreateBoardForm } from './CreateBoardForm';
import { DemoBoardCard } from './DemoBoardCard';
import { RecentBoardsList } from './RecentBoardsList';
import { JoinByCodeCard, YourWorkshopsList } from './YourWorkshops';
import { SeriesCard } from '../series/SeriesCard';

import './workshops.css';
// Templates and the workshop schemas are the bulk of this form: loaded right after the first paint.
const CreateWorkshopForm = lazy(() => import('./CreateWorkshopForm').then((m) => ({ default: m.CreateWorkshopForm })));

function CreateWorkshopPlaceholder() {
  const { t } = useTranslation();
  return (
    <section className="card card--workshop card--placeholder" aria-busy="true">
      <h2 className="card__title">{t('createWorkshop.heading')}</h2>
      <p className="card__text">{t('app.loading')}</p>
    </section>
  );
}

export function LandingPage() {
  const { t } = useTranslation();
  useDocumentTitle();
  return (
    <div className="landing">
      <header className="landing__header">
        <Wordmark />
        <LanguageSwitch />
      </header>
      <main className="landing__main">
        <section className="hero" aria-labelledby="hero-title">
          <h1 id="hero-title" className="hero__title">
            {t('app.name')}
          </h1>
          <p className="hero__pitch">{t('app.pitch')}</p>
          <div className="hero__art" aria-hidden="true">
            <span className="hero__note hero__note--yellow" />
            <span className="hero__note hero__note--blue" />
            <span className="hero__note hero__note--pink" />
            <span className="hero__note hero__note--green" />
          </div>
        </section>
        <div className="landing__workshops">
          <Suspense fallback={<CreateWorkshopPlaceholder />}>
            <CreateWorkshopForm />
          </Suspense>
          <div className="landing__side">
            <JoinByCodeCard />
            <YourWorkshopsList />
            <SeriesCard />
          </div>
        </div>
        <h2 className="landing__section-title">{t('landing.boardsHeading')}</h2>
        <div className="landing__grid">
          <CreateBoardForm />
          <DemoBoardCard />
          <RecentBoardsList />
        </div>
      </main>
    </div>
  );
}
