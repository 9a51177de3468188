import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { Wordmark } from '../app/Wordmark';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { CreateBoardForm } from './CreateBoardForm';
import { DemoBoardCard } from './DemoBoardCard';
import { RecentBoardsList } from './RecentBoardsList';

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
        <div className="landing__grid">
          <CreateBoardForm />
          <DemoBoardCard />
          <RecentBoardsList />
        </div>
      </main>
    </div>
  );
}
