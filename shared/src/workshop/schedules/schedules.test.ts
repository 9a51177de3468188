import { describe, expect, it } from 'vitest';
import { placeLateMember, splitMembers } from './member-split.js';
import { rotationRound, rotationSchedule } from './rotation.js';
import { checkSelfSelection, occupancyOf } from './self-selection.js';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

function counts(values: Iterable<string>): number[] {
  const map = new Map<string, number>();
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  return [...map.values()].sort((a, b) => a - b);
}

describe('round-robin rotation', () => {
  const teams = ids('team', 30);
  const rooms = ids('room', 5);
  const schedule = rotationSchedule(teams, rooms);

  it('sends every one of 30 teams to every one of 5 rooms exactly once', () => {
    expect(schedule).toHaveLength(5);
    for (const team of teams) {
      expect(new Set(schedule.map((round) => round.get(team))).size).toBe(5);
    }
  });

  it('keeps the rooms balanced in every round, also when teams do not divide evenly', () => {
    for (const round of schedule) expect(counts(round.values())).toEqual([6, 6, 6, 6, 6]);
    for (const round of rotationSchedule(ids('t', 31), rooms)) {
      const c = counts(round.values());
      expect(c.at(-1)! - c[0]!).toBeLessThanOrEqual(1);
    }
  });

  it('moves every team in every round', () => {
    for (let r = 1; r < 5; r++) {
      for (const team of teams) expect(schedule[r]!.get(team)).not.toBe(schedule[r - 1]!.get(team));
    }
  });

  it('wraps around after the last round and handles no rooms', () => {
    expect(rotationRound(teams, rooms, 5)).toEqual(schedule[0]);
    expect(rotationRound(teams, [], 0).size).toBe(0);
  });
});

describe('member split', () => {
  const tables = ids('table', 4);

  it('spreads 7 members over 4 tables as 2, 2, 2, 1', () => {
    const split = splitMembers([{ teamId: 't1', memberIds: ids('m', 7) }], tables);
    expect(counts(split.values())).toEqual([1, 2, 2, 2]);
  });

  it('puts a team of four on four different tables and balances all tables across 30 teams', () => {
    const teams = Array.from({ length: 30 }, (_, k) => ({ teamId: `t${k}`, memberIds: ids(`t${k}m`, 4 + (k % 3)) }));
    const split = splitMembers(teams, tables);
    const small = teams.find((t) => t.memberIds.length === 4)!;
    expect(new Set(small.memberIds.map((m) => split.get(m))).size).toBe(4);
    const c = counts(split.values());
    expect(c.at(-1)! - c[0]!).toBeLessThanOrEqual(1);
  });

  it('places a late member at a table without teammates, the least full one', () => {
    const split = splitMembers(
      [
        { teamId: 'a', memberIds: ['a1', 'a2', 'a3'] },
        { teamId: 'b', memberIds: ['b1', 'b2'] },
      ],
      tables,
    );
    // a1..a3 → tables 1–3, b1 → 4, b2 → 1: team a lacks table 4 only.
    expect(placeLateMember(split, ['a1', 'a2', 'a3'], tables)).toBe('table4');
    expect(placeLateMember(new Map(), [], tables)).toBe('table1');
  });
});

describe('self-selection with capacity', () => {
  const capacities = new Map<string, number | undefined>([
    ['r1', 2],
    ['r2', undefined],
  ]);

  it('refuses a full room and unknown rooms, allows an unlimited one', () => {
    const occupancy = occupancyOf(
      new Map([
        ['p1', 'r1'],
        ['p2', 'r1'],
      ]),
    );
    const state = { capacities, occupancy, visited: new Set<string>() };
    expect(checkSelfSelection('r1', state)).toEqual({ ok: false, reason: 'full' });
    expect(checkSelfSelection('r2', state)).toEqual({ ok: true });
    expect(checkSelfSelection('nope', state)).toEqual({ ok: false, reason: 'unknown_station' });
  });

  it('lets someone already in a full room stay, and refuses a room visited in an earlier round', () => {
    const occupancy = new Map([['r1', 2]]);
    expect(checkSelfSelection('r1', { capacities, occupancy, visited: new Set(), current: 'r1' })).toEqual({
      ok: true,
    });
    expect(checkSelfSelection('r2', { capacities, occupancy, visited: new Set(['r2']) })).toEqual({
      ok: false,
      reason: 'already_visited',
    });
  });
});
