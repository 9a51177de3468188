import type { Phase, WorkshopDefinition } from './definition.js';
import type { SessionState } from './session-state.js';

export function currentPhase(definition: WorkshopDefinition, state: SessionState): Phase | undefined {
  return state.phaseIndex === null ? undefined : definition.phases[state.phaseIndex];
}

/** The phase whose assignment applies: a `continue` phase keeps the one before it. */
export function effectivePhase(definition: WorkshopDefinition, phaseIndex: number | null): Phase | undefined {
  return phaseIndex === null ? undefined : definition.phases[effectivePhaseIndex(definition, phaseIndex)];
}

/** Index of the phase whose assignment applies at `phaseIndex` (itself, unless it is a `continue` phase). */
export function effectivePhaseIndex(definition: WorkshopDefinition, phaseIndex: number): number {
  for (let i = phaseIndex; i >= 0; i--) {
    const phase = definition.phases[i];
    if (phase && phase.mode !== 'continue') return i;
  }
  return phaseIndex;
}
