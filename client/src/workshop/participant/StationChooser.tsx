import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Station } from '@mutopia/shared/workshop/definition';
import { StationFacts, useCommands } from '../components';
import { choiceRefusal, occupancy } from '../overview';
import { useSession, useDefinition } from '../useWorkshop';

/** Self-selection: the rooms of this round with free places; refusals are explained, not hidden. */
export function StationChooser({
  stationIds,
  onChosen,
  onCancel,
}: {
  stationIds: string[];
  onChosen: () => void;
  onCancel: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const definition = useDefinition();
  const state = useSession((s) => s.state!);
  const participantId = useSession((s) => s.welcome?.participantId ?? '');
  const { run, busy, error } = useCommands();
  const [refused, setRefused] = useState<string | null>(null);
  const taken = occupancy(state);
  const current = state.choices[participantId];
  const stations = stationIds
    .map((id) => definition.stations.find((s) => s.id === id))
    .filter((s): s is Station => s !== undefined);

  return (
    <section className="participant-screen chooser" aria-labelledby="chooser-heading" data-testid="station-chooser">
      <h2 id="chooser-heading" className="participant-screen__title">
        {t('participant.chooseTitle')}
      </h2>
      <p className="participant-screen__instruction">{t('participant.chooseText')}</p>
      {(refused ?? error) && (
        <p className="form-error" role="alert" data-testid="choose-error">
          {refused ?? error}
        </p>
      )}
      <ul className="chooser__list">
        {stations.map((station) => {
          const count = taken.get(station.id) ?? 0;
          const refusal = choiceRefusal(station, state, participantId, taken);
          const isCurrent = current === station.id;
          return (
            <li key={station.id}>
              <button
                type="button"
                className={isCurrent ? 'chooser__option is-current' : 'chooser__option'}
                aria-disabled={refusal !== null}
                aria-describedby={`chooser-${station.id}-state`}
                disabled={busy}
                data-testid={`choose-${station.id}`}
                data-refusal={refusal ?? undefined}
                onClick={async () => {
                  // Refused rooms stay focusable and say why when tapped; nothing is sent.
                  if (refusal) {
                    setRefused(t(`sessionErrors.${refusal}`));
                    return;
                  }
                  setRefused(null);
                  const outcome = await run({ type: 'station.choose', stationId: station.id });
                  if (outcome.ok) onChosen();
                }}
              >
                <span className="chooser__name">{station.name}</span>
                {/* An [M]Utopie station's prompt is its question: what people choose by. */}
                {station.kind === 'mutopia' && station.prompt && (
                  <span className="chooser__prompt" data-testid="chooser-question">
                    {station.prompt}
                  </span>
                )}
                <StationFacts station={station} className="chooser__facts" />
                <span className="chooser__state" id={`chooser-${station.id}-state`}>
                  {station.capacity !== undefined
                    ? t('participant.places', { count, capacity: station.capacity })
                    : t('participant.people', { count })}
                  {refusal && <strong className="chooser__refusal"> · {t(`sessionErrors.${refusal}`)}</strong>}
                  {isCurrent && <strong> · {t('participant.yourChoice')}</strong>}
                </span>
                {station.capacity !== undefined && (
                  <span className="chooser__bar" aria-hidden="true">
                    <span style={{ transform: `scaleX(${Math.min(1, count / station.capacity)})` }} />
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('participant.keepRoom')}
        </button>
      )}
    </section>
  );
}
