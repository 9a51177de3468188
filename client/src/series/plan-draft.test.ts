import { describe, expect, it } from 'vitest';
import { addEntry, draftProblems, planInput, shiftTopic, type DraftEntry } from './plan-draft';

const row = (id: string, date: string, topic: string, workshopId?: string): DraftEntry => ({
  id,
  date,
  topic,
  note: '',
  ...(workshopId ? { workshopId } : {}),
});

describe('editing a topic plan', () => {
  const plan = [
    row('a', '2025-01-14', 'A'),
    row('b', '2025-02-11', 'B', 'WWWWWWWWWWWW'),
    row('c', '2025-03-11', 'C'),
    row('d', '2025-04-08', 'D'),
  ];

  it('moves a topic to the next free date, over a date that has its session already', () => {
    const later = shiftTopic(plan, 'a', 1)!;
    expect(later.map((e) => [e.date, e.topic])).toEqual([
      ['2025-01-14', 'C'],
      ['2025-02-11', 'B'],
      ['2025-03-11', 'A'],
      ['2025-04-08', 'D'],
    ]);
    expect(shiftTopic(plan, 'a', -1)).toBeNull();
    expect(shiftTopic(plan, 'd', 1)).toBeNull();
    expect(shiftTopic(plan, 'b', 1)).toBeNull();
  });

  it('adds a date a month after the last one, on the same weekday', () => {
    const added = addEntry(plan, '2025-01-01');
    expect(added.at(-1)).toMatchObject({ date: '2025-05-13', topic: '' });
    expect(addEntry([], '2025-06-01')[0]!.date).toBe('2025-06-01');
  });

  it('names what is missing and sends only complete plans, trimmed and in date order', () => {
    const draft = [row('x', '2025-05-01', '  Wohnraum  '), row('y', '', 'Ohne Datum'), row('z', '2025-01-01', ' ')];
    expect(Object.fromEntries(draftProblems(draft))).toEqual({ y: 'date', z: 'topic' });
    expect(planInput(draft)).toBeNull();
    const complete = [{ ...row('x', '2025-05-01', '  Wohnraum  '), note: ' Raum 3 ' }, row('w', '2025-02-01', 'B')];
    expect(planInput(complete)).toEqual([
      { id: 'w', date: '2025-02-01', topic: 'B' },
      { id: 'x', date: '2025-05-01', topic: 'Wohnraum', note: 'Raum 3' },
    ]);
  });
});
