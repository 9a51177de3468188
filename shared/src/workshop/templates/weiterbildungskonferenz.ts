import type { Station, StationInput } from '../definition.js';
import { assemble, makeTeams, pick, type Bilingual, type WorkshopTemplate } from './template.js';

/** The pain-point themes of the five solution rooms (seed 000). */
export const SOLUTION_ROOM_THEMES: ReadonlyArray<{ id: string; name: Bilingual }> = [
  {
    id: 'sprache',
    name: { de: 'Sprach- und Alltagskompetenzvermittlung', en: 'Language and everyday skills' },
  },
  {
    id: 'qualifizierung',
    name: {
      de: 'Arbeitsmarktnahe Qualifizierung & Anerkennung',
      en: 'Labour-market qualification & recognition',
    },
  },
  {
    id: 'vernetzung',
    name: {
      de: 'Zivilgesellschaftliche Vernetzung & Selbstorganisation',
      en: 'Civil-society networks & self-organisation',
    },
  },
  {
    id: 'rechtsberatung',
    name: {
      de: 'Rechtsberatung & psychosoziale Begleitung',
      en: 'Legal advice & psychosocial support',
    },
  },
  {
    id: 'bindung',
    name: { de: 'Langfristige Bindung & Perspektive', en: 'Long-term retention & prospects' },
  },
];

const EXPERT_TABLES: Bilingual[] = [
  { de: 'Welcome Center', en: 'Welcome Center' },
  { de: 'Arbeitsagentur & Jobcenter', en: 'Employment agency & job centre' },
  { de: 'Handwerkskammer', en: 'Chamber of crafts' },
  { de: 'Berufliche Bildung im Erwerbsleben', en: 'Vocational training while employed' },
];

const PERSPECTIVES: Array<{ id: string; name: string; motto: Bilingual }> = [
  {
    id: 'pippi',
    name: 'Pippi Langstrumpf',
    motto: {
      de: '„Das habe ich noch nie gemacht, also bin ich mir völlig sicher, dass ich es schaffe.“',
      en: '“I have never tried that before, so I am completely sure I can do it.”',
    },
  },
  {
    id: 'agassi-graf',
    name: 'Andre Agassi & Steffi Graf',
    motto: { de: '„Ich blicke nie zurück, ich schaue nach vorn.“', en: '“I never look back, I look forward.”' },
  },
  {
    id: 'einstein',
    name: 'Albert Einstein',
    motto: {
      de: '„Die Definition von Wahnsinn ist, immer wieder das Gleiche zu tun und andere Ergebnisse zu erwarten.“',
      en: '“The definition of insanity is doing the same thing over and over and expecting different results.”',
    },
  },
];

const BUDGET_TIERS: Array<{ id: string; label: Bilingual }> = [
  { id: 'one-euro', label: { de: '1 € Budget', en: '€1 budget' } },
  { id: 'small', label: { de: '10.000 €', en: '€10,000' } },
  { id: 'large', label: { de: '1 Mio. €', en: '€1 million' } },
  { id: 'unlimited', label: { de: 'Geld spielt keine Rolle', en: 'Money is no object' } },
];

/** Questions the leaders promote from the question wall; each gets one [M]Utopie station per perspective. */
const PROMOTED_QUESTIONS = 6;

const T = {
  title: { de: 'Weiterbildungskonferenz', en: 'Continuing education conference' },
  guidingQuestion: {
    de: 'Wie können wir die Zusammenarbeit und Vernetzung der Akteur:innen in der Beratung ausländischer Fachkräfte verbessern, den Herausforderungen in der beruflichen Weiterentwicklung begegnen und gleichzeitig die Beschäftigung stabilisieren?',
    en: 'How might we improve cooperation and networking among those who advise skilled workers from abroad, meet the challenges of their professional development and at the same time stabilise employment?',
  },
  questionWall: { de: 'Fragenwand „Wie können wir …?“', en: '“How might we …?” question wall' },
  questionWallPrompt: {
    de: 'Jedes Team formuliert eine Frage, die mit „Wie können wir …“ beginnt.',
    en: 'Each team writes one question that starts with “How might we …”.',
  },
  harbour: { de: 'Hafen der Lösungsschiffe', en: 'Harbour of solution ships' },
  harbourPrompt: {
    de: 'Hier laufen alle Lösungsschiffe mit ihren ersten Schritten ein.',
    en: 'All solution ships arrive here with their first steps.',
  },
  plenary: { de: 'Plenum', en: 'Plenary' },
  teamSpacePrompt: {
    de: 'Eure Persona: Wer ist sie, was will sie erreichen, wo hakt es?',
    en: 'Your persona: who are they, what do they want to achieve, where are they stuck?',
  },
  solutionRoom: { de: 'Lösungsraum', en: 'Solution room' },
  solutionRoomPrompt: {
    de: 'Was braucht eure Persona hier? Welche Angebote gibt es, was fehlt?',
    en: 'What does your persona need here? Which offers exist, what is missing?',
  },
  expertTable: { de: 'Expert:innentisch', en: 'Expert table' },
  expertTablePrompt: {
    de: 'Hört die Praxisbeispiele und stellt gezielte Fragen zu eurem Fallbeispiel.',
    en: 'Listen to the practice examples and ask targeted questions about your case.',
  },
  question: { de: 'Frage', en: 'Question' },
  mutopiaPrompt: {
    de: 'Entwickelt aus dieser Perspektive und mit diesem Budget mutige Lösungsansätze.',
    en: 'Develop bold approaches from this perspective and with this budget.',
  },
};

