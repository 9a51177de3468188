import { useContext, useEffect } from 'react';
import { WorkshopContext } from '../workshop/workshop-context';
import { boardRefusalOf } from './board-refusal';
import type { BoardSession } from './session';

/**
 * A workshop board closed with "workshop deleted" ends the whole workshop page, as the
 * session's own 'session:ended' does: the page must not wait for a message its socket
 * may have missed while reconnecting.
 */
export function useWorkshopDeletedVerdict(session: BoardSession | null): void {
  const workshop = useContext(WorkshopContext);
  useEffect(() => {
    if (!session || !workshop) return;
    const onClose = (event: { code: number; reason?: string } | null) => {
      if (boardRefusalOf(event?.code, event?.reason) === 'workshopDeleted') workshop.workshopDeleted();
    };
    session.provider.on('connection-close', onClose);
    return () => session.provider.off('connection-close', onClose);
  }, [session, workshop]);
}
