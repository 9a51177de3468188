import { describe, expect, it } from 'vitest';
import { mdText, resultsMarkdown } from './markdown.js';
import { resultsFixture } from './results-fixture.js';

describe('mdText', () => {
  it('escapes markup characters and keeps umlauts', () => {
    expect(mdText('*fett* und _kursiv_ für [Links]')).toBe('\\*fett\\* und \\_kursiv\\_ für \\[Links\\]');
    expect(mdText('# keine Überschrift')).toBe('\\# keine Überschrift');
  });

  it('keeps a list marker at a line start as text', () => {
    expect(mdText('- nicht eingerückt')).toBe('\\- nicht eingerückt');
    expect(mdText('1. kein Listenpunkt')).toBe('1\\. kein Listenpunkt');
  });

  it('turns line breaks into hard breaks with the given indent', () => {
    expect(mdText('eins\nzwei', '  ')).toBe('eins  \n  zwei');
  });
});

describe('resultsMarkdown', () => {
  const md = resultsMarkdown(resultsFixture('de'));

  it('has the header with date, venue and guiding question', () => {
    expect(md.startsWith('# Weiterbildungskonferenz Köln\n')).toBe(true);
    expect(md).toContain('**Datum:** 14. März 2025');
    expect(md).toContain('**Ort:** Rathaus; Saal 2');
    expect(md).toContain('> Wie gelingt Integration in Arbeit?');
  });

  it('lists promoted questions by rank and the others separately', () => {
    expect(md).toContain('## Priorisierte Fragen\n\n1. Wie können wir Anerkennung beschleunigen? (Team Süd)');
    expect(md).toContain('## Weitere Fragen\n\n- Wie „fördern“ wir Sprache? (Team Nord)');
  });

  it('draws ships with their first steps as a checklist', () => {
    expect(md).toContain('### Lotsendienst für Anerkennung');
    expect(md).toContain('- **Perspektive:** Arbeitgeber');
    expect(md).toContain('- [x] Träger anschreiben (Verantwortlich: Jörg Müller, Bis: 2025-04-01)');
    expect(md).toContain('- [ ] =Kosten "grob" schätzen');
    expect(md).toContain('**Crew:** Ayşe Öztürk (IHK)');
    expect(md).toContain('### Ohne Schritte');
  });

  it('has insights per room, vote tables and personas', () => {
    expect(md).toContain(
      '## Wichtigste Erkenntnisse\n\n### Anerkennung\n\n- Wartezeiten sind das größte Problem\n- \\*Netzwerke\\* helfen',
    );
    expect(md).toContain('| Lotsendienst **(Weiterverfolgt)** | 7 |');
    expect(md).toContain('| Sprachcafé \\| abends | 2 |');
    expect(md).toContain('- **Deutschniveau:** B1');
    expect(md).toContain('- **Geschichte:** Kam 2019 nach Köln.  \n  Arbeitet als Aushilfe.');
    expect(md).toContain('- **Schmerzpunkte:**\n  - Anerkennung dauert');
  });

  it('lists every station’s notes by group with team and dots, loose notes last', () => {
    expect(md).toContain(
      '## Notizen der Stationen\n\n### Anerkennung\n\n#### Gruppe: Lotsen (5 Punkte)\n\n- Lotsendienst (Team Süd, 7 Punkte)\n',
    );
    expect(md).toContain('#### Gruppe: Gruppe ohne Titel\n\n- Verloren;  \n  abends (Team Süd)\n');
    expect(md).toContain('#### Ohne Gruppe\n\n- Ohne Team\n');
  });

  it('uses English headings for an English workshop', () => {
    const en = resultsMarkdown(resultsFixture('en'));
    expect(en).toContain('## Solution ships');
    expect(en).toContain('Owner: Jörg Müller');
    expect(en).toContain('**Date:** 14 March 2025');
    expect(en).toContain('#### Group: Lotsen (5 dots)');
  });

  it('leaves out empty sections', () => {
    const empty = resultsMarkdown({
      ...resultsFixture(),
      promotedQuestions: [],
      questions: [],
      ships: [],
      insights: [],
      votes: [],
      personas: [],
      boards: [],
    });
    expect(empty).not.toContain('##');
  });
});
