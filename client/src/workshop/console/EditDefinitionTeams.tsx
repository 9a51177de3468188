import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team, WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import type { RosterEntry } from '@mutopia/shared';
import { EditDefinitionRemoveTeam } from './EditDefinitionRemoveTeam';
import type { EditDraft } from './edit-draft';

interface Props {
  draft: WorkshopDefinition;
  edit: EditDraft;
  roster: readonly RosterEntry[];
  /** Removed team id → where its members go, for the teams removed in this draft. */
  memberMoves: Readonly<Record<string, string | null>>;
  /** A rotation is running: removing a team would move every team after it. */
  inRotation: boolean;
  onAddTeam: () => void;
  onRemoveTeam: (teamId: string, moveTo: string | null) => void;
}

/** Team names and colours; add a team, remove one (asking where its members go). */
export function EditDefinitionTeams({ draft, edit, roster, memberMoves, inRotation, onAddTeam, onRemoveTeam }: Props) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<Team | null>(null);
  // People of a team removed earlier in this draft already count as members of the team they move to.
  const membersOf = (teamId: string) =>
    roster
      .filter((p) => p.teamId !== null && (p.teamId === teamId || memberMoves[p.teamId] === teamId))
      .map((p) => p.displayName);

  const change = (index: number, update: (team: Team) => Team) =>
    edit((d) => ({ ...d, teams: d.teams.map((x, i) => (i === index ? update(x) : x)) }));

  return (
    <details className="panel edit-details" data-testid="edit-teams">
      <summary className="panel-title">{t('edit.teams', { count: draft.teams.length })}</summary>
      {inRotation && <p className="edit-phase__note">{t('edit.teamInRotation')}</p>}
      <ul className="edit-list edit-list--teams">
        {draft.teams.map((team, index) => (
          <li key={team.id} className="edit-item edit-item--team" data-testid={`edit-team-${team.id}`}>
            <input
              type="color"
              className="edit-item__color"
              value={team.color}
              aria-label={t('edit.teamColor', { team: team.name })}
              onChange={(e) => change(index, (x) => ({ ...x, color: e.target.value }))}
            />
            <input
              className="input"
              value={team.name}
              maxLength={120}
              aria-label={t('edit.teamName', { index: index + 1 })}
              data-testid={`edit-team-name-${index}`}
              onChange={(e) => change(index, (x) => ({ ...x, name: e.target.value }))}
            />
            <button
              type="button"
              className="button button--secondary button--small edit-item__remove"
              aria-label={t('edit.teamRemove', { team: team.name })}
              title={t('edit.teamRemove', { team: team.name })}
              disabled={inRotation}
              data-testid={`edit-team-remove-${team.id}`}
              onClick={() => setRemoving(team)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={onAddTeam}
        data-testid="edit-add-team"
      >
        {t('edit.addTeam')}
      </button>
      {removing && (
        <EditDefinitionRemoveTeam
          draft={draft}
          team={removing}
          members={membersOf(removing.id)}
          onCancel={() => setRemoving(null)}
          onConfirm={(moveTo) => {
            onRemoveTeam(removing.id, moveTo);
            setRemoving(null);
          }}
        />
      )}
    </details>
  );
}
