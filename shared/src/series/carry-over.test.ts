import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createShip, readShips, type NewShip, type Ship } from '../board/ships.js';
import { carriedFromWorkshop, shipsToCarry } from './carry-over.js';

function harbour(...ships: NewShip[]): Y.Doc {
  const doc = new Y.Doc();
  for (const ship of ships) createShip(doc, ship);
  return doc;
}

function launch(doc: Y.Doc, ships: NewShip[]): Ship[] {
  for (const ship of ships) createShip(doc, ship);
  return readShips(doc);
}

const step = (text: string, done: boolean) => ({ text, owner: 'Kammer', due: '2025-03-01', done });

const JAN = 'JanJanJanJan';
const FEB = 'FebFebFebFeb';
const MAR = 'MarMarMarMar';

describe('carrying ships into the next session', () => {
  const january = harbour(
    {
      title: 'Mentoring für neue Fachkräfte',
      approach: 'Patenschaften im Betrieb',
      questionId: 'q-1',
      questionText: 'Wie können wir neue Kolleg:innen begleiten?',
      originStationId: 'discussion',
      perspectiveId: 'p-1',
      steps: [step('Paten finden', true), step('Leitfaden schreiben', false)],
      crew: [{ name: 'Ada', organisation: 'HWK Erfurt' }],
    },
    { title: 'Sprachkurs am Arbeitsplatz', steps: [step('Anbieter wählen', true), step('Kurs starten', true)] },
    { title: 'Willkommensmappe' },
  );
  const januaryShips = readShips(january);

  it('takes the open ships with their done steps and crew, and clears references into the old workshop', () => {
    const carried = shipsToCarry({ workshopId: JAN, ships: januaryShips }, { workshopId: FEB, ships: [] });
    expect(carried.map((s) => s.title)).toEqual(['Mentoring für neue Fachkräfte', 'Willkommensmappe']);
    const [mentoring] = carried;
    expect(mentoring!.steps).toEqual([step('Paten finden', true), step('Leitfaden schreiben', false)]);
    expect(mentoring!.crew).toEqual([{ name: 'Ada', organisation: 'HWK Erfurt' }]);
    expect(mentoring!.questionText).toBe('Wie können wir neue Kolleg:innen begleiten?');
    expect(mentoring).not.toHaveProperty('questionId');
    expect(mentoring).not.toHaveProperty('originStationId');
    expect(mentoring).not.toHaveProperty('perspectiveId');
  });

  it('marks where each ship was first launched, and reads back as such from the new harbour', () => {
    const february = launch(
      new Y.Doc(),
      shipsToCarry({ workshopId: JAN, ships: januaryShips }, { workshopId: FEB, ships: [] }),
    );
    expect(february.map((s) => s.carriedFrom)).toEqual([
      `${JAN}/${januaryShips[0]!.id}`,
      `${JAN}/${januaryShips[2]!.id}`,
    ]);
    expect(february.map((s) => carriedFromWorkshop(s.carriedFrom))).toEqual([JAN, JAN]);
    expect(february[0]!.steps.map((s) => s.done)).toEqual([true, false]);
    expect(carriedFromWorkshop('')).toBeNull();
  });

  it('never carries a ship twice: not when the same session is carried again, nor by a second route', () => {
    const febDoc = new Y.Doc();
    const once = launch(febDoc, shipsToCarry({ workshopId: JAN, ships: januaryShips }, { workshopId: FEB, ships: [] }));
    const again = shipsToCarry({ workshopId: JAN, ships: januaryShips }, { workshopId: FEB, ships: once });
    expect(again).toEqual([]);

    // January → February → March, then January → March directly: still one of each.
    const marDoc = new Y.Doc();
    const march = launch(marDoc, shipsToCarry({ workshopId: FEB, ships: once }, { workshopId: MAR, ships: [] }));
    expect(march).toHaveLength(2);
    expect(march.map((s) => s.carriedFrom)).toEqual(once.map((s) => s.carriedFrom));
    expect(shipsToCarry({ workshopId: JAN, ships: januaryShips }, { workshopId: MAR, ships: march })).toEqual([]);

    // A ship launched in February itself is new to March.
    const febOwn = launch(febDoc, [{ title: 'Neu im Februar' }]);
    const more = shipsToCarry({ workshopId: FEB, ships: febOwn }, { workshopId: MAR, ships: march });
    expect(more.map((s) => [s.title, s.carriedFrom])).toEqual([
      ['Neu im Februar', `${FEB}/${febOwn.find((s) => s.title === 'Neu im Februar')!.id}`],
    ]);
  });

  it('does not carry ships back into the session they started in', () => {
    const february = launch(
      new Y.Doc(),
      shipsToCarry({ workshopId: JAN, ships: januaryShips }, { workshopId: FEB, ships: [] }),
    );
    expect(shipsToCarry({ workshopId: FEB, ships: february }, { workshopId: JAN, ships: januaryShips })).toEqual([]);
  });

  it('keeps two different ships with the same title', () => {
    const twins = readShips(harbour({ title: 'Stammtisch' }, { title: 'Stammtisch' }));
    expect(shipsToCarry({ workshopId: JAN, ships: twins }, { workshopId: FEB, ships: [] })).toHaveLength(2);
  });
});
