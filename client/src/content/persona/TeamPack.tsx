import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPersonaEmpty } from '@mutopia/shared/board/persona';
import { useDefinition, useSession, useWorkshop } from '../../workshop/useWorkshop';
import { useSideDoc } from '../useSideDoc';
import { PersonaSummary } from './PersonaSummary';
import { TeamPackQuestion } from './TeamPackQuestion';
import { themeStations, usePersona } from './usePersona';

/**
 * What a team carries from room to room: its persona (read from the team
 * space's board) and its question. Shown to a participant at every station
 * but their own team space.
 */
export function TeamPack({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const { token } = useWorkshop();
  const definition = useDefinition();
  const teamSpace = definition.stations.find((s) => s.kind === 'teamSpace' && s.teamId === teamId);
  const boardId = useSession((s) => (teamSpace ? s.view?.boards[teamSpace.id] : undefined));
  const side = useSideDoc(boardId, token, true);
  const persona = usePersona(side?.doc);
  // Open everywhere: on a phone the pack has a tab of its own, so it takes no room from the board.
  const [open, setOpen] = useState(true);
  const headingId = useId();
  const team = definition.teams.find((x) => x.id === teamId);
  if (!team) return null;
  return (
    <section
      className="content-panel team-pack"
      aria-labelledby={headingId}
      data-testid="team-pack"
      style={{ borderTopColor: team.color }}
    >
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="team-pack__summary">
          <h2 className="content-panel__title" id={headingId}>
            {t('boardContent.persona.packTitle')}
          </h2>
          <span className="team-pack__team">{team.name}</span>
        </summary>
        <TeamPackQuestion teamId={teamId} />
        {boardId &&
          (persona === null ? (
            <p className="content-panel__hint">{t('boardContent.persona.loading')}</p>
          ) : isPersonaEmpty(persona) ? (
            <p className="content-panel__hint">{t('boardContent.persona.packEmpty')}</p>
          ) : (
            <PersonaSummary persona={persona} themes={themeStations(definition)} compact />
          ))}
      </details>
    </section>
  );
}
