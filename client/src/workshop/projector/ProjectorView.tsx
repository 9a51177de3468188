import { useDocumentTitle } from '../../app/useDocumentTitle';
import { BroadcastBanner } from '../components';
import { useDefinition, useSession } from '../useWorkshop';
import { PhaseScreen } from './PhaseScreen';
import { phaseDisplayStation } from './phase-display';
import { RoomsScreen } from './RoomsScreen';
import { StationScreen } from './StationScreen';

import './projector.css';
import './projector-screens.css';
const PHASE_VIEW = { kind: 'phase' } as const;

export function ProjectorView({ projectorId }: { projectorId: string }) {
  const definition = useDefinition();
  const chosen = useSession((s) => s.state!.projectors[projectorId]);
  const state = useSession((s) => s.state!);
  const show = chosen ?? PHASE_VIEW;
  useDocumentTitle(definition.title);

  const byId = (id: string) => definition.stations.find((s) => s.id === id);
  let content;
  if (show.kind === 'station') {
    const station = byId(show.stationId);
    content = station ? <StationScreen station={station} /> : <PhaseScreen />;
  } else if (show.kind === 'gallery') {
    const station = byId(show.stationIds[show.index] ?? '');
    content = station ? (
      <StationScreen
        key={station.id}
        station={station}
        step={{ index: show.index, count: show.stationIds.length }}
        focus={show.focus}
      />
    ) : (
      <PhaseScreen />
    );
  } else if (show.kind === 'rooms') {
    content = <RoomsScreen />;
  } else {
    // Nothing chosen: the phase screen, or the wall or harbour the whole plenary is looking at.
    const shown = phaseDisplayStation(definition, state);
    content = shown ? <StationScreen station={shown} /> : <PhaseScreen />;
  }
  return (
    <div className="projector" data-testid="projector" data-view={show.kind}>
      <BroadcastBanner />
      {content}
    </div>
  );
}
