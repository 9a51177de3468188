import { locate, type Location } from '@mutopia/shared/workshop/location';
import { useWorkshopAccess } from '../../stores/workshopAccess';
import { useDefinition, useSession, useWorkshop } from '../useWorkshop';

/** Where to go, as the participant's own screen works it out (the same `locate()` the console uses). */
export function useMyLocation(): { location: Location; participantId: string; teamId: string | null } {
  const { workshopId } = useWorkshop();
  const definition = useDefinition();
  const state = useSession((s) => s.state!);
  const welcome = useSession((s) => s.welcome);
  const stored = useWorkshopAccess((s) => s.workshops[workshopId]?.participant ?? null);
  const participantId = welcome?.participantId ?? stored?.participantId ?? '';
  const teamId = welcome ? welcome.teamId : (stored?.teamId ?? null);
  return { location: locate(definition, state, { id: participantId, teamId }), participantId, teamId };
}
