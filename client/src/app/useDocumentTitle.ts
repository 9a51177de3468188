import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<page> · Mutopia", or just the product name; `skip` leaves the title to someone else. */
export function useDocumentTitle(page?: string, skip = false): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    if (skip) return;
    document.title = page ? `${page} · ${appName}` : appName;
  }, [page, appName, skip]);
}
