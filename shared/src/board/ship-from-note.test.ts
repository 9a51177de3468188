import { describe, expect, it } from 'vitest';
import { shipFromGroup, shipFromNote } from './ship-from-note.js';

describe('ships from notes and clusters', () => {
  it('names a ship built from a note after its first line; the rest is its approach', () => {
    expect(shipFromNote('  Sprachpatenschaften\nJede:r Azubi bekommt\neine Patin  ')).toEqual({
      title: 'Sprachpatenschaften',
      approach: 'Jede:r Azubi bekommt\neine Patin',
    });
    expect(shipFromNote('Sprachcafé')).toEqual({ title: 'Sprachcafé', approach: '' });
    const long =
      'Wir bauen gemeinsam mit den Kammern ein Netzwerk aus Betrieben auf, die Geflüchtete einstellen wollen';
    const shortened = shipFromNote(long);
    expect(shortened.title.length).toBeLessThanOrEqual(82);
    expect(shortened.title.endsWith(' …')).toBe(true);
    expect(long.startsWith(shortened.title.slice(0, -2))).toBe(true);
    // Nothing of a long single line is lost: it stays whole in the approach.
    expect(shortened.approach).toBe(long);
    expect(shipFromNote('')).toEqual({ title: '', approach: '' });
  });

  it('names a ship built from a cluster after its title; its notes, one line each, are the approach', () => {
    expect(shipFromGroup(' Lotsen ', ['Kammer-Lotsen', 'Lotsen\nin Betrieben', ' '])).toEqual({
      title: 'Lotsen',
      approach: '– Kammer-Lotsen\n– Lotsen in Betrieben',
    });
    expect(shipFromGroup('', ['Sprachcafé im Betrieb', 'Tandems'])).toEqual({
      title: 'Sprachcafé im Betrieb',
      approach: '– Sprachcafé im Betrieb\n– Tandems',
    });
    expect(shipFromGroup('', [])).toEqual({ title: '', approach: '' });
  });
});
