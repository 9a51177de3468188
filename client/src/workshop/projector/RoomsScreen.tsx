import { useTranslation } from 'react-i18next';
import { useDefinition } from '../useWorkshop';
import { FitPages } from './FitPages';
import { useJoin } from './useJoin';

/** Every station of the workshop by name, as on the door signs: where the rooms are. */
export function RoomsScreen() {
  const { t } = useTranslation();
  const definition = useDefinition();
  const join = useJoin();
  return (
    <main className="projector-screen" data-testid="projector-rooms">
      <header className="projector-screen__head">
        <div className="projector-screen__text">
          <p className="projector__eyebrow">{definition.title}</p>
          <h1 className="projector-screen__title">
            {t('projectorScreens.rooms.title', { count: definition.stations.length })}
          </h1>
        </div>
        <span className="projector-screen__code" data-testid="projector-join-code">
          {join.joinCode}
        </span>
      </header>
      <div className="projector-screen__body">
        <FitPages columnWidth={15} label={t('projectorScreens.rooms.label')} testId="projector-rooms-pages">
          <ol className="rooms-list" lang={definition.locale}>
            {definition.stations.map((station) => (
              <li
                key={station.id}
                className="rooms-list__room fit-pages__item"
                data-testid="room-name"
                data-station-id={station.id}
              >
                <span className="rooms-list__kind">{t(`kinds.${station.kind}`)}</span>
                <span className="rooms-list__name">{station.name}</span>
              </li>
            ))}
          </ol>
        </FitPages>
      </div>
    </main>
  );
}
