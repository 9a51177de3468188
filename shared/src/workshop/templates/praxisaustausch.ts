import type { Station } from '../definition.js';
import { assemble, makeTeams, pick, type Bilingual, type WorkshopTemplate } from './template.js';

const T = {
  title: { de: 'Praxisaustausch', en: 'Practice exchange' },
  guidingQuestion: {
    de: 'Was brauchen Unternehmen, um internationale Fachkräfte erfolgreich zu gewinnen und zu integrieren?',
    en: 'What do companies need to recruit and integrate international skilled workers successfully?',
  },
  input: { de: 'Fachlicher Input', en: 'Expert input' },
  inputPrompt: {
    de: 'Kernaussagen des Inputs und Fragen, die dabei entstehen.',
    en: 'Key points of the input and the questions it raises.',
  },
  discussion: { de: 'Moderierte Diskussion', en: 'Moderated discussion' },
  discussionPrompt: {
    de: 'Erfahrungen aus der Praxis: Was hat funktioniert, wo hakt es?',
    en: 'Experience from practice: what worked, where are the obstacles?',
  },
  results: { de: 'Erkenntnisse und offene Fragen', en: 'Findings and open questions' },
  resultsPrompt: {
    de: 'Was nehmen wir mit? Welche Fragen bleiben für künftige Lösungen offen?',
    en: 'What do we take away? Which questions remain open for future solutions?',
  },
};

const PHASES: Array<{
  id: string;
  title: Bilingual;
  instruction: Bilingual;
  durationMinutes: number;
  stationId: string | null;
}> = [
  {
    id: 'welcome',
    title: { de: 'Begrüßung', en: 'Welcome' },
    instruction: {
      de: 'Kurze Vorstellungsrunde und Ziel des heutigen Austauschs.',
      en: 'A short round of introductions and today’s goal.',
    },
    durationMinutes: 10,
    stationId: null,
  },
  {
    id: 'input',
    title: T.input,
    instruction: {
      de: 'Kurze, kompakte Einführung in das Schwerpunktthema. Haltet Fragen auf dem Board fest.',
      en: 'A short, compact introduction to the focus topic. Note your questions on the board.',
    },
    durationMinutes: 25,
    stationId: 'input',
  },
  {
    id: 'discussion',
    title: T.discussion,
    instruction: {
      de: 'Moderierte Diskussion, bereichert durch eure Fragen und Erfahrungen.',
      en: 'A moderated discussion, enriched by your questions and experiences.',
    },
    durationMinutes: 50,
    stationId: 'discussion',
  },
  {
    id: 'findings',
    title: T.results,
    instruction: {
      de: 'Wir sammeln Erkenntnisse, Ergebnisse und Fragestellungen für künftige Lösungen. Sie werden dokumentiert und online veröffentlicht.',
      en: 'We collect findings, results and questions for future solutions. They are documented and published online.',
    },
    durationMinutes: 25,
    stationId: 'results',
  },
  {
    id: 'closing',
    title: { de: 'Abschluss und Ausblick', en: 'Closing and outlook' },
    instruction: {
      de: 'Danke! Das nächste Thema aus dem Jahresplan kündigen wir gleich an.',
      en: 'Thank you! We will announce the next topic from the yearly plan.',
    },
    durationMinutes: 10,
    stationId: null,
  },
];

/** Seed 004: a compact two-hour session — input, moderated discussion, documented findings. */
export const praxisaustausch: WorkshopTemplate = {
  id: 'praxisaustausch',
  name: T.title,
  description: {
    de: 'Zwei Stunden: kurzer fachlicher Input, moderierte Diskussion, dokumentierte Erkenntnisse und offene Fragen. Gedacht als monatliche Reihe nach einem Themenplan.',
    en: 'Two hours: short expert input, moderated discussion, documented findings and open questions. Meant as a monthly series following a topic plan.',
  },
  basedOn: {
    de: 'ThAFF Praxisaustausch (IQ Thüringen)',
    en: 'ThAFF practice exchange (IQ Thuringia)',
  },
  defaultTeamCount: 0,
  build(params, locale) {
    const stations: Station[] = [
      { id: 'input', kind: 'plenary', name: pick(T.input, locale), prompt: pick(T.inputPrompt, locale) },
      {
        id: 'discussion',
        kind: 'plenary',
        name: pick(T.discussion, locale),
        prompt: pick(T.discussionPrompt, locale),
      },
      { id: 'results', kind: 'plenary', name: pick(T.results, locale), prompt: pick(T.resultsPrompt, locale) },
    ];
    return assemble(this, params, locale, {
      title: T.title,
      guidingQuestion: T.guidingQuestion,
      teams: makeTeams(params.teamCount ?? this.defaultTeamCount),
      stations,
      phases: PHASES.map(({ stationId, ...phase }) => ({
        ...phase,
        mode: 'plenary',
        stationIds: stationId ? [stationId] : [],
      })),
    });
  },
};
