import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DEMO_BOARD_ID as SharedDemoBoardId } from '@mutopia/shared';
import { fetchBoard } from '../api/http';

// Spelled out so the landing page does not load the id schema (zod); the type pins it to the shared value.
const DEMO_BOARD_ID: typeof SharedDemoBoardId = 'demo';

/** Offered only when the server actually has a demo board. */
export function DemoBoardCard() {
  const { t } = useTranslation();
  const [available, setAvailable] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetchBoard(DEMO_BOARD_ID, controller.signal).then(
      () => setAvailable(true),
      () => setAvailable(false),
    );
    return () => controller.abort();
  }, []);

  if (!available) return null;
  return (
    <section className="card card--demo" aria-labelledby="demo-heading">
      <h2 id="demo-heading" className="card__title">
        {t('landing.demoHeading')}
      </h2>
      <p className="card__text">{t('landing.demoText')}</p>
      <Link href={`/b/${DEMO_BOARD_ID}`} className="button button--secondary" data-testid="demo-board-link">
        {t('landing.demoLink')}
      </Link>
    </section>
  );
}
