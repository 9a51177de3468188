import { describe, expect, it } from 'vitest';
import { mayEditRoster, rosterCounts, rosterEditSchema, withoutParticipant, type RosterEdit } from './roster.js';
import { initialSessionState, type SessionState } from './session-state.js';
import { findTemplate } from './templates/index.js';

const meeting = findTemplate('meetingpoint')!.build({}, 'de');
const tour = meeting.phases.findIndex((p) => p.mode === 'selfSelect');
const welcome = meeting.phases.findIndex((p) => p.mode === 'plenary' && p.stationIds.length !== 1);

function at(phaseIndex: number, choices: Record<string, string> = {}): SessionState {
  return { ...initialSessionState(), phaseIndex, choices };
}

/** 10 people, the first 6 online. */
const people = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, teamId: null, online: i < 6 }));

describe('rosterCounts', () => {
  it('counts only people online as still choosing', () => {
    const state = at(tour, { p0: meeting.phases[tour]!.stationIds[0]! });
    expect(rosterCounts(meeting, state, people)).toEqual({ total: 10, online: 6, plenary: 0, choosing: 5 });
  });

  it('counts nobody as choosing once everyone online has chosen, though offline people have not', () => {
    const stationId = meeting.phases[tour]!.stationIds[0]!;
    const choices = Object.fromEntries(people.filter((p) => p.online).map((p) => [p.id, stationId]));
    expect(rosterCounts(meeting, at(tour, choices), people).choosing).toBe(0);
  });

  it('counts only people online in the plenary', () => {
    expect(welcome).toBeGreaterThanOrEqual(0);
    expect(rosterCounts(meeting, at(welcome), people)).toMatchObject({ plenary: 6, choosing: 0 });
  });

  it('counts nobody anywhere before the first phase', () => {
    expect(rosterCounts(meeting, initialSessionState(), people)).toEqual({
      total: 10,
      online: 6,
      plenary: 0,
      choosing: 0,
    });
  });
});

describe('mayEditRoster', () => {
  const move: RosterEdit = { type: 'move', participantId: 'p1', teamId: 'team-2' };
  const rename: RosterEdit = { type: 'rename', participantId: 'p1', displayName: 'Ana' };
  const remove: RosterEdit = { type: 'remove', participantId: 'p1' };

  it('lets facilitators and co-facilitators edit anyone', () => {
    for (const role of ['facilitator', 'cofacilitator'] as const)
      for (const edit of [move, rename, remove]) expect(mayEditRoster(role, null, edit)).toBe(true);
  });

  it('lets a participant move and rename only themselves, and not remove anyone', () => {
    expect(mayEditRoster('participant', 'p1', move)).toBe(true);
    expect(mayEditRoster('participant', 'p1', rename)).toBe(true);
    expect(mayEditRoster('participant', 'p1', remove)).toBe(false);
    expect(mayEditRoster('participant', 'p2', move)).toBe(false);
    expect(mayEditRoster('participant', 'p2', rename)).toBe(false);
  });

  it('lets a projector edit nobody', () => {
    expect(mayEditRoster('viewer', null, move)).toBe(false);
  });
});

describe('rosterEditSchema', () => {
  it('trims names and refuses blank ones and unknown edits', () => {
    expect(rosterEditSchema.parse({ type: 'rename', participantId: 'p1', displayName: '  Ana ' })).toMatchObject({
      displayName: 'Ana',
    });
    expect(rosterEditSchema.safeParse({ type: 'rename', participantId: 'p1', displayName: '  ' }).success).toBe(false);
    expect(rosterEditSchema.safeParse({ type: 'promote', participantId: 'p1' }).success).toBe(false);
    expect(rosterEditSchema.safeParse({ type: 'move', participantId: 'p1', teamId: null }).success).toBe(true);
  });
});

describe('withoutParticipant', () => {
  it('frees the room a removed person had chosen and drops their split place', () => {
    const state: SessionState = {
      ...at(tour, { p1: 'room-a', p2: 'room-a' }),
      split: { p1: 'room-b' },
      visited: { p1: ['room-c'] },
      revision: 7,
    };
    const next = withoutParticipant(state, 'p1');
    expect(next.choices).toEqual({ p2: 'room-a' });
    expect(next.split).toEqual({});
    expect(next.visited).toEqual({});
    expect(next.revision).toBe(8);
  });

  it('leaves the state alone when the person had no place', () => {
    const state = at(tour, { p2: 'room-a' });
    expect(withoutParticipant(state, 'p1')).toBe(state);
  });
});
