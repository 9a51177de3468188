import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DisplayMenu } from './DisplayMenu';
import { STATEMENT_PATH } from './statement-path';

import './site-footer.css';

/** The small footer of every scrolling page: the accessibility statement and the display menu. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer no-print" aria-label={t('display.footer.label')} data-testid="site-footer">
      <Link href={STATEMENT_PATH} className="site-footer__link" data-testid="footer-statement">
        {t('display.footer.statement')}
      </Link>
      <DisplayMenu placement="above" />
    </footer>
  );
}
