import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  stationKindSchema,
  stationName,
  workshopDefinitionSchema,
  type Station,
  type StationKind,
  type WorkshopDefinition,
} from '@mutopia/shared/workshop/definition';
import { teamColor } from '@mutopia/shared/workshop/team-colors';
import { addStation as addStationTo } from '@mutopia/shared/workshop/edit-definition';
import { errorCodeOf } from '../../api/http';
import { updateDefinition } from '../../api/workshops';
import { projectorIdFrom } from '../links';
import { useWorkshop, useDefinition } from '../useWorkshop';

import './edit.css';
/** A fresh id from a name that no other item uses yet. */
function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const stem = (projectorIdFrom(base) || 'item').slice(0, 40);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

const isTeamRoom = (station: Station) => station.kind === 'teamSpace' && station.teamId !== undefined;

/** Edits what can change during the event: names, texts, durations, teams, stations, perspectives and budget tiers. */
export function EditDefinition() {
  const { t } = useTranslation();
  const connection = useWorkshop();
  const saved = useDefinition();
  const [draft, setDraft] = useState<WorkshopDefinition>(saved);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [newStation, setNewStation] = useState<{ kind: StationKind; name: string }>({ kind: 'solutionRoom', name: '' });
  const id = useId();

  // Someone else saved: take their version unless there are unsaved edits here.
  useEffect(() => {
    if (!dirty) setDraft(saved);
  }, [saved, dirty]);

  const edit = (change: (d: WorkshopDefinition) => WorkshopDefinition) => {
    setDraft((d) => change(d));
    setDirty(true);
    setMessage(null);
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
      const view = await updateDefinition(connection.workshopId, connection.token, parsed.data);
      connection.store.setState({ view });
      setDirty(false);
      setMessage({ kind: 'ok', text: t('edit.saved') });
    } catch (cause) {
      setMessage({ kind: 'error', text: t(`errors.${errorCodeOf(cause)}`) });
    } finally {
      setBusy(false);
    }
  };

  const addTeam = () =>
    edit((d) => {
      const taken = new Set(d.teams.map((team) => team.id));
      let n = d.teams.length + 1;
      while (taken.has(`team-${n}`)) n++;
      const team = { id: `team-${n}`, name: `Team ${n}`, color: teamColor(n - 1) };
      const hasSpaces = d.stations.some((s) => s.kind === 'teamSpace');
      const stationIds = new Set(d.stations.map((s) => s.id));
      const space = {
        id: uniqueId(`space-${team.id}`, stationIds),
        kind: 'teamSpace' as const,
        name: stationName({ ...d, teams: [team] }, { kind: 'teamSpace', teamId: team.id }),
        prompt: d.stations.find((s) => s.kind === 'teamSpace')?.prompt ?? '',
        teamId: team.id,
      };
      return { ...d, teams: [...d.teams, team], stations: hasSpaces ? [...d.stations, space] : d.stations };
    });

  const addStation = (event: FormEvent) => {
    event.preventDefault();
    const name = newStation.name.trim();
    if (!name) return;
    edit((d) => {
      const station = {
        id: uniqueId(name, new Set(d.stations.map((s) => s.id))),
        kind: newStation.kind,
        name,
        prompt: '',
      };
      // Joins the phases that use stations of its kind (a new solution room joins the rotation).
      return addStationTo(d, station);
    });
    setNewStation((s) => ({ ...s, name: '' }));
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
            onClick={() => {
              setDraft(saved);
              setDirty(false);
              setMessage(null);
            }}
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

      <section className="panel" aria-labelledby={`${id}-workshop`}>
        <h2 id={`${id}-workshop`} className="panel-title">
          {t('edit.workshop')}
        </h2>
        <div className="edit-grid">
          <label className="field-label edit-grid__wide">
            {t('createWorkshop.title')}
            <input
              className="input"
              value={draft.title}
              maxLength={120}
              data-testid="edit-title"
              onChange={(e) => edit((d) => ({ ...d, title: e.target.value }))}
            />
          </label>
          <label className="field-label">
            {t('createWorkshop.date')}
            <input
              className="input"
              type="date"
              value={draft.date ?? ''}
              onChange={(e) =>
                edit((d) => {
                  const { date: _old, ...rest } = d;
                  return e.target.value ? { ...rest, date: e.target.value } : rest;
                })
              }
            />
          </label>
          <label className="field-label">
            {t('edit.venue')}
            <input
              className="input"
              value={draft.venue}
              maxLength={200}
              onChange={(e) => edit((d) => ({ ...d, venue: e.target.value }))}
            />
          </label>
          <label className="field-label edit-grid__wide">
            {t('edit.guidingQuestion')}
            <textarea
              className="input textarea"
              rows={2}
              maxLength={2000}
              value={draft.guidingQuestion}
              onChange={(e) => edit((d) => ({ ...d, guidingQuestion: e.target.value }))}
            />
          </label>
        </div>
      </section>

      <section className="panel" aria-labelledby={`${id}-phases`}>
        <h2 id={`${id}-phases`} className="panel-title">
          {t('edit.phases')}
        </h2>
        <ol className="edit-list">
          {draft.phases.map((phase, index) => (
            <li key={phase.id} className="edit-item edit-item--phase" data-testid={`edit-phase-${index}`}>
              <label className="field-label">
                {t('edit.phaseTitle', { index: index + 1 })}
                <input
                  className="input"
                  value={phase.title}
                  maxLength={120}
                  data-testid={`edit-phase-title-${index}`}
                  onChange={(e) =>
                    edit((d) => ({
                      ...d,
                      phases: d.phases.map((p, i) => (i === index ? { ...p, title: e.target.value } : p)),
                    }))
                  }
                />
              </label>
              <label className="field-label edit-item__minutes">
                {t('edit.duration')}
                <input
                  className="input"
                  type="number"
                  min={1}
                  max={600}
                  value={phase.durationMinutes}
                  data-testid={`edit-phase-duration-${index}`}
                  onChange={(e) =>
                    edit((d) => ({
                      ...d,
                      phases: d.phases.map((p, i) =>
                        i === index ? { ...p, durationMinutes: Math.round(Number(e.target.value)) || 1 } : p,
                      ),
                    }))
                  }
                />
              </label>
              <label className="field-label edit-item__wide">
                {t('edit.instruction')}
                <textarea
                  className="input textarea"
                  rows={2}
                  maxLength={2000}
                  value={phase.instruction}
                  onChange={(e) =>
                    edit((d) => ({
                      ...d,
                      phases: d.phases.map((p, i) => (i === index ? { ...p, instruction: e.target.value } : p)),
                    }))
                  }
                />
              </label>
            </li>
          ))}
        </ol>
      </section>

      <details className="panel edit-details">
        <summary className="panel-title">{t('edit.teams', { count: draft.teams.length })}</summary>
        <ul className="edit-list edit-list--teams">
          {draft.teams.map((team, index) => (
            <li key={team.id} className="edit-item edit-item--team">
              <input
                type="color"
                className="edit-item__color"
                value={team.color}
                aria-label={t('edit.teamColor', { team: team.name })}
                onChange={(e) =>
                  edit((d) => ({
                    ...d,
                    teams: d.teams.map((x, i) => (i === index ? { ...x, color: e.target.value } : x)),
                  }))
                }
              />
              <input
                className="input"
                value={team.name}
                maxLength={120}
                aria-label={t('edit.teamName', { index: index + 1 })}
                data-testid={`edit-team-name-${index}`}
                onChange={(e) =>
                  edit((d) => ({
                    ...d,
                    teams: d.teams.map((x, i) => (i === index ? { ...x, name: e.target.value } : x)),
                  }))
                }
              />
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={addTeam}
          data-testid="edit-add-team"
        >
          {t('edit.addTeam')}
        </button>
      </details>

      <details className="panel edit-details">
        <summary className="panel-title">{t('edit.stations', { count: draft.stations.length })}</summary>
        <ul className="edit-list">
          {draft.stations.map((station, index) => (
            <li key={station.id} className="edit-item edit-item--station" data-testid={`edit-station-${station.id}`}>
              <span className="edit-item__kind">{t(`kinds.${station.kind}`)}</span>
              <label className="field-label">
                {t('edit.stationName')}
                <input
                  className="input"
                  // A team's space follows the team's name (as the draft has it now).
                  value={stationName(draft, station)}
                  readOnly={isTeamRoom(station)}
                  title={isTeamRoom(station) ? t('edit.teamSpaceName') : undefined}
                  maxLength={120}
                  data-testid={`edit-station-name-${index}`}
                  onChange={(e) =>
                    edit((d) => ({
                      ...d,
                      stations: d.stations.map((s, i) => (i === index ? { ...s, name: e.target.value } : s)),
                    }))
                  }
                />
              </label>
              <label className="field-label edit-item__minutes">
                {t('edit.capacity')}
                <input
                  className="input"
                  type="number"
                  min={1}
                  max={1000}
                  value={station.capacity ?? ''}
                  placeholder="∞"
                  onChange={(e) =>
                    edit((d) => ({
                      ...d,
                      stations: d.stations.map((s, i) => {
                        if (i !== index) return s;
                        const { capacity: _old, ...rest } = s;
                        const value = Math.round(Number(e.target.value));
                        return e.target.value && value >= 1 ? { ...rest, capacity: value } : rest;
                      }),
                    }))
                  }
                />
              </label>
              <label className="field-label edit-item__wide">
                {t('edit.prompt')}
                <textarea
                  className="input textarea"
                  rows={2}
                  maxLength={2000}
                  value={station.prompt}
                  onChange={(e) =>
                    edit((d) => ({
                      ...d,
                      stations: d.stations.map((s, i) => (i === index ? { ...s, prompt: e.target.value } : s)),
                    }))
                  }
                />
              </label>
            </li>
          ))}
        </ul>
        <div className="edit-add-station" role="group" aria-label={t('edit.addStation')}>
          <select
            className="input select"
            value={newStation.kind}
            aria-label={t('edit.stationKind')}
            onChange={(e) => setNewStation((s) => ({ ...s, kind: e.target.value as StationKind }))}
          >
            {stationKindSchema.options
              .filter((kind) => kind !== 'teamSpace')
              .map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
          </select>
          <input
            className="input"
            value={newStation.name}
            maxLength={120}
            placeholder={t('edit.stationName')}
            aria-label={t('edit.newStationName')}
            data-testid="edit-new-station-name"
            onChange={(e) => setNewStation((s) => ({ ...s, name: e.target.value }))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') addStation(e);
            }}
          />
          <button type="button" className="button button--secondary button--small" onClick={addStation}>
            {t('edit.addStation')}
          </button>
        </div>
      </details>

      <details className="panel edit-details" data-testid="edit-perspectives">
        <summary className="panel-title">
          {t('edit.perspectives', { count: draft.perspectives.length + draft.budgetTiers.length })}
        </summary>
        <ul className="edit-list">
          {draft.perspectives.map((perspective, index) => (
            <li key={perspective.id} className="edit-item">
              <label className="field-label">
                {t('edit.perspectiveName')}
                <input
                  className="input"
                  value={perspective.name}
                  maxLength={120}
                  data-testid={`edit-perspective-name-${index}`}
                  onChange={(e) =>
                    edit((d) => ({
                      ...d,
                      perspectives: d.perspectives.map((x, i) => (i === index ? { ...x, name: e.target.value } : x)),
                    }))
                  }
                />
              </label>
              <label className="field-label edit-item__wide">
                {t('edit.perspectiveMotto')}
                <textarea
                  className="input textarea"
                  rows={2}
                  maxLength={2000}
                  value={perspective.motto}
                  onChange={(e) =>
                    edit((d) => ({
                      ...d,
                      perspectives: d.perspectives.map((x, i) => (i === index ? { ...x, motto: e.target.value } : x)),
                    }))
                  }
                />
              </label>
            </li>
          ))}
          {draft.budgetTiers.map((tier, index) => (
            <li key={tier.id} className="edit-item">
              <label className="field-label">
                {t('edit.budgetTier', { index: index + 1 })}
                <input
                  className="input"
                  value={tier.label}
                  maxLength={120}
                  data-testid={`edit-budget-tier-${index}`}
                  onChange={(e) =>
                    edit((d) => ({
                      ...d,
                      budgetTiers: d.budgetTiers.map((x, i) => (i === index ? { ...x, label: e.target.value } : x)),
                    }))
                  }
                />
              </label>
            </li>
          ))}
        </ul>
        <div className="edit-add-station">
          <button
            type="button"
            className="button button--secondary button--small"
            data-testid="edit-add-perspective"
            onClick={() =>
              edit((d) => {
                const name = t('edit.newPerspective', { number: d.perspectives.length + 1 });
                const taken = new Set(d.perspectives.map((x) => x.id));
                return { ...d, perspectives: [...d.perspectives, { id: uniqueId(name, taken), name, motto: '' }] };
              })
            }
          >
            {t('edit.addPerspective')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            data-testid="edit-add-budget-tier"
            onClick={() =>
              edit((d) => {
                const label = t('edit.newBudgetTier', { number: d.budgetTiers.length + 1 });
                const taken = new Set(d.budgetTiers.map((x) => x.id));
                return { ...d, budgetTiers: [...d.budgetTiers, { id: uniqueId(label, taken), label }] };
              })
            }
          >
            {t('edit.addBudgetTier')}
          </button>
        </div>
      </details>
    </form>
  );
}
