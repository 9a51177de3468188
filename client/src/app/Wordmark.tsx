import { useTranslation } from 'react-i18next';

export function Wordmark({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={compact ? 'wordmark wordmark--compact' : 'wordmark'}>
      <span className="wordmark__mark" aria-hidden="true" />
      <span className="wordmark__text">{t('app.name')}</span>
    </span>
  );
}
