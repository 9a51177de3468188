import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  stationKindSchema,
  stationName,
  type Station,
  type StationKind,
  type WorkshopDefinition,
} from '@mutopia/shared/workshop/definition';
import { addStation as addStationTo } from '@mutopia/shared/workshop/edit-definition';
import { isTeamRoom, uniqueId, type EditDraft } from './edit-draft';

/** Case- and accent-blind, so "lösung" finds "Lösungsraum" and "losung" does too. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

interface Props {
  draft: WorkshopDefinition;
  edit: EditDraft;
  /** Station ids that have a board, removed teams' spaces included: new ids avoid them. */
  boardStationIds: ReadonlySet<string>;
}

/** Every station, with a search field (the seed conference has 60) and a form to add one. */
export function EditDefinitionStations({ draft, edit, boardStationIds }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [newStation, setNewStation] = useState<{ kind: StationKind; name: string }>({ kind: 'solutionRoom', name: '' });

  const wanted = fold(query.trim());
  const shown = wanted
    ? draft.stations.filter((s) => fold(`${stationName(draft, s)} ${t(`kinds.${s.kind}`)}`).includes(wanted))
    : draft.stations;

  const change = (stationId: string, update: (s: Station) => Station) =>
    edit((d) => ({ ...d, stations: d.stations.map((s) => (s.id === stationId ? update(s) : s)) }));

  const addStation = (event: FormEvent) => {
    event.preventDefault();
    const name = newStation.name.trim();
    if (!name) return;
    edit((d) => {
      const taken = new Set([...d.stations.map((s) => s.id), ...boardStationIds]);
      // Joins the phases that use stations of its kind (a new solution room joins the rotation).
      return addStationTo(d, { id: uniqueId(name, taken), kind: newStation.kind, name, prompt: '' });
    });
    setNewStation((s) => ({ ...s, name: '' }));
  };

  return (
    <details className="panel edit-details" data-testid="edit-stations">
      <summary className="panel-title">{t('edit.stations', { count: draft.stations.length })}</summary>
      <div className="edit-search">
        <label className="field-label" htmlFor={`${id}-search`}>
          {t('edit.stationSearch')}
        </label>
        <input
          id={`${id}-search`}
          className="input"
          type="search"
          value={query}
          placeholder={t('edit.stationSearchPlaceholder')}
          aria-describedby={`${id}-matches`}
          data-testid="edit-station-search"
          onChange={(e) => setQuery(e.target.value)}
          // Enter in a search field would submit (save) the whole form.
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
        <span id={`${id}-matches`} className="edit-search__count" role="status" data-testid="edit-station-matches">
          {wanted
            ? shown.length
              ? t('edit.stationMatches', { shown: shown.length, count: draft.stations.length })
              : t('edit.stationNoMatch')
            : ''}
        </span>
      </div>
      <ul className="edit-list">
        {shown.map((station) => (
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
                data-testid={`edit-station-name-${station.id}`}
                onChange={(e) => change(station.id, (s) => ({ ...s, name: e.target.value }))}
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
                  change(station.id, (s) => {
                    const { capacity: _old, ...rest } = s;
                    const value = Math.round(Number(e.target.value));
                    return e.target.value && value >= 1 ? { ...rest, capacity: value } : rest;
                  })
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
                onChange={(e) => change(station.id, (s) => ({ ...s, prompt: e.target.value }))}
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
  );
}
