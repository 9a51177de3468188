import { useEffect, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { Ship } from '@mutopia/shared/board/ships';
import { useDefinition, useSession } from '../../workshop/useWorkshop';
import { ShipsCache } from './ships-cache';

const NO_SHIPS = { getSnapshot: () => null, subscribe: () => () => {} };

/** Every ship in the harbour document, current after every edit by anyone (null without a document). */
export function useShips(doc: Y.Doc | null | undefined): Ship[] | null {
  const [cache, setCache] = useState<ShipsCache | null>(null);
  useEffect(() => {
    if (!doc) return;
    const opened = new ShipsCache(doc);
    setCache(opened);
    return () => {
      setCache(null);
      opened.destroy();
    };
  }, [doc]);
  const source = cache && cache.doc === doc ? cache : NO_SHIPS;
  return useSyncExternalStore<Ship[] | null>(source.subscribe, source.getSnapshot);
}

/** The board of the workshop's harbour station, where every ship sails (undefined without a harbour). */
export function useHarbourBoardId(): string | undefined {
  const definition = useDefinition();
  const harbour = definition.stations.find((s) => s.kind === 'harbour');
  return useSession((s) => (harbour ? s.view?.boards[harbour.id] : undefined));
}
