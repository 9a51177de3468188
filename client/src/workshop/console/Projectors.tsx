import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationKind } from '@mutopia/shared/workshop/definition';
import type { ProjectorView } from '@mutopia/shared/workshop/session-state';
import { errorCodeOf } from '../../api/http';
import { createViewerToken } from '../../api/workshops';
import { presentationStations } from '../../content/insights/insight-kinds';
import { useWorkshopAccess } from '../../stores/workshopAccess';
import { CopyField, useCommands } from '../components';
import { absoluteUrl, isProjectorId, projectorIdFrom, projectorPath, withFragment } from '../links';
import { phaseStationIds } from '../overview';
import { QrCode } from '../QrCode';
import { useLinkOrigin } from '../useLinkOrigin';
import { useSession, useWorkshop, useDefinition } from '../useWorkshop';
import { ProjectorAccess } from './ProjectorAccess';

import './projectors.css';
const NO_TOKENS: Record<string, string> = {};
const NO_VIEWS: Record<string, ProjectorView> = {};

export function ProjectorsTab() {
  const { t } = useTranslation();
  const { workshopId, token } = useWorkshop();
  const known = useSession((s) => s.state?.projectors) ?? NO_VIEWS;
  const tokens = useWorkshopAccess((s) => s.workshops[workshopId]?.projectors ?? NO_TOKENS);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const projectorId = projectorIdFrom(name);
  const ids = [...new Set([...Object.keys(tokens), ...Object.keys(known)])].sort();

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!isProjectorId(projectorId)) {
      setError(t('projectors.nameInvalid'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const viewerToken = await createViewerToken(workshopId, token, projectorId);
      useWorkshopAccess.getState().setProjector(workshopId, projectorId, viewerToken);
      setName('');
    } catch (cause) {
      setError(t(`errors.${errorCodeOf(cause)}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="console-page projectors-tab" data-testid="projectors-tab">
      <section className="panel" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className="panel-title">
          {t('projectors.heading')}
        </h2>
        <p className="card__text">{t('projectors.intro')}</p>
        <form className="create-form" onSubmit={(e) => void create(e)}>
          <label className="field-label" htmlFor={`${id}-name`}>
            {t('projectors.nameLabel')}
          </label>
          <div className="create-form__row">
            <input
              id={`${id}-name`}
              className="input"
              value={name}
              maxLength={40}
              placeholder={t('projectors.namePlaceholder')}
              aria-describedby={`${id}-preview`}
              data-testid="projector-name"
              onChange={(e) => setName(e.target.value)}
            />
            <button
              type="submit"
              className="button button--primary"
              disabled={busy || !projectorId}
              data-testid="projector-create"
            >
              {t('projectors.create')}
            </button>
          </div>
          <p id={`${id}-preview`} className="card__hint">
            {projectorId ? t('projectors.idPreview', { id: projectorId }) : t('projectors.idHint')}
          </p>
        </form>
        {error && (
          <p className="form-error" role="alert" data-testid="projector-error">
            {error}
          </p>
        )}
      </section>
      {ids.length === 0 ? (
        <p className="card__text card__text--muted">{t('projectors.none')}</p>
      ) : (
        <ul className="projector-list">
          {ids.map((pid) => (
            <ProjectorCard
              key={pid}
              projectorId={pid}
              viewerToken={tokens[pid] ?? null}
              view={known[pid] ?? { kind: 'phase' }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function ProjectorCard({
  projectorId,
  viewerToken,
  view,
}: {
  projectorId: string;
  viewerToken: string | null;
  view: ProjectorView;
}) {
  const { t } = useTranslation();
  const { workshopId } = useWorkshop();
  const linkOrigin = useLinkOrigin().origin;
  const definition = useDefinition();
  const state = useSession((s) => s.state);
  const { run, busy, error } = useCommands();
  const id = useId();
  const firstStation = definition.stations[0]?.id ?? '';
  const [stationId, setStationId] = useState(view.kind === 'station' ? view.stationId : firstStation);
  const [gallerySet, setGallerySet] = useState<'phase' | StationKind>('phase');

  const kinds = useMemo(() => [...new Set(definition.stations.map((s) => s.kind))], [definition]);
  const galleryIds = (set: 'phase' | StationKind): string[] => {
    if (set === 'phase') {
      const ids = state ? phaseStationIds(definition, state) : [];
      return ids.length > 0 ? ids : definition.stations.map((s) => s.id);
    }
    return definition.stations.filter((s) => s.kind === set).map((s) => s.id);
  };
  const insightStations = presentationStations(
    definition.stations,
    gallerySet === 'phase' ? null : gallerySet,
    state ? phaseStationIds(definition, state) : [],
  );
  const stationName = (sid: string) => definition.stations.find((s) => s.id === sid)?.name ?? sid;
  const show = (next: ProjectorView) => void run({ type: 'projector.show', projectorId, view: next });
  const link = viewerToken
    ? absoluteUrl(linkOrigin, withFragment(projectorPath(workshopId, projectorId), 'token', viewerToken))
    : null;

  return (
    <li className="panel projector-card" data-testid={`projector-card-${projectorId}`} data-view={view.kind}>
      <div className="projector-card__head">
        <h3 className="projector-card__title">{projectorId}</h3>
        <span className="projector-card__now" data-testid="projector-now">
          {view.kind === 'phase'
            ? t('projectors.showsPhase')
            : view.kind === 'station'
              ? t('projectors.showsStation', { station: stationName(view.stationId) })
              : view.kind === 'rooms'
                ? t('projectorScreens.rooms.shows')
                : t('projectors.showsGallery', {
                    station: stationName(view.stationIds[view.index] ?? ''),
                    index: view.index + 1,
                    count: view.stationIds.length,
                  })}
        </span>
      </div>
      <div className="projector-card__body">
        {link ? (
          <div className="projector-card__link">
            <QrCode value={link} label={t('projectors.qrLabel', { id: projectorId })} className="projector-card__qr" />
            <div>
              <CopyField label={t('projectors.link')} value={link} testId={`projector-link-${projectorId}`} />
              <a className="button button--secondary button--small" href={link} target="_blank" rel="noopener">
                {t('projectors.open')}
              </a>
            </div>
          </div>
        ) : (
          viewerToken === null && <p className="card__text card__text--muted">{t('projectors.linkElsewhere')}</p>
        )}
        <fieldset className="projector-card__views">
          <legend className="field-label">{t('projectors.show')}</legend>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-pressed={view.kind === 'phase'}
            disabled={busy}
            data-testid={`projector-show-phase-${projectorId}`}
            onClick={() => show({ kind: 'phase' })}
          >
            {t('projectors.viewPhase')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-pressed={view.kind === 'rooms'}
            disabled={busy}
            data-testid={`projector-show-rooms-${projectorId}`}
            onClick={() => show({ kind: 'rooms' })}
          >
            {t('projectorScreens.rooms.show')}
          </button>
          <div className="projector-card__row">
            <label className="visually-hidden" htmlFor={`${id}-station`}>
              {t('projectors.station')}
            </label>
            <select
              id={`${id}-station`}
              className="input select"
              value={stationId}
              data-testid={`projector-station-${projectorId}`}
              onChange={(e) => setStationId(e.target.value)}
            >
              {definition.stations.map((station) => (
                <option key={station.id} value={station.id}>
                  {station.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-pressed={view.kind === 'station'}
              disabled={busy || !stationId}
              data-testid={`projector-show-station-${projectorId}`}
              onClick={() => show({ kind: 'station', stationId })}
            >
              {t('projectors.viewStation')}
            </button>
          </div>
          <div className="projector-card__row">
            <label className="visually-hidden" htmlFor={`${id}-gallery`}>
              {t('projectors.gallerySet')}
            </label>
            <select
              id={`${id}-gallery`}
              className="input select"
              value={gallerySet}
              data-testid={`projector-gallery-set-${projectorId}`}
              onChange={(e) => setGallerySet(e.target.value as 'phase' | StationKind)}
            >
              <option value="phase">{t('projectors.galleryPhase')}</option>
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kindsPlural.${kind}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-pressed={view.kind === 'gallery'}
              disabled={busy}
              data-testid={`projector-show-gallery-${projectorId}`}
              onClick={() => {
                const stationIds = galleryIds(gallerySet);
                if (stationIds.length > 0) show({ kind: 'gallery', stationIds, index: 0 });
              }}
            >
              {t('projectors.viewGallery')}
            </button>
          </div>
          <div className="projector-card__row">
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={busy || insightStations.length === 0}
              aria-describedby={`${id}-insights-hint`}
              data-testid={`projector-present-insights-${projectorId}`}
              onClick={() => show({ kind: 'gallery', stationIds: insightStations, index: 0, focus: 'insights' })}
            >
              {t('boardContent.insights.present')}
            </button>
          </div>
          <p id={`${id}-insights-hint`} className="card__hint">
            {t('boardContent.insights.presentHint')}
          </p>
          {view.kind === 'gallery' && (
            <div className="projector-card__gallery" role="group" aria-label={t('projectors.galleryStep')}>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={busy || view.index === 0}
                data-testid={`projector-gallery-previous-${projectorId}`}
                onClick={() => show({ ...view, index: view.index - 1 })}
              >
                {t('projectors.previous')}
              </button>
              <span className="projector-card__count" aria-live="polite">
                {view.index + 1} / {view.stationIds.length}
              </span>
              <button
                type="button"
                className="button button--primary button--small"
                disabled={busy || view.index + 1 >= view.stationIds.length}
                data-testid={`projector-gallery-next-${projectorId}`}
                onClick={() => show({ ...view, index: view.index + 1 })}
              >
                {t('projectors.next')}
              </button>
            </div>
          )}
        </fieldset>
        <ProjectorAccess projectorId={projectorId} revoked={viewerToken === ''} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
