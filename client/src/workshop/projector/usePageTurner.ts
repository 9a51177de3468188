import { useEffect, useState } from 'react';
import { pageIntervalMs } from './fit-pages-model';

/**
 * The page a projector shows out of `pages`, turning by itself every few
 * seconds (`?pageSeconds=` in the projector's address): nobody is at its keyboard.
 */
export function usePageTurner(pages: number): number {
  const [page, setPage] = useState(0);
  const [interval] = useState(() => pageIntervalMs(window.location.search));
  useEffect(() => {
    if (pages <= 1) {
      setPage(0);
      return;
    }
    setPage((p) => (p < pages ? p : 0));
    const timer = window.setInterval(() => setPage((p) => (p + 1) % pages), interval);
    return () => window.clearInterval(timer);
  }, [pages, interval]);
  return Math.min(page, Math.max(0, pages - 1));
}
