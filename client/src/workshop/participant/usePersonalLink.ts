import { useEffect, useState } from 'react';
import { useWorkshopAccess } from '../../stores/workshopAccess';
import { readFragment } from '../links';

/**
 * A personal link (`/w/:id#token=…&pid=…`, made when the facilitators signed a
 * person's devices out): this browser becomes that person. Read once; the
 * fragment leaves the address bar, as with the other links.
 */
export function usePersonalLink(workshopId: string): boolean {
  const [link] = useState(() => {
    const token = readFragment(window.location.hash, 'token');
    const participantId = readFragment(window.location.hash, 'pid');
    return token && participantId ? { token, participantId } : null;
  });
  const [stored, setStored] = useState(link === null);
  useEffect(() => {
    if (!link) return;
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', pathname + search);
    // Team and name follow from the server's welcome; until then the person is only known by id.
    const previous = useWorkshopAccess.getState().workshops[workshopId]?.participant;
    const same = previous?.participantId === link.participantId;
    useWorkshopAccess.getState().update(workshopId, {
      participant: {
        token: link.token,
        participantId: link.participantId,
        teamId: same ? previous.teamId : null,
        displayName: same ? previous.displayName : '',
      },
    });
    setStored(true);
  }, [link, workshopId]);
  return stored;
}
