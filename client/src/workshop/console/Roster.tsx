import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stationName, type WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { locate } from '@mutopia/shared/workshop/location';
import type { RosterEdit } from '@mutopia/shared/workshop/roster';
import type { SessionState } from '@mutopia/shared/workshop/session-state';
import type { RosterEntry } from '@mutopia/shared/workshop-api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { sendRosterEdit } from '../roster-edit';
import { sessionErrorKey } from '../session-errors';
import { useDefinition, useSession, useWorkshop } from '../useWorkshop';
import { PersonRelink } from './PersonRelink';
import {
  filterRoster,
  NO_TEAM,
  parseTeamFilter,
  teamFilterValue,
  type StatusFilter,
  type TeamFilter,
} from './roster-filter';

import './roster.css';

const STATUS_LABEL = {
  all: 'roster.statusAll',
  online: 'roster.statusOnline',
  offline: 'roster.statusOffline',
} as const;

/** The "Gerade" column: the room the person's screen opens now, or why there is none (a translation key). */
function whereNow(
  definition: WorkshopDefinition,
  state: SessionState,
  person: RosterEntry,
): { station: string } | { key: `roster.where.${'waiting' | 'plenary' | 'choose'}` } {
  const where = locate(definition, state, person);
  if (where.kind !== 'station') return { key: `roster.where.${where.kind}` };
  const station = definition.stations.find((s) => s.id === where.stationId);
  return { station: station ? stationName(definition, station) : where.stationId };
}

/**
 * The console's list of people: find someone by name, see their team, where
 * their screen sends them and whether it is online, and move, rename or remove
 * them. Every edit goes to the server; the list shows what the server sends back.
 */
