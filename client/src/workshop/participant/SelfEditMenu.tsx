import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@mutopia/shared/limits';
import { useWorkshopAccess } from '../../stores/workshopAccess';
import { PencilIcon } from '../../ui/icons';
import { sendRosterEdit } from '../roster-edit';
import { sessionErrorKey } from '../session-errors';
import { useDefinition, useSession, useWorkshop } from '../useWorkshop';

import './self-edit-menu.css';

/** Teams' ids are never empty, so '' is "no team" in the picker. */
const NO_TEAM = '';

/**
 * "Ich": a participant changes their own name or team (a typo at the door,
 * sitting down with friends). The server says yes or no; the phone follows
 * the server's welcome, so a refused change shows nothing new.
 */
export function SelfEditMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="self-edit">
      <button
        ref={buttonRef}
        type="button"
        className="icon-button self-edit__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('roster.me.menuLabel')}
        title={t('roster.me.menuLabel')}
        data-testid="self-edit-toggle"
        onClick={() => setOpen(!open)}
      >
        <PencilIcon size={18} />
      </button>
      {open && <SelfEditPanel id={panelId} onClose={close} />}
    </div>
  );
}

function SelfEditPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const connection = useWorkshop();
  const definition = useDefinition();
  const welcome = useSession((s) => s.welcome);
  const [name, setName] = useState(welcome?.displayName ?? '');
  const [team, setTeam] = useState(welcome?.teamId ?? NO_TEAM);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const ids = { name: useId(), team: useId() };

  useEffect(() => {
    panelRef.current?.querySelector('input')?.focus();
  }, []);

  const participantId = welcome?.participantId;
  if (!participantId) return null;

  const save = async () => {
    setBusy(true);
    setError(null);
    const trimmed = name.trim();
    const teamId = team === NO_TEAM ? null : team;
    const edits = [];
    if (trimmed && trimmed !== welcome.displayName)
      edits.push(sendRosterEdit(connection, { type: 'rename', participantId, displayName: trimmed }));
    if (teamId !== welcome.teamId) edits.push(sendRosterEdit(connection, { type: 'move', participantId, teamId }));
    const outcomes = await Promise.all(edits);
    setBusy(false);
    const failed = outcomes.find((o) => !o.ok);
    if (failed && !failed.ok) {
      setError(t(sessionErrorKey(failed.error)));
      return;
    }
    const record = useWorkshopAccess.getState().workshops[connection.workshopId];
    if (record?.participant && trimmed)
      useWorkshopAccess.getState().update(connection.workshopId, {
        participant: { ...record.participant, displayName: trimmed, teamId },
      });
    onClose();
  };

  return (
    <div
      ref={panelRef}
      id={id}
      className="self-edit__panel"
      role="group"
      aria-label={t('roster.me.menuLabel')}
      data-testid="self-edit-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="field-label" htmlFor={ids.name}>
          {t('roster.me.name')}
        </label>
        <input
          id={ids.name}
          className="input"
          value={name}
          maxLength={LIMITS.displayNameMaxLength}
          autoComplete="nickname"
          data-testid="self-edit-name"
          onChange={(e) => setName(e.target.value)}
        />
        {definition.teams.length > 0 && (
          <>
            <label className="field-label" htmlFor={ids.team}>
              {t('roster.me.team')}
            </label>
            <select
              id={ids.team}
              className="input"
              value={team}
              data-testid="self-edit-team"
              onChange={(e) => setTeam(e.target.value)}
            >
              <option value={NO_TEAM}>{t('roster.noTeam')}</option>
              {definition.teams.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </>
        )}
        {error && (
          <p className="self-edit__error" role="alert">
            {error}
          </p>
        )}
        <div className="self-edit__actions">
          <button type="button" className="button button--secondary button--small" onClick={onClose}>
            {t('roster.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary button--small"
            disabled={busy || !name.trim()}
            data-testid="self-edit-save"
          >
            {t('roster.me.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
