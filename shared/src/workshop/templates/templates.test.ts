import { describe, expect, it } from 'vitest';
import { workshopDefinitionSchema } from '../definition.js';
import { rotationSchedule } from '../schedules/rotation.js';
import { findTemplate, TEMPLATES } from './index.js';

describe('templates', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s builds a valid workshop in German and English', (_, t) => {
    const de = t.build({}, 'de');
    const en = t.build({}, 'en');
    expect(workshopDefinitionSchema.parse(de)).toEqual(de);
    expect(en.locale).toBe('en');
    // Same structure in both languages; only the words differ.
    expect(en.stations.map((s) => s.id)).toEqual(de.stations.map((s) => s.id));
    expect(en.phases.map((p) => [p.id, p.mode, p.durationMinutes])).toEqual(
      de.phases.map((p) => [p.id, p.mode, p.durationMinutes]),
    );
    expect(en.phases.map((p) => p.title)).not.toEqual(de.phases.map((p) => p.title));
  });

  it('reproduces the Weiterbildungskonferenz: 30 teams, 5 solution rooms in rotation, 4 expert tables, 6 × 3 [M]Utopie stations', () => {
    const def = findTemplate('weiterbildungskonferenz')!.build({ title: 'WBK 2026', date: '2026-09-23' }, 'de');
    expect(def.title).toBe('WBK 2026');
    expect(def.teams).toHaveLength(30);
    expect(new Set(def.teams.map((t) => t.color)).size).toBe(30);
    const kinds = (kind: string) => def.stations.filter((s) => s.kind === kind);
    expect(kinds('teamSpace')).toHaveLength(30);
    expect(kinds('solutionRoom').map((s) => s.name)).toContain(
      'Lösungsraum 1: Sprach- und Alltagskompetenzvermittlung',
    );
    expect(kinds('expertTable')).toHaveLength(4);
    expect(kinds('questionWall')).toHaveLength(1);
    expect(kinds('mutopia')).toHaveLength(18);
    expect(def.perspectives.map((p) => p.name)).toEqual([
      'Pippi Langstrumpf',
      'Andre Agassi & Steffi Graf',
      'Albert Einstein',
    ]);
    expect(def.budgetTiers[0]!.label).toBe('1 € Budget');
    expect(def.budgetTiers.at(-1)!.label).toBe('Geld spielt keine Rolle');

    const rotation = def.phases.find((p) => p.mode === 'rotation')!;
    expect(rotation.rounds).toBe(5);
    const schedule = rotationSchedule(
      def.teams.map((t) => t.id),
      rotation.stationIds,
      rotation.rounds,
    );
    expect(new Set(schedule.map((round) => round.get('team-1')))).toEqual(new Set(rotation.stationIds));
    expect(def.phases.find((p) => p.mode === 'split')!.stationIds).toHaveLength(4);
  });

  it('lets the facilitator choose the number of teams', () => {
    const def = findTemplate('weiterbildungskonferenz')!.build({ teamCount: 12 }, 'en');
    expect(def.teams).toHaveLength(12);
    expect(def.stations.filter((s) => s.kind === 'teamSpace')).toHaveLength(12);
  });

  it('runs the Meetingpoint themed rooms twice with limited places, and the Praxisaustausch in two hours', () => {
    const meeting = findTemplate('meetingpoint')!.build({}, 'de');
    const rooms = meeting.phases.find((p) => p.id === 'themed-rooms')!;
    expect(rooms).toMatchObject({ mode: 'selfSelect', rounds: 2 });
    expect(rooms.stationIds).toHaveLength(4);
    expect(meeting.stations.filter((s) => s.kind === 'themedRoom').every((s) => s.capacity === 30)).toBe(true);
    expect(meeting.stations.filter((s) => s.kind === 'stand')).toHaveLength(5);

    const praxis = findTemplate('praxisaustausch')!.build({}, 'de');
    expect(praxis.phases.reduce((sum, p) => sum + p.durationMinutes, 0)).toBe(120);
  });

  it('rejects a definition that points at a station that does not exist', () => {
    const def = findTemplate('praxisaustausch')!.build({}, 'de');
    const broken = { ...def, phases: [{ ...def.phases[0]!, stationIds: ['nowhere'] }] };
    const result = workshopDefinitionSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('unknown station nowhere');
  });
});
