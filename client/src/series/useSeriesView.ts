import { useCallback, useEffect, useState } from 'react';
import type { SeriesView } from '@mutopia/shared/series/series-schemas';
import { errorCodeOf, type ApiErrorCode } from '../api/http';
import { fetchSeries } from './series-api';
import { useSeriesAccess } from './seriesAccess';

/** The series as the server has it, with a way to replace it after a change or to fetch it again. */
export function useSeriesView(
  seriesId: string,
  token: string,
): {
  view: SeriesView | null;
  error: ApiErrorCode | 'unknown' | null;
  setView: (view: SeriesView) => void;
  reload: () => void;
} {
  const [view, setViewState] = useState<SeriesView | null>(null);
  const [error, setError] = useState<ApiErrorCode | 'unknown' | null>(null);
  const [generation, setGeneration] = useState(0);

  const setView = useCallback(
    (next: SeriesView) => {
      setViewState(next);
      useSeriesAccess.getState().update(seriesId, { title: next.title });
    },
    [seriesId],
  );

  useEffect(() => {
    const abort = new AbortController();
    fetchSeries(seriesId, token, abort.signal).then(
      (next) => {
        setError(null);
        setView(next);
      },
      (cause: unknown) => {
        if (!abort.signal.aborted) setError(errorCodeOf(cause));
      },
    );
    return () => abort.abort();
  }, [seriesId, token, generation, setView]);

  return { view, error, setView, reload: useCallback(() => setGeneration((g) => g + 1), []) };
}
