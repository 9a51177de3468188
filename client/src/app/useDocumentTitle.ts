import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<page> · Mutopia", or just the product name. */
export function useDocumentTitle(page?: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = page ? `${page} · ${appName}` : appName;
  }, [page, appName]);
}