export function Roster() {
  const { t } = useTranslation();
  const connection = useWorkshop();
  const definition = useDefinition();
  const state = useSession((s) => s.state);
  const roster = useSession((s) => s.roster);
  const [query, setQuery] = useState('');
  const [team, setTeam] = useState<TeamFilter>({ kind: 'all' });
  const [status, setStatus] = useState<StatusFilter>('all');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [removing, setRemoving] = useState<RosterEntry | null>(null);
  const [relinking, setRelinking] = useState<RosterEntry | null>(null);
  const deferredQuery = useDeferredValue(query);
  const ids = { search: useId(), team: useId() };

  const people = useMemo(() => roster ?? [], [roster]);
  const shown = useMemo(
    () => filterRoster(people, { query: deferredQuery, team, status }),
    [people, deferredQuery, team, status],
  );
  const online = people.filter((p) => p.online).length;
  const where = (person: RosterEntry) => {
    if (!state) return '';
    const found = whereNow(definition, state, person);
    return 'station' in found ? found.station : t(found.key);
  };
  const teamName = (id: string | null) => definition.teams.find((x) => x.id === id)?.name;

  const edit = async (change: RosterEdit, success: string) => {
    const outcome = await sendRosterEdit(connection, change);
    if (outcome.ok) setMessage({ text: success, error: false });
    else
      setMessage({
        text: outcome.error === 'not_found' ? t('roster.notFound') : t(sessionErrorKey(outcome.error)),
        error: true,
      });
  };

  return (
    <section className="panel roster" aria-labelledby="roster-heading" data-testid="roster">
      <div className="panel-head">
        <h2 id="roster-heading" className="panel-title">
          {t('roster.heading')}
        </h2>
        <span className="roster__count" data-testid="roster-count">
          {t('roster.count', { online, total: people.length })}
        </span>
      </div>
      <div className="roster__filters">
        <div className="roster__field roster__field--search">
          <label className="field-label" htmlFor={ids.search}>
            {t('roster.search')}
          </label>
          <input
            id={ids.search}
            className="input"
            type="search"
            value={query}
            placeholder={t('roster.searchPlaceholder')}
            data-testid="roster-search"
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="roster__field">
          <label className="field-label" htmlFor={ids.team}>
            {t('roster.filterTeam')}
          </label>
          <select
            id={ids.team}
            className="input"
            value={teamFilterValue(team)}
            data-testid="roster-team-filter"
            onChange={(e) => setTeam(parseTeamFilter(e.target.value))}
          >
            <option value="all">{t('roster.allTeams')}</option>
            <option value="none">{t('roster.noTeam')}</option>
            {definition.teams.map((x) => (
              <option key={x.id} value={teamFilterValue({ kind: 'team', teamId: x.id })}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
        <div className="roster__field">
          <span className="field-label">{t('roster.filterStatus')}</span>
          <div className="segmented" role="group" aria-label={t('roster.filterStatus')}>
            {(['all', 'online', 'offline'] as const).map((value) => (
              <button
                key={value}
                type="button"
                className="segmented__option"
                aria-pressed={status === value}
                data-testid={`roster-status-${value}`}
                onClick={() => setStatus(value)}
              >
                {t(STATUS_LABEL[value])}
              </button>
            ))}
          </div>
        </div>
        <p className="roster__shown" aria-live="polite" data-testid="roster-shown">
          {t('roster.shown', { shown: shown.length, total: people.length })}
        </p>
      </div>
      <p
        className={message?.error ? 'roster__message is-error' : 'roster__message'}
        role="status"
        data-testid="roster-message"
      >
        {message?.text}
      </p>
      {people.length === 0 ? (
        <p className="card__text card__text--muted">{t('roster.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="card__text card__text--muted">{t('roster.noMatch')}</p>
      ) : (
        <div className="roster__scroll">
          <table className="roster__table">
            <thead>
              <tr>
                <th scope="col">{t('roster.colName')}</th>
                <th scope="col">{t('roster.colTeam')}</th>
                <th scope="col">{t('roster.colWhere')}</th>
                <th scope="col">{t('roster.colStatus')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('roster.colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((person) => (
                <RosterRow
                  key={person.id}
                  person={person}
                  where={where(person)}
                  onMove={(teamId) =>
                    edit(
                      { type: 'move', participantId: person.id, teamId },
                      teamId
                        ? t('roster.moved', { name: person.displayName, team: teamName(teamId) ?? teamId })
                        : t('roster.movedNoTeam', { name: person.displayName }),
                    )
                  }
                  onRename={(displayName) =>
                    edit(
                      { type: 'rename', participantId: person.id, displayName },
                      t('roster.renamed', { name: displayName }),
                    )
                  }
                  onRemove={() => setRemoving(person)}
                  onRelink={() => setRelinking(person)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {relinking && (
        <PersonRelink
          person={relinking}
          onDone={() => setRelinking(null)}
          onError={(text) => setMessage({ text, error: true })}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('roster.removeTitle', { name: removing.displayName })}
          confirmLabel={t('roster.removeConfirm')}
          testId="roster-remove-dialog"
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const person = removing;
            setRemoving(null);
            void edit({ type: 'remove', participantId: person.id }, t('roster.removed', { name: person.displayName }));
          }}
        >
          <p>{t('roster.removeText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function RosterRow({
  person,
  where,
  onMove,
  onRename,
  onRemove,
  onRelink,
}: {
  person: RosterEntry;
  where: string;
  onMove: (teamId: string | null) => void;
  onRename: (displayName: string) => Promise<void>;
  onRemove: () => void;
  onRelink: () => void;
}) {
  const { t } = useTranslation();
  const definition = useDefinition();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(person.displayName);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  // Back from the name field, the keyboard continues where it started, not at the top of the page.
  useEffect(() => {
    if (wasRenaming.current && !renaming) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);
  const team = definition.teams.find((x) => x.id === person.teamId);

  return (
    <tr data-testid="roster-row" data-participant-id={person.id} data-online={person.online}>
      <td className="roster__name">
        {renaming ? (
          <form
            className="roster__rename"
            onSubmit={(e) => {
              e.preventDefault();
              const name = draft.trim();
              if (name && name !== person.displayName) void onRename(name);
              setRenaming(false);
            }}
          >
            <input
              className="input input--small"
              value={draft}
              maxLength={40}
              aria-label={t('roster.renameLabel', { name: person.displayName })}
              data-testid="roster-rename-input"
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setRenaming(false);
              }}
            />
            <button type="submit" className="button button--small button--primary" data-testid="roster-rename-save">
              {t('roster.save')}
            </button>
            <button type="button" className="button button--small button--secondary" onClick={() => setRenaming(false)}>
              {t('roster.cancel')}
            </button>
          </form>
        ) : (
          <span data-testid="roster-name">{person.displayName}</span>
        )}
      </td>
      <td>
        <span className="roster__team">
          <span className="roster__swatch" style={{ background: team?.color ?? 'transparent' }} aria-hidden="true" />
          <select
            className="input input--small"
            value={person.teamId ?? NO_TEAM}
            aria-label={t('roster.moveTo', { name: person.displayName })}
            data-testid="roster-move"
            onChange={(e) => onMove(e.target.value === NO_TEAM ? null : e.target.value)}
          >
            <option value={NO_TEAM}>{t('roster.noTeam')}</option>
            {definition.teams.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </span>
      </td>
      <td className="roster__where" data-testid="roster-where">
        {where}
      </td>
      <td>
        <span className={person.online ? 'roster__status is-online' : 'roster__status'} data-testid="roster-status">
          <span className="roster__dot" aria-hidden="true" />
          {person.online ? t('roster.online') : t('roster.offline')}
        </span>
      </td>
      <td className="roster__actions">
        {!renaming && (
          <button
            ref={renameButton}
            type="button"
            className="button button--small button--secondary"
            data-testid="roster-rename"
            aria-label={`${t('roster.rename')}: ${person.displayName}`}
            onClick={() => {
              setDraft(person.displayName);
              setRenaming(true);
            }}
          >
            {t('roster.rename')}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--secondary"
          data-testid="roster-relink"
          aria-label={t('revocation.person.revokeLabel', { name: person.displayName })}
          onClick={onRelink}
        >
          {t('revocation.person.revoke')}
        </button>
        <button
          type="button"
          className="button button--small button--secondary roster__remove"
          data-testid="roster-remove"
          aria-label={`${t('roster.remove')}: ${person.displayName}`}
          onClick={onRemove}
        >
          {t('roster.remove')}
        </button>
      </td>
    </tr>
  );
}
