import { describe, expect, it } from 'vitest';
import { topicPlanInputSchema, topicPlanSchema, type TopicEntry } from './series-schemas.js';
import { moveTopic, newTopicId, nextTopic, planDates, sortPlan } from './topic-plan.js';

const entry = (id: string, date: string, topic: string, extra: Partial<TopicEntry> = {}): TopicEntry => ({
  id,
  date,
  topic,
  ...extra,
});

describe('planDates', () => {
  it('keeps the weekday and week of the month: every 2nd Tuesday of a year', () => {
    // 2025-01-14 is the second Tuesday of January.
    const dates = planDates('2025-01-14', 'monthlyWeekday', 12);
    expect(dates).toEqual([
      '2025-01-14',
      '2025-02-11',
      '2025-03-11',
      '2025-04-08',
      '2025-05-13',
      '2025-06-10',
      '2025-07-08',
      '2025-08-12',
      '2025-09-09',
      '2025-10-14',
      '2025-11-11',
      '2025-12-09',
    ]);
    for (const date of dates) expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(2);
  });

  it('takes a first date in the fifth week as “the last weekday of the month”, across the new year', () => {
    // 2025-10-31 is the fifth (and last) Friday of October.
    expect(planDates('2025-10-31', 'monthlyWeekday', 4)).toEqual([
      '2025-10-31',
      '2025-11-28',
      '2025-12-26',
      '2026-01-30',
    ]);
  });

  it('keeps the day of the month, using the last day of shorter months', () => {
    expect(planDates('2024-01-31', 'monthlyDate', 4)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
  });

  it('counts weeks in calendar days, unaffected by daylight saving time', () => {
    expect(planDates('2025-03-24', 'weekly', 3)).toEqual(['2025-03-24', '2025-03-31', '2025-04-07']);
    expect(planDates('2025-10-20', 'biweekly', 3)).toEqual(['2025-10-20', '2025-11-03', '2025-11-17']);
  });

  it('makes at most as many dates as a plan may hold, and refuses a date that does not exist', () => {
    expect(planDates('2025-01-01', 'weekly', 1000)).toHaveLength(24);
    expect(planDates('2025-01-01', 'weekly', 0)).toEqual([]);
    expect(() => planDates('2025-02-30', 'weekly', 2)).toThrow(RangeError);
  });
});

describe('the plan', () => {
  const plan = [
    entry('c', '2025-03-11', 'Anerkennung'),
    entry('a', '2025-01-14', 'Fachkräfteeinwanderungsgesetz'),
    entry('b', '2025-02-11', 'Sprachförderung im Betrieb'),
    entry('b2', '2025-02-11', 'Wohnraum'),
  ];

  it('sorts by date and keeps the order of topics on the same day', () => {
    expect(sortPlan(plan).map((e) => e.id)).toEqual(['a', 'b', 'b2', 'c']);
  });

  it('finds the next topic on or after today, and none after the last one', () => {
    expect(nextTopic(plan, '2025-01-15')?.id).toBe('b');
    expect(nextTopic(plan, '2025-03-11')?.id).toBe('c');
    expect(nextTopic(plan, '2025-03-12')).toBeNull();
  });

  it('moves a topic to another date slot; the dates stay and sessions that exist keep their topic', () => {
    const withSession = [
      entry('a', '2025-01-14', 'A', { workshopId: 'AAAAAAAAAAAA' }),
      entry('b', '2025-02-11', 'B', { note: 'Referentin: Frau K.' }),
      entry('c', '2025-03-11', 'C'),
      entry('d', '2025-04-08', 'D'),
    ];
    const moved = moveTopic(withSession, 3, 1)!;
    expect(moved.map((e) => [e.date, e.topic])).toEqual([
      ['2025-01-14', 'A'],
      ['2025-02-11', 'D'],
      ['2025-03-11', 'B'],
      ['2025-04-08', 'C'],
    ]);
    expect(moved[2]!.note).toBe('Referentin: Frau K.');
    expect(moved[1]!.note).toBeUndefined();
    expect(moved.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(moveTopic(withSession, 0, 2)).toBeNull();
    expect(moveTopic(withSession, 2, 0)).toBeNull();
  });

  it('gives new entries ids the schema accepts and that are not taken', () => {
    const ids = new Set<string>();
    let current: TopicEntry[] = [];
    for (let i = 0; i < 24; i++) {
      const id = newTopicId(current);
      expect(ids.has(id)).toBe(false);
      ids.add(id);
      current = [...current, entry(id, '2025-01-01', `Thema ${i + 1}`)];
    }
    expect(topicPlanSchema.safeParse(current).success).toBe(true);
  });

  it('refuses more than 24 topics, duplicate ids, and a workshop id sent by a client', () => {
    const many = Array.from({ length: 25 }, (_, i) => entry(`t${i}`, '2025-01-01', 'x'));
    expect(topicPlanInputSchema.safeParse(many).success).toBe(false);
    expect(topicPlanInputSchema.safeParse([entry('a', '2025-01-01', 'x'), entry('a', '2025-02-01', 'y')]).success).toBe(
      false,
    );
    expect(
      topicPlanInputSchema.safeParse([entry('a', '2025-01-01', 'x', { workshopId: 'AAAAAAAAAAAA' })]).success,
    ).toBe(false);
    // A blank topic is no longer refused (issue 11): it is the open topic, "Thema folgt".
    expect(topicPlanInputSchema.parse([entry('a', '2025-01-01', '   ')])[0]!.topic).toBeUndefined();
  });
});
