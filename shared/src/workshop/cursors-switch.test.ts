import { describe, expect, it } from 'vitest';
import { facilitatorCommandSchema } from './session-commands.js';
import { applyFacilitatorCommand } from './session-reducer.js';
import { initialSessionState, sessionStateSchema } from './session-state.js';
import { findTemplate } from './templates/index.js';

const definition = findTemplate('weiterbildungskonferenz')!.build({}, 'de');
const ctx = { definition, participants: [], now: 1_000_000 };

describe('cursors switch', () => {
  it('starts with cursors on, turns them off and on again', () => {
    const start = initialSessionState();
    expect(start.cursorsOff).toBe(false);
    const off = applyFacilitatorCommand(start, { type: 'cursors.set', on: false }, ctx);
    expect(off.ok && off.state.cursorsOff).toBe(true);
    const on = off.ok ? applyFacilitatorCommand(off.state, { type: 'cursors.set', on: true }, ctx) : off;
    expect(on.ok && on.state.cursorsOff).toBe(false);
  });

  it('reads a state stored before the switch existed as cursors on, and refuses a malformed command', () => {
    const { cursorsOff: _, ...stored } = initialSessionState();
    expect(sessionStateSchema.parse(stored).cursorsOff).toBe(false);
    expect(facilitatorCommandSchema.safeParse({ type: 'cursors.set', on: 'off' }).success).toBe(false);
  });
});
