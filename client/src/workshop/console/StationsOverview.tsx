import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Station, Team } from '@mutopia/shared/workshop/definition';
import { effectivePhase } from '@mutopia/shared/workshop/phases';
import { rosterCounts } from '@mutopia/shared/workshop/roster';
import type { BoardStats } from '@mutopia/shared/workshop-api';
import { StationFacts, TeamChip } from '../components';
import { stationPath } from '../links';
import { occupancy, phaseStationIds, teamsByStation, whereEveryoneIs, type Person } from '../overview';
import { agoParts } from '../time-format';
import { useServerNow, useSession, useWorkshop, useDefinition } from '../useWorkshop';

import './stations-overview.css';
type Scope = 'phase' | 'all';

export function StationsOverview() {
  const { t } = useTranslation();
  const definition = useDefinition();
  const state = useSession((s) => s.state);
  const roster = useSession((s) => s.roster);
  const stats = useSession((s) => s.boardStats);
  const [scope, setScope] = useState<Scope>('phase');

  const derived = useMemo(() => {
    if (!state) return null;
    const people: Person[] = roster ?? [];
    const where = whereEveryoneIs(definition, state, people);
    return {
      where,
      teams: teamsByStation(definition, state, where),
      phaseIds: phaseStationIds(definition, state),
      taken: occupancy(state),
      counts: rosterCounts(definition, state, people),
    };
  }, [definition, state, roster]);

  if (!state || !derived) return null;
  const phase = effectivePhase(definition, state.phaseIndex);
  const selfSelect = phase?.mode === 'selfSelect';
  const byId = new Map(definition.stations.map((s) => [s.id, s]));
  const stations =
    scope === 'all'
      ? definition.stations
      : derived.phaseIds.map((id) => byId.get(id)).filter((s): s is Station => s !== undefined);
  const teamsById = new Map(definition.teams.map((team) => [team.id, team]));

  return (
    <section className="panel stations-overview" aria-labelledby="stations-heading" data-testid="stations-overview">
      <div className="panel-head">
        <h2 id="stations-heading" className="panel-title">
          {t('console.stationsHeading')}
        </h2>
        <div className="segmented" role="group" aria-label={t('console.stationsScope')}>
          {(['phase', 'all'] as const).map((value) => (
            <button
              key={value}
              type="button"
              className="segmented__option"
              aria-pressed={scope === value}
              data-testid={`stations-scope-${value}`}
              onClick={() => setScope(value)}
            >
              {t(`console.scope.${value}`)}
            </button>
          ))}
        </div>
      </div>
      <p className="stations-overview__summary" data-testid="stations-summary">
        {t('console.summary', {
          plenary: derived.counts.plenary,
          choosing: derived.counts.choosing,
          total: derived.counts.total,
          online: derived.counts.online,
        })}
      </p>
      {stations.length === 0 ? (
        <p className="card__text card__text--muted">{t('console.noStations')}</p>
      ) : (
        <ul className="station-grid">
          {stations.map((station) => (
            <StationCard
              key={station.id}
              station={station}
              people={derived.where.byStation.get(station.id) ?? []}
              teams={(derived.teams.get(station.id) ?? [])
                .map((id) => teamsById.get(id))
                .filter((team): team is Team => team !== undefined)}
              done={state.done}
              stats={stats[station.id]}
              chosen={selfSelect ? (derived.taken.get(station.id) ?? 0) : null}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function StationCard({
  station,
  people,
  teams,
  done,
  stats,
  chosen,
}: {
  station: Station;
  people: Person[];
  teams: Team[];
  done: Record<string, boolean>;
  stats: BoardStats | undefined;
  chosen: number | null;
}) {
  const { t, i18n } = useTranslation();
  const { workshopId } = useWorkshop();
  const now = useServerNow(15_000);
  const online = people.filter((p) => p.online).length;
  const stationDone = done[station.id] === true;
  const allDone = stationDone || (teams.length > 0 && teams.every((team) => done[team.id]));
  const relative = new Intl.RelativeTimeFormat(i18n.resolvedLanguage, { numeric: 'auto' });
  const ago = stats?.lastActivity ? agoParts(stats.lastActivity, now) : null;
  const names = people.map((p) => p.displayName).join(', ');

  return (
    <li
      className={allDone ? 'station-card is-done' : 'station-card'}
      data-testid={`station-card-${station.id}`}
      data-people={people.length}
      data-done={allDone || undefined}
    >
      <div className="station-card__head">
        <span className="station-card__kind">{t(`kinds.${station.kind}`)}</span>
        {allDone && (
          <span className="station-card__done" data-testid="station-done">
            ✓ {t('workshop.done')}
          </span>
        )}
      </div>
      <h3 className="station-card__name">{station.name}</h3>
      {station.budgetTierId && <StationFacts station={station} className="station-card__facts-line" />}
      {teams.length > 0 && (
        <div className="station-card__teams">
          {teams.map((team) => (
            <TeamChip key={team.id} team={team} done={done[team.id] === true} small />
          ))}
        </div>
      )}
      <dl className="station-card__facts">
        <div>
          <dt>{t('console.people')}</dt>
          <dd title={names || undefined} data-testid="station-people">
            {chosen !== null && station.capacity !== undefined
              ? t('console.capacity', { count: chosen, capacity: station.capacity })
              : t('console.peopleCount', { count: people.length, online })}
          </dd>
        </div>
        <div>
          <dt>{t('console.notes')}</dt>
          <dd data-testid="station-notes">{stats ? stats.notes : '–'}</dd>
        </div>
        <div>
          <dt>{t('console.lastActivity')}</dt>
          <dd>{ago ? relative.format(-ago.value, ago.unit) : t('console.never')}</dd>
        </div>
      </dl>
      <a
        className="station-card__open"
        href={stationPath(workshopId, station.id)}
        target="_blank"
        rel="noopener"
        data-testid={`open-board-${station.id}`}
      >
        {t('console.openBoard')}
      </a>
    </li>
  );
}
