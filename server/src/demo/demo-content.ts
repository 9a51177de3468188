/**
 * What the demo workshop holds on a first start: enough of a morning to show
 * what a conference looks like (personas, notes in rooms, a question wall),
 * little enough to read in a minute. German, like the seed conference.
 */
import type { NewNote, Persona } from '@mutopia/shared';

export const DEMO_TITLE = 'Demo: Fachkraft im Fokus';
export const DEMO_TEAMS = 6;
/** The projector the printed projector link opens. */
export const DEMO_PROJECTOR = 'saal';

export const DEMO_PERSONAS: Record<string, Partial<Persona>> = {
  'team-1': {
    name: 'Amina',
    age: '34',
    origin: 'Marokko',
    profession: 'Pflegefachkraft',
    qualification: 'Bachelor Krankenpflege (Rabat)',
    germanLevel: 'B1',
    residenceStatus: '§ 16d AufenthG (Anerkennungsmaßnahme)',
    family: 'Verheiratet, zwei Kinder (4 und 7), die noch in Rabat leben.',
    goals: 'Volle Anerkennung als Pflegefachfrau, ihre Familie nachholen.',
    story: 'Arbeitet als Pflegehilfskraft in Halle und lernt abends für die Kenntnisprüfung.',
  },
  'team-2': {
    name: 'Dmytro',
    age: '41',
    origin: 'Ukraine',
    profession: 'Elektroingenieur',
    qualification: 'Diplom Elektrotechnik (Charkiw)',
    germanLevel: 'A2',
    residenceStatus: '§ 24 AufenthG',
    goals: 'Wieder als Ingenieur arbeiten statt als Lagerhelfer.',
    story: 'Seit 2022 in Leipzig; der Integrationskurs endet bald, ein Berufssprachkurs ist nicht in Sicht.',
  },
  'team-3': {
    name: 'Luz',
    age: '26',
    origin: 'Kolumbien',
    profession: 'Köchin',
    qualification: 'Técnico en cocina (SENA)',
    germanLevel: 'A2',
    residenceStatus: '§ 16a AufenthG (Ausbildung)',
    goals: 'Die Ausbildung abschließen und im Betrieb bleiben.',
    story: 'Im zweiten Lehrjahr; die Berufsschule ist schwer, die Küche liebt sie.',
  },
};

export const DEMO_PAIN_POINTS: Record<string, string[]> = {
  'team-1': ['Die Kenntnisprüfung hat Wartezeiten von acht Monaten.', 'Kinderbetreuung passt nicht zum Schichtdienst.'],
  'team-2': ['Kein Berufssprachkurs für Technik in erreichbarer Nähe.'],
  'team-3': ['Fachbegriffe in der Berufsschule versteht sie nur mit Übersetzer.'],
};

/** Notes on a team's space, by team. */
export const DEMO_TEAM_NOTES: Record<string, NewNote[]> = {
  'team-1': [
    { x: 0, y: 0, color: 'yellow', text: 'Wer berät Amina zur Anerkennung – Arbeitgeber oder Beratungsstelle?' },
    { x: 220, y: 0, color: 'pink', text: 'Schicht + Sprachkurs + Prüfung: zu viel gleichzeitig' },
  ],
  'team-2': [
    { x: 0, y: 0, color: 'blue', text: 'Mentoring durch Ingenieur:innen im Ruhestand?' },
    { x: 220, y: 0, color: 'yellow', text: 'Teilanerkennung + Anpassungsqualifizierung prüfen' },
  ],
  'team-3': [{ x: 0, y: 0, color: 'green', text: 'Sprachförderung direkt im Betrieb, während der Arbeitszeit' }],
};

/** Notes in the first solution room. */
export const DEMO_ROOM_NOTES: NewNote[] = [
  { x: 0, y: 0, color: 'yellow', text: 'Berufsbezogene Sprachkurse am Abend und online' },
  { x: 220, y: 0, color: 'green', text: 'Sprachpat:innen aus dem Kollegium' },
  { x: 440, y: 0, color: 'blue', text: 'Fachwortschatz-Karten für Pflege und Küche' },
];

export function welcomeNotes(freeBoardPath: string | null): NewNote[] {
  return [
    {
      x: 0,
      y: 0,
      color: 'orange',
      w: 400,
      text: 'Willkommen zur Demo! Die Moderationskonsole steuert Phasen, Timer und Beamer; Teilnehmende treten mit dem Code bei.',
    },
    ...(freeBoardPath
      ? [
          {
            x: 440,
            y: 0,
            color: 'yellow' as const,
            text: `Ein freies Board ohne Workshop zum Ausprobieren: ${freeBoardPath}`,
          },
        ]
      : []),
  ];
}

/** The question wall: a "Wie können wir …?" question from most teams, some with a theme (solution room). */
export const DEMO_QUESTIONS: Array<{ teamId: string; text: string; themeId: string | null }> = [
  {
    teamId: 'team-1',
    text: 'Wie können wir Anerkennungsverfahren in der Pflege so begleiten, dass niemand monatelang wartet?',
    themeId: 'solution-room-qualifizierung',
  },
  {
    teamId: 'team-2',
    text: 'Wie können wir berufsbezogene Sprachkurse dorthin bringen, wo die Menschen arbeiten?',
    themeId: 'solution-room-sprache',
  },
  {
    teamId: 'team-3',
    text: 'Wie können wir Betriebe dabei unterstützen, Auszubildende durch die Berufsschule zu tragen?',
    themeId: null,
  },
  {
    teamId: 'team-4',
    text: 'Wie können wir Familien von Fachkräften von Anfang an mitdenken?',
    themeId: null,
  },
  {
    teamId: 'team-5',
    text: 'Wie können wir Beratungsstellen, Jobcenter und Arbeitgeber an einen Tisch bringen?',
    themeId: null,
  },
];
