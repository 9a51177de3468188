import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../api/http';
import { Loading, PageMessage } from '../workshop/components';
import { useFragmentCredential } from '../workshop/useFragmentCredential';
import { loginSeries } from './series-api';
import { SeriesConsole } from './SeriesConsole';
import { useSeriesAccess } from './seriesAccess';

type KeyExchange = { state: 'none' } | { state: 'pending' } | { state: 'failed'; code: string };

/**
 * `/s/:id#key=…`: trades the key of the series link for a token (kept in this
 * browser), then shows the series console. Without a key, an earlier token is used.
 */
export function SeriesPage({ seriesId }: { seriesId: string }) {
  const { t } = useTranslation();
  const key = useFragmentCredential('key');
  const token = useSeriesAccess((s) => s.series[seriesId]?.token ?? null);
  const [exchange, setExchange] = useState<KeyExchange>(key ? { state: 'pending' } : { state: 'none' });

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    loginSeries(seriesId, key).then(
      (next) => {
        if (cancelled) return;
        useSeriesAccess.getState().update(seriesId, { token: next });
        setExchange({ state: 'none' });
      },
      (error: unknown) => {
        if (!cancelled) setExchange({ state: 'failed', code: errorCodeOf(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, seriesId]);

  if (exchange.state === 'pending') return <Loading label={t('series.console.signingIn')} />;
  if (exchange.state === 'failed') {
    const network = exchange.code === 'network';
    return (
      <PageMessage
        testId="series-key-invalid"
        title={network ? t('errors.network') : t('series.console.keyInvalidTitle')}
        text={network ? undefined : t('series.console.keyInvalidText')}
      />
    );
  }
  if (!token)
    return (
      <PageMessage
        testId="series-no-access"
        title={t('series.console.noAccessTitle')}
        text={t('series.console.noAccessText')}
      />
    );
  return <SeriesConsole seriesId={seriesId} token={token} />;
}
