import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummonTarget } from '@mutopia/shared/workshop/session-state';
import { useCommands } from '../components';
import { useSession, useDefinition } from '../useWorkshop';

/** Encodes a summon target in one select value: `all`, `team:<id>`, `station:<id>`. */
function parseTarget(value: string): SummonTarget {
  if (value.startsWith('team:')) return { kind: 'team', teamId: value.slice(5) };
  if (value.startsWith('station:')) return { kind: 'station', stationId: value.slice(8) };
  return { kind: 'all' };
}

export function SummonCard() {
  const { t } = useTranslation();
  const definition = useDefinition();
  const summon = useSession((s) => s.state?.summon ?? null);
  const { run, busy, error } = useCommands();
  const [target, setTarget] = useState('all');
  const [destination, setDestination] = useState('');
  const id = useId();

  const stationName = (stationId: string) => definition.stations.find((s) => s.id === stationId)?.name ?? stationId;
  const describeTarget = (value: SummonTarget) =>
    value.kind === 'all'
      ? t('console.summonAll')
      : value.kind === 'team'
        ? (definition.teams.find((team) => team.id === value.teamId)?.name ?? value.teamId)
        : t('console.summonStationPeople', { station: stationName(value.stationId) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run({ type: 'summon', target: parseTarget(target), toStationId: destination || null });
  };

  return (
    <section className="panel side-card" aria-labelledby={`${id}-heading`} data-testid="summon-card">
      <h2 id={`${id}-heading`} className="panel-title">
        {t('console.summonHeading')}
      </h2>
      {summon && (
        <div className="active-note" data-testid="summon-active">
          <span>
            {t('console.summonActive', {
              who: describeTarget(summon.target),
              where: summon.toStationId ? stationName(summon.toStationId) : t('console.plenaryView'),
            })}
          </span>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            data-testid="summon-clear"
            onClick={() => void run({ type: 'summon.clear' })}
          >
            {t('console.summonClear')}
          </button>
        </div>
      )}
      <form className="side-form" onSubmit={submit}>
        <label className="field-label" htmlFor={`${id}-who`}>
          {t('console.summonWho')}
        </label>
        <select
          id={`${id}-who`}
          className="input select"
          value={target}
          data-testid="summon-target"
          onChange={(e) => setTarget(e.target.value)}
        >
          <option value="all">{t('console.summonAll')}</option>
          {definition.teams.length > 0 && (
            <optgroup label={t('console.teams')}>
              {definition.teams.map((team) => (
                <option key={team.id} value={`team:${team.id}`}>
                  {team.name}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={t('console.peopleAtStation')}>
            {definition.stations.map((station) => (
              <option key={station.id} value={`station:${station.id}`}>
                {station.name}
              </option>
            ))}
          </optgroup>
        </select>
        <label className="field-label" htmlFor={`${id}-where`}>
          {t('console.summonWhere')}
        </label>
        <select
          id={`${id}-where`}
          className="input select"
          value={destination}
          data-testid="summon-destination"
          onChange={(e) => setDestination(e.target.value)}
        >
          <option value="">{t('console.plenaryView')}</option>
          {definition.stations.map((station) => (
            <option key={station.id} value={station.id}>
              {station.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="summon-send">
          {t('console.summonSend')}
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
