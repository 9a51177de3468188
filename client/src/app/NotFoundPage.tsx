import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Wordmark } from './Wordmark';
import { useDocumentTitle } from './useDocumentTitle';

interface NotFoundPageProps {
  kind?: 'page' | 'board';
}

export function NotFoundPage({ kind = 'page' }: NotFoundPageProps) {
  const { t } = useTranslation();
  const title = kind === 'board' ? t('notFound.boardTitle') : t('notFound.pageTitle');
  useDocumentTitle(title);
  return (
    <main className="not-found" data-testid={kind === 'board' ? 'board-not-found' : 'page-not-found'}>
      <Wordmark />
      <div className="not-found__card">
        <div className="not-found__notes" aria-hidden="true">
          <span className="not-found__note not-found__note--a" />
          <span className="not-found__note not-found__note--b">?</span>
        </div>
        <h1>{title}</h1>
        <p>{kind === 'board' ? t('notFound.boardText') : t('notFound.pageText')}</p>
        <Link href="/" className="button button--primary">
          {t('notFound.home')}
        </Link>
      </div>
    </main>
  );
}
