import { describe, expect, it } from 'vitest';
import { seriesArchiveEntrySchema, topicEntrySchema, topicPlanInputSchema } from './series-schemas.js';
import { moveTopic } from './topic-plan.js';
import { sessionTitle } from './session-definition.js';

const entry = { id: 't-1', date: '2026-03-10' };

describe('a date of the topic plan', () => {
  it('may leave the topic open ("Thema folgt"): missing and blank both mean undecided', () => {
    expect(topicEntrySchema.parse(entry).topic).toBeUndefined();
    expect(topicEntrySchema.parse({ ...entry, topic: '   ' }).topic).toBeUndefined();
    expect(topicEntrySchema.parse({ ...entry, topic: ' Wohnen ' }).topic).toBe('Wohnen');
    expect(topicPlanInputSchema.safeParse([{ ...entry, topic: '' }]).success).toBe(true);
  });

  it('has a time, a place and an online link', () => {
    const parsed = topicEntrySchema.parse({
      ...entry,
      startTime: '14:00',
      endTime: '16:00',
      place: ' Erfurt, Haus Dacheröden ',
      onlineUrl: 'https://meet.example.org/praxis',
    });
    expect(parsed).toMatchObject({
      startTime: '14:00',
      endTime: '16:00',
      place: 'Erfurt, Haus Dacheröden',
      onlineUrl: 'https://meet.example.org/praxis',
    });
    // A blank place or link is no place or link.
    const blank = topicEntrySchema.parse({ ...entry, place: ' ', onlineUrl: '' });
    expect(blank.place).toBeUndefined();
    expect(blank.onlineUrl).toBeUndefined();
  });

  it('accepts only http(s) links, since the public archive renders them as links', () => {
    for (const url of ['http://meet.example.org/x', 'https://zoom.us/j/123?pwd=abc'])
      expect(topicEntrySchema.safeParse({ ...entry, onlineUrl: url }).success, url).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'ftp://files.example.org/x',
      'data:text/html,<b>x</b>',
      'meet.example.org',
      'mailto:a@example.org',
    ])
      expect(topicEntrySchema.safeParse({ ...entry, onlineUrl: url }).success, url).toBe(false);
    expect(seriesArchiveEntrySchema.shape.onlineUrl.safeParse('javascript:alert(1)').success).toBe(false);
  });

  it('refuses a time that is not HH:MM and a session that ends before it starts', () => {
    for (const startTime of ['9:00', '24:00', '12:60', '12.30'])
      expect(topicEntrySchema.safeParse({ ...entry, startTime }).success, startTime).toBe(false);
    expect(topicEntrySchema.safeParse({ ...entry, startTime: '16:00', endTime: '14:00' }).success).toBe(false);
    expect(topicPlanInputSchema.safeParse([{ ...entry, startTime: '16:00', endTime: '16:00' }]).success).toBe(false);
    expect(topicEntrySchema.safeParse({ ...entry, startTime: '16:00' }).success).toBe(true);
  });

  it('keeps time, place and link with the date when a topic moves to another date', () => {
    const plan = [
      { id: 'a', date: '2026-01-13', topic: 'Wohnen', startTime: '14:00', place: 'Erfurt' },
      { id: 'b', date: '2026-02-10', startTime: '10:00', place: 'Jena', onlineUrl: 'https://meet.example.org/b' },
    ];
    const moved = moveTopic(plan, 0, 1)!;
    expect(moved[0]).toMatchObject({ date: '2026-01-13', startTime: '14:00', place: 'Erfurt' });
    expect(moved[0]!.topic).toBeUndefined();
    expect(moved[1]).toMatchObject({ date: '2026-02-10', topic: 'Wohnen', place: 'Jena', startTime: '10:00' });
  });

  it('names a session with an open topic after the series', () => {
    expect(sessionTitle(undefined, 'Praxisaustausch 2026')).toBe('Praxisaustausch 2026');
  });
});
