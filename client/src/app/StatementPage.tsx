import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { contactHref, type AccessibilityInfo } from '@mutopia/shared/a11y/statement';
import { fetchAccessibilityInfo } from '../api/accessibility';
import { LanguageSwitch } from './LanguageSwitch';
import { Wordmark } from './Wordmark';
import { useDocumentTitle } from './useDocumentTitle';

import './statement.css';

const GAPS = ['canvas', 'cursors', 'images', 'content', 'plainLanguage'] as const;
// The federal conciliation body named by § 16 BGG; BITV 2.0 requires a link to it.
const SCHLICHTUNGSSTELLE_URL = 'https://www.schlichtungsstelle-bgg.de/';

function Contact({ info }: { info: AccessibilityInfo | null | 'failed' }) {
  const { t } = useTranslation();
  if (info === null) return <p>{t('app.loading')}</p>;
  const contact = info === 'failed' ? null : info.contact;
  if (!contact) return <p data-testid="statement-contact-missing">{t('display.statement.feedbackMissing')}</p>;
  const href = contactHref(contact);
  return (
    <>
      <p>{t('display.statement.feedback')}</p>
      <p className="statement__contact" data-testid="statement-contact">
        {href ? <a href={href}>{contact}</a> : contact}
      </p>
    </>
  );
}

/** "Erklärung zur Barrierefreiheit" as BITV 2.0 asks for it; the operator fills in the contact by configuration. */
export function StatementPage() {
  const { t } = useTranslation();
  const title = t('display.statement.title');
  useDocumentTitle(title);
  const [info, setInfo] = useState<AccessibilityInfo | null | 'failed'>(null);

  useEffect(() => {
    const abort = new AbortController();
    fetchAccessibilityInfo(abort.signal).then(setInfo, () => {
      if (!abort.signal.aborted) setInfo('failed');
    });
    return () => abort.abort();
  }, []);

  const operator = info && info !== 'failed' ? info.operator : null;

  return (
    <div className="statement">
      <header className="statement__header">
        {/* Named by the wordmark people see (WCAG 2.5.3); the title says where it leads. */}
        <Link href="/" title={t('display.statement.back')}>
          <Wordmark />
        </Link>
        <LanguageSwitch />
      </header>
      <main className="statement__main" data-testid="statement-page">
        <h1>{title}</h1>
        <p>{t('display.statement.intro')}</p>
        {operator && <p data-testid="statement-operator">{t('display.statement.operator', { operator })}</p>}

        <h2>{t('display.statement.statusHeading')}</h2>
        <p>{t('display.statement.status')}</p>
        <ul>
          {GAPS.map((gap) => (
            <li key={gap}>{t(`display.statement.gaps.${gap}`)}</li>
          ))}
        </ul>

        <h2>{t('display.statement.preparedHeading')}</h2>
        <p>{t('display.statement.prepared')}</p>

        <h2>{t('display.statement.displayHeading')}</h2>
        <p>{t('display.statement.display')}</p>

        <h2>{t('display.statement.feedbackHeading')}</h2>
        <Contact info={info} />

        <h2>{t('display.statement.enforcementHeading')}</h2>
        <p>{t('display.statement.enforcement')}</p>
        <p>
          <a href={SCHLICHTUNGSSTELLE_URL} lang="de">
            {t('display.statement.enforcementLink')}
          </a>
        </p>
      </main>
    </div>
  );
}
