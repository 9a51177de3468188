import { describe, expect, it } from 'vitest';
import { addEntry, draftProblems, NO_LOGISTICS, planInput, shiftTopic, type DraftEntry } from './plan-draft';

const row = (id: string, date: string, topic: string, workshopId?: string): DraftEntry => ({
  id,
  date,
  topic,
  ...NO_LOGISTICS,
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

  it('names what is missing or wrong and sends only complete plans, trimmed and in date order', () => {
    const draft = [
      row('x', '2025-05-01', '  Wohnraum  '),
      row('y', '', 'Ohne Datum'),
      { ...row('t', '2025-06-01', 'Spät'), startTime: '16:00', endTime: '14:00' },
      { ...row('u', '2025-07-01', 'Link'), onlineUrl: 'javascript:alert(1)' },
    ];
    expect(Object.fromEntries(draftProblems(draft))).toEqual({ y: 'date', t: 'time', u: 'onlineUrl' });
    expect(planInput(draft)).toBeNull();
    const complete = [
      { ...row('x', '2025-05-01', '  Wohnraum  '), note: ' Raum 3 ' },
      row('w', '2025-02-01', 'B'),
      { ...row('z', '2025-06-03', ' '), startTime: '14:00', endTime: '16:00', place: ' Erfurt ' },
      { ...row('v', '2025-07-01', ''), onlineUrl: ' https://meet.example.org/x ' },
    ];
    // An open topic ("Thema folgt") is no problem: it is simply not sent.
    expect(draftProblems(complete).size).toBe(0);
    expect(planInput(complete)).toEqual([
      { id: 'w', date: '2025-02-01', topic: 'B' },
      { id: 'x', date: '2025-05-01', topic: 'Wohnraum', note: 'Raum 3' },
      { id: 'z', date: '2025-06-03', startTime: '14:00', endTime: '16:00', place: 'Erfurt' },
      { id: 'v', date: '2025-07-01', onlineUrl: 'https://meet.example.org/x' },
    ]);
  });

  it('gives a new date the time, place and link of the last one', () => {
    const last = { ...row('l', '2025-05-13', 'L'), startTime: '14:00', endTime: '16:00', place: 'Erfurt' };
    expect(addEntry([last], '2025-01-01').at(-1)).toMatchObject({
      date: '2025-06-10',
      topic: '',
      startTime: '14:00',
      endTime: '16:00',
      place: 'Erfurt',
      onlineUrl: '',
    });
  });
});