const PHASES: Array<{
  id: string;
  title: Bilingual;
  instruction: Bilingual;
  durationMinutes: number;
  mode: 'plenary' | 'teamSpace' | 'rotation' | 'split' | 'selfSelect' | 'continue';
  stations: 'none' | 'plenary' | 'solutionRooms' | 'expertTables' | 'questionWall' | 'mutopia' | 'harbour';
  rounds?: number;
}> = [
  {
    id: 'welcome',
    title: { de: 'Begrüßung und Einführung', en: 'Welcome and introduction' },
    instruction: {
      de: 'Willkommen! Wir stellen das Konferenzformat und die Arbeitsunterlagen vor.',
      en: 'Welcome! We introduce the conference format and the working materials.',
    },
    durationMinutes: 20,
    mode: 'plenary',
    stations: 'plenary',
  },
  {
    id: 'persona',
    title: { de: 'Persona kennenlernen', en: 'Meet your persona' },
    instruction: {
      de: 'Schlüpft als Team in die Rolle eurer Persona. Lest das Fallbeispiel und haltet ihre Ziele und Schmerzpunkte fest.',
      en: 'As a team, step into your persona’s shoes. Read the case and note their goals and pain points.',
    },
    durationMinutes: 20,
    mode: 'teamSpace',
    stations: 'none',
  },
  {
    id: 'solution-rooms',
    title: { de: 'Rundgang durch die Lösungsräume', en: 'Tour of the solution rooms' },
    instruction: {
      de: 'Besucht als Team nacheinander alle fünf Lösungsräume. Sammelt, was eurer Persona hilft und was fehlt.',
      en: 'Visit all five solution rooms as a team, one after the other. Collect what helps your persona and what is missing.',
    },
    durationMinutes: 12,
    mode: 'rotation',
    stations: 'solutionRooms',
    rounds: SOLUTION_ROOM_THEMES.length,
  },
  {
    id: 'expert-tables',
    title: { de: 'Expert:innentische', en: 'Expert tables' },
    instruction: {
      de: 'Teilt euch auf die Expert:innentische auf. Bringt danach eure Erkenntnisse ins Team zurück.',
      en: 'Split up across the expert tables. Bring what you learn back to your team afterwards.',
    },
    durationMinutes: 30,
    mode: 'split',
    stations: 'expertTables',
  },
  {
    id: 'how-might-we',
    title: { de: '„Wie können wir …?“-Frage formulieren', en: 'Write your “How might we …?” question' },
    instruction: {
      de: 'Formuliert im Team eine gezielte Frage, die mit „Wie können wir …“ beginnt, und reicht sie an der Fragenwand ein.',
      en: 'As a team, write one focused question that starts with “How might we …” and submit it to the question wall.',
    },
    durationMinutes: 15,
    mode: 'teamSpace',
    stations: 'none',
  },
  {
    id: 'prioritisation',
    title: { de: 'Priorisierung der Fragen', en: 'Prioritising the questions' },
    instruction: {
      de: 'Alle Fragen hängen an der Fragenwand. Die Leitung wählt sechs praxisrelevante Fragen für den Nachmittag aus.',
      en: 'All questions are on the question wall. The leaders choose six practice-relevant questions for the afternoon.',
    },
    durationMinutes: 20,
    mode: 'plenary',
    stations: 'questionWall',
  },
  {
    id: 'lunch',
    title: { de: 'Mittagspause', en: 'Lunch break' },
    instruction: { de: 'Guten Appetit!', en: 'Enjoy your lunch!' },
    durationMinutes: 45,
    mode: 'plenary',
    stations: 'none',
  },
  {
    id: 'mutopia',
    title: { de: '[M]Utopie-Stationen', en: '[M]Utopia stations' },
    instruction: {
      de: 'Wählt eine Station: eine Frage, eine Perspektive, ein Budget. Entwickelt mutige Lösungsansätze.',
      en: 'Choose a station: one question, one perspective, one budget. Develop bold approaches.',
    },
    durationMinutes: 45,
    mode: 'selfSelect',
    stations: 'mutopia',
  },
  {
    id: 'solution-ships',
    title: { de: 'Lösungsschiffe bauen', en: 'Build solution ships' },
    instruction: {
      de: 'Priorisiert an eurer Station zwei Ansätze und macht daraus Lösungsschiffe mit konkreten ersten Schritten.',
      en: 'At your station, prioritise two approaches and turn them into solution ships with concrete first steps.',
    },
    durationMinutes: 30,
    mode: 'continue',
    stations: 'mutopia',
  },
  {
    id: 'harbour',
    title: { de: 'Hafen und Abschluss', en: 'Harbour and closing' },
    instruction: {
      de: 'Die Lösungsschiffe laufen im Hafen ein. Danke für eure Mitgestaltung!',
      en: 'The solution ships arrive in the harbour. Thank you for shaping this with us!',
    },
    durationMinutes: 20,
    mode: 'plenary',
    stations: 'harbour',
  },
];

