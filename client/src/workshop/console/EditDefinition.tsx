import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { workshopDefinitionSchema, type WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { removeTeam } from '@mutopia/shared/workshop/edit-definition';
import type { MemberMoves } from '@mutopia/shared/workshop/edit-session';
import { effectivePhase } from '@mutopia/shared/workshop/phases';
import { errorCodeOf } from '../../api/http';
import { updateDefinition } from '../../api/workshops';
import { useWorkshop, useDefinition, useSession } from '../useWorkshop';
import { EditDefinitionPerspectives } from './EditDefinitionPerspectives';
import { EditDefinitionPhases } from './EditDefinitionPhases';
import { EditDefinitionStations } from './EditDefinitionStations';
import { EditDefinitionTeams } from './EditDefinitionTeams';
import { EditDefinitionWorkshop } from './EditDefinitionWorkshop';
import { withNewTeam } from './edit-draft';

import './edit.css';

/**
 * Edits what can change during the event: names, texts, durations, the
 * agenda, teams, stations, perspectives and budget tiers. Changes collect in
 * a draft; saving sends it whole, with where removed teams' members go.
 */
export function EditDefinition() {
  const { t } = useTranslation();
  const connection = useWorkshop();
  const saved = useDefinition();
  const phaseIndex = useSession((s) => s.state?.phaseIndex ?? null);
  const roster = useSession((s) => s.roster) ?? [];
  const boards = useSession((s) => s.view?.boards);
  const boardStationIds = useMemo(() => new Set(Object.keys(boards ?? {})), [boards]);
  const [draft, setDraft] = useState<WorkshopDefinition>(saved);
  const [memberMoves, setMemberMoves] = useState<MemberMoves>({});
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);

  const currentPhaseId = phaseIndex === null ? null : (saved.phases[phaseIndex]?.id ?? null);
  const inRotation = effectivePhase(saved, phaseIndex)?.mode === 'rotation';

  // Someone else saved: take their version unless there are unsaved edits here.
  useEffect(() => {
    if (!dirty) {
      setDraft(saved);
      setMemberMoves({});
    }
  }, [saved, dirty]);

  const edit = (change: (d: WorkshopDefinition) => WorkshopDefinition) => {
    setDraft((d) => change(d));
    setDirty(true);
    setMessage(null);
  };

  const discard = () => {
    setDraft(saved);
    setMemberMoves({});
    setDirty(false);
    setMessage(null);
  };

  const removeTeamFromDraft = (teamId: string, moveTo: string | null) => {
    edit((d) => removeTeam(d, teamId));
    // People headed for this team (from a team removed before) go where its own members go.
    setMemberMoves((moves) => ({
      ...Object.fromEntries(Object.entries(moves).map(([from, to]) => [from, to === teamId ? moveTo : to])),
      [teamId]: moveTo,
    }));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = workshopDefinitionSchema.safeParse(draft);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setMessage({
        kind: 'error',
        text: t('edit.invalid', { detail: issue ? `${issue.path.join('.')}: ${issue.message}` : '' }),
      });
      return;
    }
    setBusy(true);
    try {
      const view = await updateDefinition(connection.workshopId, connection.token, parsed.data, memberMoves);
      connection.store.setState({ view });
      setDirty(false);
      setMemberMoves({});
      setMessage({ kind: 'ok', text: t('edit.saved') });
    } catch (cause) {
      setMessage({ kind: 'error', text: t(`errors.${errorCodeOf(cause)}`) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="console-page edit-tab" onSubmit={(e) => void save(e)} data-testid="edit-tab">
      <div className="edit-tab__bar">
        <p className="card__text">{t('edit.intro')}</p>
        <div className="edit-tab__actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={!dirty || busy}
            data-testid="edit-discard"
            onClick={discard}
          >
            {t('edit.discard')}
          </button>
          <button type="submit" className="button button--primary" disabled={!dirty || busy} data-testid="edit-save">
            {busy ? t('edit.saving') : t('edit.save')}
          </button>
        </div>
        {message && (
          <p
            className={message.kind === 'error' ? 'form-error' : 'form-ok'}
            role={message.kind === 'error' ? 'alert' : 'status'}
            data-testid="edit-message"
          >
            {message.text}
          </p>
        )}
      </div>
      <EditDefinitionWorkshop draft={draft} edit={edit} />
      <EditDefinitionPhases draft={draft} edit={edit} currentPhaseId={currentPhaseId} />
      <EditDefinitionTeams
        draft={draft}
        edit={edit}
        roster={roster}
        memberMoves={memberMoves}
        inRotation={inRotation}
        onAddTeam={() => edit((d) => withNewTeam(d, boardStationIds))}
        onRemoveTeam={removeTeamFromDraft}
      />
      <EditDefinitionStations draft={draft} edit={edit} boardStationIds={boardStationIds} />
      <EditDefinitionPerspectives draft={draft} edit={edit} />
    </form>
  );
}
