import { useTranslation } from 'react-i18next';
import type { Station } from '@mutopia/shared/workshop/definition';
import type { AsideTab } from '../board/BoardBody';
import { useCurrentVote } from '../votes/useVotes';
import { useSession } from '../workshop/useWorkshop';
import { carriesTeamPack } from './station-kinds';

/** Stations whose panel is where the work starts on a phone: the persona, the [M]Utopie question. */
const PANEL_FIRST: ReadonlySet<Station['kind']> = new Set(['teamSpace', 'mutopia']);

/**
 * How a station's panel is offered as a tab on a phone: named after what it
 * holds, first where the station's work starts there, and brought to the front
 * when a vote opens on the station. In a solution room a participant's panel
 * starts with the team's persona and question, which the team works from: it
 * comes first there too.
 */
export function useStationAsideTab(station: Station | undefined): AsideTab | undefined {
  const { t } = useTranslation();
  const vote = useCurrentVote(station?.id ?? null);
  const teamId = useSession((s) => (s.welcome?.role === 'participant' ? s.welcome.teamId : null));
  if (!station) return undefined;
  const open = vote?.status === 'open' ? vote.id : null;
  const pack = carriesTeamPack(station, teamId) && station.kind === 'solutionRoom';
  return {
    label: open
      ? t('boardContent.asideTabs.vote')
      : t(`boardContent.asideTabs.${pack ? 'teamSpace' : tabName(station.kind)}`),
    first: pack || PANEL_FIRST.has(station.kind) ? 'aside' : 'canvas',
    attention: open,
  };
}

function tabName(kind: Station['kind']): 'teamSpace' | 'mutopia' | 'room' {
  if (kind === 'teamSpace' || kind === 'mutopia') return kind;
  return 'room';
}
