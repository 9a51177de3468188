import { describe, expect, it } from 'vitest';
import { initialSessionState, TEMPLATES } from '@mutopia/shared';
import { phaseDisplayStation } from './phase-display';

const build = (id: string) => TEMPLATES.find((t) => t.id === id)!.build({ teamCount: 6 }, 'de');

describe('what a projector shows by itself', () => {
  const definition = build('weiterbildungskonferenz');
  const at = (phaseId: string) => ({
    ...initialSessionState(),
    phaseIndex: definition.phases.findIndex((p) => p.id === phaseId),
  });

  it('shows the question wall while the questions are prioritised, and the harbour at the close', () => {
    expect(phaseDisplayStation(definition, at('prioritisation'))?.kind).toBe('questionWall');
    expect(phaseDisplayStation(definition, at('harbour'))?.kind).toBe('harbour');
  });

  it('keeps the phase screen when people work in rooms, in a break, or before the start', () => {
    for (const phase of ['welcome', 'solution-rooms', 'lunch', 'mutopia', 'solution-ships']) {
      expect(phaseDisplayStation(definition, at(phase)), phase).toBeUndefined();
    }
    expect(phaseDisplayStation(definition, initialSessionState())).toBeUndefined();
  });

  it('keeps the phase screen for a plenary around an ordinary board', () => {
    const praxis = build('praxisaustausch');
    for (let i = 0; i < praxis.phases.length; i++) {
      expect(phaseDisplayStation(praxis, { ...initialSessionState(), phaseIndex: i })).toBeUndefined();
    }
  });
});
