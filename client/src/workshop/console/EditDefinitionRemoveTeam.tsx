import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stationName, type Team, type WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface Props {
  draft: WorkshopDefinition;
  team: Team;
  /** Display names of the people in the team now. */
  members: string[];
  onConfirm: (moveTo: string | null) => void;
  onCancel: () => void;
}

/**
 * Says who is in the team and what happens to them and to the team's space
 * before the team goes: the facilitator picks the team its members join, or
 * none; the space's board is archived, not deleted.
 */
export function EditDefinitionRemoveTeam({ draft, team, members, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const others = draft.teams.filter((x) => x.id !== team.id);
  const [moveTo, setMoveTo] = useState<string>('');
  const room = draft.stations.find((s) => s.kind === 'teamSpace' && s.teamId === team.id);
  return (
    <ConfirmDialog
      title={t('edit.removeTeamTitle', { team: team.name })}
      confirmLabel={t('edit.removeTeamConfirm')}
      testId="edit-remove-team-dialog"
      onCancel={onCancel}
      onConfirm={() => onConfirm(moveTo || null)}
    >
      <p data-testid="edit-remove-team-members">
        {members.length
          ? t('edit.removeTeamMembers', { count: members.length, names: members.join(', ') })
          : t('edit.removeTeamNobody')}
      </p>
      {members.length > 0 && (
        <p className="edit-remove-team__move">
          <label htmlFor={`${id}-move`}>{t('edit.removeTeamMoveTo')}</label>
          <select
            id={`${id}-move`}
            className="input select"
            value={moveTo}
            data-testid="edit-remove-team-move"
            onChange={(e) => setMoveTo(e.target.value)}
          >
            <option value="">{t('edit.withoutTeam')}</option>
            {others.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </p>
      )}
      {room && <p>{t('edit.removeTeamRoom', { room: stationName(draft, room) })}</p>}
      <p>{t('edit.removeTeamSave')}</p>
    </ConfirmDialog>
  );
}
