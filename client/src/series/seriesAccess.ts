import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/** What this browser knows about one series: its token, never the secret of its link. */
export interface SeriesRecord {
  id: string;
  title: string;
  token: string | null;
  lastOpened: number;
}

interface SeriesAccessState {
  series: Record<string, SeriesRecord>;
  update: (id: string, patch: Partial<Omit<SeriesRecord, 'id' | 'lastOpened'>>) => void;
  forget: (id: string) => void;
}

const MAX_REMEMBERED = 20;

/** Series tokens, so the console opens again without the link (listed on the landing page). */
export const useSeriesAccess = create<SeriesAccessState>()(
  persist(
    (set) => ({
      series: {},
      update: (id, patch) =>
        set(({ series }) => {
          const previous = series[id] ?? { id, title: '', token: null, lastOpened: 0 };
          const next: SeriesRecord = { ...previous, ...patch, id, lastOpened: Date.now() };
          if (!next.title) next.title = previous.title;
          const entries = Object.values({ ...series, [id]: next })
            .sort((a, b) => b.lastOpened - a.lastOpened)
            .slice(0, MAX_REMEMBERED);
          return { series: Object.fromEntries(entries.map((s) => [s.id, s])) };
        }),
      forget: (id) =>
        set(({ series }) => {
          const rest = { ...series };
          delete rest[id];
          return { series: rest };
        }),
    }),
    { name: 'mutopia-series', version: 1 },
  ),
);

/** The secret of a series just created, shown once in its console and kept only in memory. */
interface CreatedSeriesState {
  created: { seriesId: string; facilitatorSecret: string } | null;
  show: (seriesId: string, facilitatorSecret: string) => void;
  dismiss: () => void;
}

export const useCreatedSeries = create<CreatedSeriesState>()((set) => ({
  created: null,
  show: (seriesId, facilitatorSecret) => set({ created: { seriesId, facilitatorSecret } }),
  dismiss: () => set({ created: null }),
}));
