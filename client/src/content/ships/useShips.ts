import type * as Y from 'yjs';
import { readShips, type Ship } from '@mutopia/shared/board/ships';
import { useDefinition, useSession } from '../../workshop/useWorkshop';
import { observeRootMap, useDocValue } from '../useSideDoc';

const observeShips = observeRootMap('ships');

/** Every ship in the harbour document, current after every edit by anyone (null until it has synced). */
export function useShips(doc: Y.Doc | null | undefined): Ship[] | null {
  return useDocValue(doc, readShips, observeShips);
}

/** The board of the workshop's harbour station, where every ship sails (undefined without a harbour). */
export function useHarbourBoardId(): string | undefined {
  const definition = useDefinition();
  const harbour = definition.stations.find((s) => s.kind === 'harbour');
  return useSession((s) => (harbour ? s.view?.boards[harbour.id] : undefined));
}
