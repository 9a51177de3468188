import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Station } from '@mutopia/shared/workshop/definition';
import { effectivePhase } from '@mutopia/shared/workshop/phases';
import { TeamChip } from '../components';
import { occupancy, phaseStationIds, teamsByStation, whereEveryoneIs, type Person } from '../overview';
import { useDefinition, useSession } from '../useWorkshop';
import { FitPages } from './FitPages';

const byName = (a: Person, b: Person) => a.displayName.localeCompare(b.displayName);

/**
 * The current phase's stations and who belongs at each, for the people in the
 * room without a phone: the teams (rotation, team spaces) and, where people go
 * one by one (member split, self-selection), their names; how full a station
 * with places is; who is still choosing.
 */
export function WhoGoesWhere() {
  const { t } = useTranslation();
  const definition = useDefinition();
  const state = useSession((s) => s.state!);
  const roster = useSession((s) => s.roster);
  const phase = effectivePhase(definition, state.phaseIndex);
  const byPerson = phase?.mode === 'split' || phase?.mode === 'selfSelect';
  const derived = useMemo(() => {
    const where = whereEveryoneIs(definition, state, roster ?? []);
    return { where, teams: teamsByStation(definition, state, where), taken: occupancy(state) };
  }, [definition, state, roster]);
  const stations = phaseStationIds(definition, state)
    .map((id) => definition.stations.find((s) => s.id === id))
    .filter((s): s is Station => s !== undefined);
  const teamOf = (id: string) => definition.teams.find((x) => x.id === id);

  return (
    <FitPages columnWidth={17} label={t('projectorScreens.where.label')} testId="projector-where">
      {byPerson && derived.where.choosing.length > 0 && (
        <section className="where-card where-card--choosing fit-pages__item" data-testid="where-choosing">
          <h2 className="where-card__name">
            {t('projectorScreens.where.choosing', { count: derived.where.choosing.length })}
          </h2>
          <p className="where-card__people">
            {[...derived.where.choosing]
              .sort(byName)
              .map((p) => p.displayName)
              .join(' · ')}
          </p>
        </section>
      )}
      {stations.map((station) => {
        const people = [...(derived.where.byStation.get(station.id) ?? [])].sort(byName);
        const teams = (derived.teams.get(station.id) ?? []).map(teamOf).filter((x) => x !== undefined);
        const taken = derived.taken.get(station.id) ?? 0;
        return (
          <section
            key={station.id}
            className="where-card fit-pages__item"
            data-testid="where-station"
            data-station-id={station.id}
          >
            <h2 className="where-card__name" lang={definition.locale}>
              {station.name}
            </h2>
            <p className="where-card__count">
              {phase?.mode === 'selfSelect' && station.capacity !== undefined
                ? t('projectorScreens.where.places', { count: taken, capacity: station.capacity })
                : t('projectorScreens.where.people', { count: people.length })}
            </p>
            {!byPerson && station.kind !== 'teamSpace' && teams.length > 0 && (
              <ul className="where-card__teams" aria-label={t('projectorScreens.where.teams')}>
                {teams.map((team) => (
                  <li key={team.id}>
                    <TeamChip team={team} small />
                  </li>
                ))}
              </ul>
            )}
            {(byPerson || station.kind === 'teamSpace') && people.length > 0 && (
              <ul className="where-card__names" data-testid="where-names">
                {people.map((p) => (
                  <li key={p.id} data-testid="where-person" data-person-id={p.id}>
                    {p.displayName}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </FitPages>
  );
}