/** Seed 000: personas, solution rooms, expert tables, question wall, [M]Utopie stations, solution ships. */
export const weiterbildungskonferenz: WorkshopTemplate = {
  id: 'weiterbildungskonferenz',
  name: T.title,
  description: {
    de: 'Personas je Team, fünf Lösungsräume im Rundlauf, Expert:innentische, „Wie können wir …?“-Fragen, [M]Utopie-Stationen und Lösungsschiffe. Für rund 120 Menschen in 30 Teams.',
    en: 'A persona per team, five solution rooms in rotation, expert tables, “How might we …?” questions, [M]Utopia stations and solution ships. For about 120 people in 30 teams.',
  },
  basedOn: {
    de: '3. Weiterbildungskonferenz „Fachkraft im Fokus“, Halle (Saale)',
    en: '3rd continuing education conference “Fachkraft im Fokus”, Halle (Saale)',
  },
  defaultTeamCount: 30,
  build(params, locale) {
    const teams = makeTeams(params.teamCount ?? this.defaultTeamCount);
    const stations: StationInput[] = [
      { id: 'plenary', kind: 'plenary', name: pick(T.plenary, locale), prompt: '' },
      // Named after its team when read (stationName), so a renamed team renames its space.
      ...teams.map((team): StationInput => ({
        id: `space-${team.id}`,
        kind: 'teamSpace',
        prompt: pick(T.teamSpacePrompt, locale),
        teamId: team.id,
      })),
      ...SOLUTION_ROOM_THEMES.map((theme, i): Station => ({
        id: `solution-room-${theme.id}`,
        kind: 'solutionRoom',
        name: `${pick(T.solutionRoom, locale)} ${i + 1}: ${pick(theme.name, locale)}`,
        prompt: pick(T.solutionRoomPrompt, locale),
      })),
      ...EXPERT_TABLES.map((table, i): Station => ({
        id: `expert-table-${i + 1}`,
        kind: 'expertTable',
        name: `${pick(T.expertTable, locale)} ${i + 1}: ${pick(table, locale)}`,
        prompt: pick(T.expertTablePrompt, locale),
      })),
      {
        id: 'question-wall',
        kind: 'questionWall',
        name: pick(T.questionWall, locale),
        prompt: pick(T.questionWallPrompt, locale),
      },
      ...Array.from({ length: PROMOTED_QUESTIONS }, (_, q) =>
        PERSPECTIVES.map((perspective, p): Station => ({
          id: `mutopia-${q + 1}-${perspective.id}`,
          kind: 'mutopia',
          name: `${pick(T.question, locale)} ${q + 1} · ${perspective.name}`,
          prompt: pick(T.mutopiaPrompt, locale),
          capacity: 8,
          perspectiveId: perspective.id,
          // Budget tiers rotate so every question is thought through with more than one budget.
          budgetTierId: BUDGET_TIERS[(q + p) % BUDGET_TIERS.length]!.id,
        })),
      ).flat(),
      { id: 'harbour', kind: 'harbour', name: pick(T.harbour, locale), prompt: pick(T.harbourPrompt, locale) },
    ];
    const byGroup = (group: (typeof PHASES)[number]['stations']): string[] => {
      const kinds: Record<typeof group, string | null> = {
        none: null,
        plenary: 'plenary',
        solutionRooms: 'solutionRoom',
        expertTables: 'expertTable',
        questionWall: 'questionWall',
        mutopia: 'mutopia',
        harbour: 'harbour',
      };
      return stations.filter((s) => s.kind === kinds[group]).map((s) => s.id);
    };
    return assemble(this, params, locale, {
      title: T.title,
      guidingQuestion: T.guidingQuestion,
      teams,
      stations,
      phases: PHASES.map(({ stations: group, ...phase }) => ({ ...phase, stationIds: byGroup(group) })),
      perspectives: PERSPECTIVES.map((p) => ({ id: p.id, name: p.name, motto: pick(p.motto, locale) })),
      budgetTiers: BUDGET_TIERS.map((b) => ({ id: b.id, label: pick(b.label, locale) })),
    });
  },
};
