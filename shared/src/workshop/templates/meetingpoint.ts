import type { Station } from '../definition.js';
import { assemble, makeTeams, pick, type Bilingual, type WorkshopTemplate } from './template.js';

const THEMED_ROOMS: Bilingual[] = [
  {
    de: 'Gewinnung von Pendler:innen und Zugang zu Rückkehrwilligen und Zuwander:innen aus anderen Bundesländern',
    en: 'Attracting commuters and reaching returnees and newcomers from other federal states',
  },
  {
    de: 'Gewinnung von internationalen Fachkräften aus dem Ausland',
    en: 'Recruiting skilled workers from abroad',
  },
  {
    de: 'Arbeitgeber und Arbeitgeberattraktivität – u. a. Stärkung der beruflichen (Weiter-)Bildung',
    en: 'Employers and employer attractiveness – including stronger vocational (further) training',
  },
  {
    de: 'Erschließung des ländlichen Raums für Aktivitäten der Welcome Center',
    en: 'Opening up rural areas for the work of the Welcome Centers',
  },
];

const STANDS: Bilingual[] = [
  { de: 'Sachsen', en: 'Saxony' },
  { de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' },
  { de: 'Thüringen', en: 'Thuringia' },
  { de: 'Brandenburg', en: 'Brandenburg' },
  { de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania' },
];

const T = {
  title: { de: 'Meetingpoint Fachkräfteinitiativen', en: 'Meeting point of skilled-labour initiatives' },
  guidingQuestion: {
    de: 'Welche Strategien und Best-Practice-Beispiele der Länder helfen uns bei der Fachkräftesicherung weiter?',
    en: 'Which strategies and good practices from the federal states help us secure skilled labour?',
  },
  plenary: { de: 'Plenum', en: 'Plenary' },
  stand: { de: 'Stand', en: 'Stand' },
  standPrompt: {
    de: 'Was macht die Initiative besonders? Notiert Fragen und Ideen zum Mitnehmen.',
    en: 'What makes this initiative special? Note questions and ideas to take home.',
  },
  themedRoom: { de: 'Themenraum', en: 'Themed room' },
  themedRoomPrompt: {
    de: 'Erfahrungen, Erfolge und Herausforderungen: Was funktioniert bei euch? Die Moderation hält die zentralen Erkenntnisse fest.',
    en: 'Experiences, successes and challenges: what works for you? The moderator records the key insights.',
  },
};

const PHASES: Array<{
  id: string;
  title: Bilingual;
  instruction: Bilingual;
  durationMinutes: number;
  mode: 'plenary' | 'selfSelect';
  stations: 'none' | 'plenary' | 'stands' | 'themedRooms';
  rounds?: number;
}> = [
  {
    id: 'welcome',
    title: { de: 'Begrüßung und Impuls', en: 'Welcome and keynote' },
    instruction: {
      de: 'Grußworte und ein Impuls zur Entwicklung des Arbeitsmarktes.',
      en: 'Welcome addresses and a keynote on labour-market trends.',
    },
    durationMinutes: 30,
    mode: 'plenary',
    stations: 'plenary',
  },
  {
    id: 'initiatives',
    title: { de: 'Vorstellung der Initiativen', en: 'The initiatives introduce themselves' },
    instruction: {
      de: 'Jedes Land stellt seine Fachkräfteinitiative und aktuelle Maßnahmen kurz vor.',
      en: 'Each state briefly presents its skilled-labour initiative and current measures.',
    },
    durationMinutes: 30,
    mode: 'plenary',
    stations: 'plenary',
  },
  {
    id: 'stand-tour',
    title: { de: 'Rundgang an den Präsentationsständen', en: 'Tour of the presentation stands' },
    instruction: {
      de: 'Geht von Stand zu Stand, kommt ins Gespräch und haltet Fragen und Ideen auf dem Board des Standes fest.',
      en: 'Go from stand to stand, talk to people and note questions and ideas on the stand’s board.',
    },
    durationMinutes: 30,
    mode: 'selfSelect',
    stations: 'stands',
  },
  {
    id: 'themed-rooms',
    title: { de: 'Themenräume', en: 'Themed rooms' },
    instruction: {
      de: 'Wählt einen Themenraum. Nach Runde 1 und einer kurzen Pause wechselt ihr in einen anderen Raum.',
      en: 'Choose a themed room. After round 1 and a short break, you switch to a different room.',
    },
    durationMinutes: 45,
    mode: 'selfSelect',
    stations: 'themedRooms',
    rounds: 2,
  },
  {
    id: 'key-insights',
    title: { de: 'Zentrale Erkenntnisse', en: 'Key insights' },
    instruction: {
      de: 'Die Moderator:innen stellen die zentralen Erkenntnisse aus jedem Themenraum vor.',
      en: 'The moderators present the key insights from each themed room.',
    },
    durationMinutes: 30,
    mode: 'plenary',
    stations: 'themedRooms',
  },
  {
    id: 'closing',
    title: { de: 'Fazit und Ausblick', en: 'Conclusion and outlook' },
    instruction: {
      de: 'Danke fürs Mitmachen! Die Ergebnisse werden dokumentiert und geteilt.',
      en: 'Thank you for taking part! The results will be documented and shared.',
    },
    durationMinutes: 10,
    mode: 'plenary',
    stations: 'plenary',
  },
];

/** Seeds 001/002: presentation stands, four themed rooms in two self-selected rounds, key insights. */
export const meetingpoint: WorkshopTemplate = {
  id: 'meetingpoint',
  name: { de: 'Meetingpoint / Themenräume', en: 'Meeting point / themed rooms' },
  description: {
    de: 'Rundgang an Präsentationsständen, vier Themenräume in zwei Runden mit freier Raumwahl und begrenzten Plätzen, zentrale Erkenntnisse zum Abschluss. Für rund 100 Menschen.',
    en: 'A tour of presentation stands, four themed rooms in two rounds with free choice and limited places, key insights at the end. For about 100 people.',
  },
  basedOn: {
    de: 'Zweites Austauschtreffen der Fachkräfteinitiativen, Magdeburg',
    en: 'Second exchange of the skilled-labour initiatives, Magdeburg',
  },
  defaultTeamCount: 0,
  build(params, locale) {
    const teams = makeTeams(params.teamCount ?? this.defaultTeamCount);
    const stations: Station[] = [
      { id: 'plenary', kind: 'plenary', name: pick(T.plenary, locale), prompt: '' },
      ...STANDS.map((stand, i): Station => ({
        id: `stand-${i + 1}`,
        kind: 'stand',
        name: `${pick(T.stand, locale)}: ${pick(stand, locale)}`,
        prompt: pick(T.standPrompt, locale),
      })),
      ...THEMED_ROOMS.map((room, i): Station => ({
        id: `themed-room-${i + 1}`,
        kind: 'themedRoom',
        name: `${pick(T.themedRoom, locale)} ${i + 1}: ${pick(room, locale)}`,
        prompt: pick(T.themedRoomPrompt, locale),
        capacity: 30,
      })),
    ];
    const group = (which: (typeof PHASES)[number]['stations']): string[] =>
      which === 'none'
        ? []
        : stations
            .filter((s) => s.kind === { plenary: 'plenary', stands: 'stand', themedRooms: 'themedRoom' }[which])
            .map((s) => s.id);
    return assemble(this, params, locale, {
      title: T.title,
      guidingQuestion: T.guidingQuestion,
      teams,
      stations,
      phases: PHASES.map(({ stations: which, ...phase }) => ({ ...phase, stationIds: group(which) })),
    });
  },
};
