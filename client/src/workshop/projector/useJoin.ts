import { absoluteUrl, joinPath } from '../links';
import { useLinkOrigin } from '../useLinkOrigin';
import { useSession } from '../useWorkshop';

/** The join code and link a projector shows, from the address phones can reach. */
export function useJoin() {
  const joinCode = useSession((s) => s.view!.joinCode);
  const url = absoluteUrl(useLinkOrigin().origin, joinPath(joinCode));
  return { joinCode, url, shortUrl: url.replace(/^https?:\/\//, '') };
}
