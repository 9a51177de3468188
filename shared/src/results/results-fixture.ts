/** A small but complete set of results for the renderers' tests (not used by the app). */
import { emptyPersona } from '../board/persona.js';
import type { Locale } from '../workshop/definition.js';
import type { ResultNote } from './board-notes.js';
import type { ResultQuestion, WorkshopResults } from './results-schema.js';

const note: ResultNote = {
  id: 'n0',
  text: '',
  teamId: 'team-1',
  teamName: 'Team Süd',
  teamColor: '#aa3300',
  votes: 0,
  x: 20,
  y: 80,
  w: 180,
  h: 180,
  color: 'yellow',
};

export function resultsFixture(locale: Locale = 'de'): WorkshopResults {
  const question: ResultQuestion = {
    id: 'q1',
    text: 'Wie können wir Anerkennung beschleunigen?',
    teamId: 'team-1',
    teamName: 'Team Süd',
    teamColor: '#aa3300',
    themeId: 'room-1',
    themeName: 'Anerkennung',
    promotedRank: 1,
  };
  return {
    workshop: {
      title: 'Weiterbildungskonferenz Köln',
      date: '2025-03-14',
      venue: 'Rathaus; Saal 2',
      guidingQuestion: 'Wie gelingt Integration in Arbeit?',
      locale,
    },
    promotedQuestions: [question],
    questions: [
      question,
      {
        ...question,
        id: 'q2',
        teamId: 'team-2',
        teamName: 'Team Nord',
        text: 'Wie „fördern“ wir Sprache?',
        promotedRank: null,
      },
    ],
    ships: [
      {
        id: 's1',
        title: 'Lotsendienst für Anerkennung',
        approach: 'Ein Ansprechpartner;\nvon Anfang an',
        questionId: 'q1',
        questionText: question.text,
        perspectiveId: 'p1',
        budgetTierId: 'b1',
        originStationId: 'mutopia-1',
        carriedFrom: '',
        createdAt: 1,
        perspective: 'Arbeitgeber',
        budget: 'Kleines Budget',
        originStation: '[M]Utopie 1',
        open: true,
        steps: [
          { id: 'st1', text: 'Träger anschreiben', owner: 'Jörg Müller', due: '2025-04-01', done: true },
          { id: 'st2', text: '=Kosten "grob" schätzen', owner: '', due: '', done: false },
        ],
        crew: [{ id: 'c1', name: 'Ayşe Öztürk', organisation: 'IHK' }],
      },
      {
        id: 's2',
        title: 'Ohne Schritte',
        approach: '',
        questionId: '',
        questionText: '',
        perspectiveId: '',
        budgetTierId: '',
        originStationId: '',
        carriedFrom: '',
        createdAt: 2,
        perspective: '',
        budget: '',
        originStation: '',
        open: true,
        steps: [],
        crew: [],
      },
    ],
    insights: [
      {
        stationId: 'room-1',
        stationName: 'Anerkennung',
        kind: 'solutionRoom',
        insights: [
          { id: 'i1', text: 'Wartezeiten sind das größte Problem' },
          { id: 'i2', text: '*Netzwerke* helfen' },
        ],
      },
    ],
    votes: [
      {
        id: 'v1',
        title: 'Welche Ansätze weiter?',
        stationId: 'mutopia-1',
        stationName: '[M]Utopie 1',
        budget: 3,
        items: [
          { id: 'n1', kind: 'note', label: 'Lotsendienst', count: 7 },
          { id: 'n2', kind: 'note', label: 'Sprachcafé | abends', count: 2 },
        ],
        promoted: ['n1'],
      },
    ],
    personas: [
      {
        teamId: 'team-1',
        teamName: 'Team Süd',
        teamColor: '#aa3300',
        stationId: 'space-1',
        persona: {
          ...emptyPersona(),
          name: 'Amira',
          age: '34',
          germanLevel: 'B1',
          story: 'Kam 2019 nach Köln.\nArbeitet als Aushilfe.',
          painPoints: [{ id: 'pp1', text: 'Anerkennung dauert', themeIds: ['room-1'] }],
        },
      },
    ],
    stations: [{ id: 'room-1', name: 'Anerkennung', kind: 'solutionRoom' }],
    boards: [
      {
        stationId: 'room-1',
        stationName: 'Anerkennung',
        kind: 'solutionRoom',
        groups: [
          {
            id: 'g1',
            title: 'Lotsen',
            votes: 5,
            notes: [{ ...note, id: 'n1', text: 'Lotsendienst', votes: 7 }],
            x: 0,
            y: 0,
            w: 400,
            h: 300,
            color: 'blue',
          },
          {
            id: 'g2',
            title: '',
            votes: 0,
            notes: [{ ...note, id: 'n3', text: 'Verloren;\nabends' }],
            x: 500,
            y: 0,
            w: 400,
            h: 300,
            color: 'green',
          },
        ],
        loose: [{ ...note, id: 'n4', text: 'Ohne Team', teamId: '', teamName: '', teamColor: '', x: 0, y: 400 }],
      },
    ],
  };
}
