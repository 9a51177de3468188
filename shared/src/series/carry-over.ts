/**
 * Carrying solution ships from one session of a series into the next.
 *
 * - Only open ships sail on (`isShipOpen`: a step is not done yet, or there are none).
 * - Done steps are kept, still marked done: the next session sees what has been
 *   achieved and who did it, and the ship's story stays whole in its results.
 *   The crew comes along too.
 * - References into the old workshop (its question, station, perspective, budget
 *   tier ids) would point at nothing, or at something else, in the new one; they
 *   are cleared. The question's text is kept, so the ship still reads on its own.
 * - `carriedFrom` names where the ship was first launched, as
 *   `<workshopId>/<shipId>`, and keeps that through every later carry. It is the
 *   ship's identity across sessions: a ship whose origin is already in the target
 *   harbour is not carried again, whether the same session is carried twice or
 *   the ship reaches it by two routes.
 */
import { isShipOpen, type NewShip, type Ship } from '../board/ships.js';

/** The first launch of a ship seen in `workshopId`: its `carriedFrom`, or itself when it started there. */
export function shipOrigin(ship: Pick<Ship, 'id' | 'carriedFrom'>, workshopId: string): string {
  return ship.carriedFrom || `${workshopId}/${ship.id}`;
}

/** The workshop a carried ship was first launched in, or null for a ship that started where it is. */
export function carriedFromWorkshop(carriedFrom: string): string | null {
  if (!carriedFrom) return null;
  const slash = carriedFrom.indexOf('/');
  return slash < 0 ? carriedFrom : carriedFrom.slice(0, slash);
}

/**
 * The ships to launch in the target harbour (in the source's order), ready for
 * `createShip`. `target` lists what the target harbour holds already.
 */
export function shipsToCarry(
  source: { workshopId: string; ships: readonly Ship[] },
  target: { workshopId: string; ships: readonly Ship[] },
): NewShip[] {
  const present = new Set(target.ships.map((ship) => shipOrigin(ship, target.workshopId)));
  const carried: NewShip[] = [];
  for (const ship of source.ships) {
    if (!isShipOpen(ship)) continue;
    const origin = shipOrigin(ship, source.workshopId);
    if (present.has(origin)) continue;
    present.add(origin);
    carried.push({
      title: ship.title,
      approach: ship.approach,
      questionText: ship.questionText,
      carriedFrom: origin,
      steps: ship.steps.map(({ text, owner, due, done }) => ({ text, owner, due, done })),
      crew: ship.crew.map(({ name, organisation }) => ({ name, organisation })),
    });
  }
  return carried;
}
