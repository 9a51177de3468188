/**
 * Solution ships (seed 000): an approach turned into action-oriented first steps.
 * All ships of a workshop sail in one document, the harbour station's board, so
 * the harbour shows them together and a station's team edits its own there.
 *
 *   doc.getMap('ships')  shipId → Y.Map {
 *     title, approach: Y.Text
 *     questionId, questionText, perspectiveId, budgetTierId, originStationId, carriedFrom: string
 *     createdAt, order: number
 *     steps: Y.Map<stepId, Y.Map { text: Y.Text, owner: Y.Text, due: string (YYYY-MM-DD or ''), done: boolean, order }>
 *     crew:  Y.Map<memberId, Y.Map { name: Y.Text, organisation: Y.Text, order }>
 *   }
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { CONTENT_LIMITS } from './content-limits.js';
import { newItemId, setTextField, textOf } from './y-text.js';

const short = z.string().max(CONTENT_LIMITS.shortText);
const long = z.string().max(CONTENT_LIMITS.longText);
const ref = z.string().max(64);
const dueDate = z.iso.date();

export const shipStepSchema = z.object({
  id: z.string().min(1).max(64),
  text: long,
  owner: short,
  /** ISO date or '' when none was set. */
  due: dueDate.or(z.literal('')),
  done: z.boolean(),
});
export type ShipStep = z.infer<typeof shipStepSchema>;

export const crewMemberSchema = z.object({
  id: z.string().min(1).max(64),
  name: short,
  organisation: short,
});
export type CrewMember = z.infer<typeof crewMemberSchema>;

export const shipSchema = z.object({
  id: z.string().min(1).max(64),
  title: short,
  approach: long,
  /** The promoted question it answers ('' when none); the text is kept so an export reads on its own. */
  questionId: ref,
  questionText: long,
  perspectiveId: ref,
  budgetTierId: ref,
  /** The station where the approach was developed ('' when made in the harbour). */
  originStationId: ref,
  /** Series: the workshop this ship was carried over from ('' when it started here). */
  carriedFrom: ref,
  createdAt: z.number().int().nonnegative(),
  steps: z.array(shipStepSchema).max(CONTENT_LIMITS.stepsPerShip),
  crew: z.array(crewMemberSchema).max(CONTENT_LIMITS.crewPerShip),
});
export type Ship = z.infer<typeof shipSchema>;

export const newShipSchema = shipSchema
  .omit({ id: true, createdAt: true, steps: true, crew: true })
  .partial()
  .extend({
    title: short,
    steps: z
      .array(shipStepSchema.omit({ id: true }))
      .max(CONTENT_LIMITS.stepsPerShip)
      .optional(),
    crew: z
      .array(crewMemberSchema.omit({ id: true }))
      .max(CONTENT_LIMITS.crewPerShip)
      .optional(),
  });
export type NewShip = z.input<typeof newShipSchema>;

export const SHIP_TEXT_FIELDS = ['title', 'approach'] as const;
export const SHIP_REF_FIELDS = [
  'questionId',
  'questionText',
  'perspectiveId',
  'budgetTierId',
  'originStationId',
  'carriedFrom',
] as const;
export type ShipRefField = (typeof SHIP_REF_FIELDS)[number];

export function shipsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>('ships');
}

/** The ship's map, or undefined when there is none (or something else sits under its id). */
function shipMap(doc: Y.Doc, shipId: string): Y.Map<unknown> | undefined {
  const ship: unknown = shipsOf(doc).get(shipId);
  return ship instanceof Y.Map ? (ship as Y.Map<unknown>) : undefined;
}

function childMap(parent: Y.Map<unknown>, key: string): Y.Map<Y.Map<unknown>> {
  let child = parent.get(key);
  if (!(child instanceof Y.Map)) {
    child = new Y.Map<Y.Map<unknown>>();
    parent.set(key, child);
  }
  return child as Y.Map<Y.Map<unknown>>;
}

function nextOrder(map: Y.Map<Y.Map<unknown>>): number {
  let order = 0;
  for (const entry of map.values()) {
    const o = entry instanceof Y.Map ? entry.get('order') : undefined;
    if (typeof o === 'number' && o >= order) order = o + 1;
  }
  return order;
}

function stepMap(step: Omit<ShipStep, 'id'>, order: number): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('text', new Y.Text(step.text.slice(0, CONTENT_LIMITS.longText)));
  map.set('owner', new Y.Text(step.owner.slice(0, CONTENT_LIMITS.shortText)));
  map.set('due', step.due);
  map.set('done', step.done);
  map.set('order', order);
  return map;
}

function crewMap(member: Omit<CrewMember, 'id'>, order: number): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('name', new Y.Text(member.name.slice(0, CONTENT_LIMITS.shortText)));
  map.set('organisation', new Y.Text(member.organisation.slice(0, CONTENT_LIMITS.shortText)));
  map.set('order', order);
  return map;
}

/** Launches a ship; returns its id, or null when the harbour is full. */
export function createShip(doc: Y.Doc, init: NewShip, origin?: unknown): string | null {
  const valid = newShipSchema.parse(init);
  const ships = shipsOf(doc);
  if (ships.size >= CONTENT_LIMITS.ships) return null;
  const id = newItemId();
  doc.transact(() => {
    const ship = new Y.Map<unknown>();
    ship.set('title', new Y.Text(valid.title));
    ship.set('approach', new Y.Text(valid.approach ?? ''));
    for (const field of SHIP_REF_FIELDS) ship.set(field, valid[field] ?? '');
    ship.set('createdAt', Date.now());
    ship.set('order', nextOrder(ships));
    const steps = new Y.Map<Y.Map<unknown>>();
    (valid.steps ?? []).forEach((step, i) => steps.set(newItemId(), stepMap(step, i)));
    ship.set('steps', steps);
    const crew = new Y.Map<Y.Map<unknown>>();
    (valid.crew ?? []).forEach((member, i) => crew.set(newItemId(), crewMap(member, i)));
    ship.set('crew', crew);
    ships.set(id, ship);
  }, origin);
  return id;
}

export function setShipText(
  doc: Y.Doc,
  shipId: string,
  field: (typeof SHIP_TEXT_FIELDS)[number],
  next: string,
  origin?: unknown,
): void {
  doc.transact(() => {
    const ship = shipMap(doc, shipId);
    if (ship) setTextField(ship, field, next, field === 'title' ? CONTENT_LIMITS.shortText : CONTENT_LIMITS.longText);
  }, origin);
}

export function setShipRefs(
  doc: Y.Doc,
  shipId: string,
  refs: Partial<Record<ShipRefField, string>>,
  origin?: unknown,
): void {
  doc.transact(() => {
    const ship = shipMap(doc, shipId);
    if (!ship) return;
    for (const field of SHIP_REF_FIELDS) {
      const value = refs[field];
      if (value !== undefined) ship.set(field, value.slice(0, field === 'questionText' ? CONTENT_LIMITS.longText : 64));
    }
  }, origin);
}

export function deleteShip(doc: Y.Doc, shipId: string, origin?: unknown): void {
  doc.transact(() => shipsOf(doc).delete(shipId), origin);
}

export function addShipStep(
  doc: Y.Doc,
  shipId: string,
  step: Partial<Omit<ShipStep, 'id'>> = {},
  origin?: unknown,
): string | null {
  const ship = shipMap(doc, shipId);
  if (!ship) return null;
  const valid = shipStepSchema.omit({ id: true }).parse({ text: '', owner: '', due: '', done: false, ...step });
  const id = newItemId();
  let added = false;
  doc.transact(() => {
    const steps = childMap(ship, 'steps');
    if (steps.size >= CONTENT_LIMITS.stepsPerShip) return;
    steps.set(id, stepMap(valid, nextOrder(steps)));
    added = true;
  }, origin);
  return added ? id : null;
}

export function updateShipStep(
  doc: Y.Doc,
  shipId: string,
  stepId: string,
  patch: Partial<Omit<ShipStep, 'id'>>,
  origin?: unknown,
): void {
  const valid = shipStepSchema.omit({ id: true }).partial().parse(patch);
  doc.transact(() => {
    const steps = shipMap(doc, shipId)?.get('steps');
    const step: unknown = steps instanceof Y.Map ? (steps as Y.Map<unknown>).get(stepId) : undefined;
    if (!(step instanceof Y.Map)) return;
    if (valid.text !== undefined) setTextField(step, 'text', valid.text, CONTENT_LIMITS.longText);
    if (valid.owner !== undefined) setTextField(step, 'owner', valid.owner, CONTENT_LIMITS.shortText);
    if (valid.due !== undefined) step.set('due', valid.due);
    if (valid.done !== undefined) step.set('done', valid.done);
  }, origin);
}

export function removeShipStep(doc: Y.Doc, shipId: string, stepId: string, origin?: unknown): void {
  doc.transact(() => {
    const steps = shipMap(doc, shipId)?.get('steps');
    if (steps instanceof Y.Map) steps.delete(stepId);
  }, origin);
}

/** Moves a first step to position `index` of the ship's list. */
export function moveShipStep(doc: Y.Doc, shipId: string, stepId: string, index: number, origin?: unknown): void {
  const steps = shipMap(doc, shipId)?.get('steps');
  const ordered = orderedEntries(steps).map(([id]) => id);
  const from = ordered.indexOf(stepId);
  if (from < 0 || !(steps instanceof Y.Map)) return;
  ordered.splice(from, 1);
  ordered.splice(Math.max(0, Math.min(index, ordered.length)), 0, stepId);
  doc.transact(() => {
    ordered.forEach((id, order) => {
      const step: unknown = (steps as Y.Map<unknown>).get(id);
      if (step instanceof Y.Map && step.get('order') !== order) step.set('order', order);
    });
  }, origin);
}

export function addCrewMember(
  doc: Y.Doc,
  shipId: string,
  member: Partial<Omit<CrewMember, 'id'>> = {},
  origin?: unknown,
): string | null {
  const ship = shipMap(doc, shipId);
  if (!ship) return null;
  const valid = crewMemberSchema.omit({ id: true }).parse({ name: '', organisation: '', ...member });
  const id = newItemId();
  let added = false;
  doc.transact(() => {
    const crew = childMap(ship, 'crew');
    if (crew.size >= CONTENT_LIMITS.crewPerShip) return;
    crew.set(id, crewMap(valid, nextOrder(crew)));
    added = true;
  }, origin);
  return added ? id : null;
}

export function updateCrewMember(
  doc: Y.Doc,
  shipId: string,
  memberId: string,
  patch: Partial<Omit<CrewMember, 'id'>>,
  origin?: unknown,
): void {
  doc.transact(() => {
    const crew = shipMap(doc, shipId)?.get('crew');
    const member = crew instanceof Y.Map ? (crew as Y.Map<unknown>).get(memberId) : undefined;
    if (!(member instanceof Y.Map)) return;
    if (patch.name !== undefined) setTextField(member, 'name', patch.name, CONTENT_LIMITS.shortText);
    if (patch.organisation !== undefined)
      setTextField(member, 'organisation', patch.organisation, CONTENT_LIMITS.shortText);
  }, origin);
}

export function removeCrewMember(doc: Y.Doc, shipId: string, memberId: string, origin?: unknown): void {
  doc.transact(() => {
    const crew = shipMap(doc, shipId)?.get('crew');
    if (crew instanceof Y.Map) crew.delete(memberId);
  }, origin);
}

function orderedEntries(map: unknown): Array<[string, Y.Map<unknown>]> {
  if (!(map instanceof Y.Map)) return [];
  const entries = [...(map as Y.Map<unknown>).entries()].filter(
    (e): e is [string, Y.Map<unknown>] => e[1] instanceof Y.Map,
  );
  const orderOf = (m: Y.Map<unknown>) => (typeof m.get('order') === 'number' ? (m.get('order') as number) : 0);
  return entries.sort(([ia, a], [ib, b]) => orderOf(a) - orderOf(b) || (ia < ib ? -1 : 1));
}

function readShip(id: string, ship: Y.Map<unknown>): Ship | null {
  const str = (key: string, max = 64) => {
    const v = ship.get(key);
    return typeof v === 'string' ? v.slice(0, max) : '';
  };
  const steps = orderedEntries(ship.get('steps'))
    .slice(0, CONTENT_LIMITS.stepsPerShip)
    .map(([stepId, step]) => {
      const due = step.get('due');
      return {
        id: stepId,
        text: textOf(step, 'text', CONTENT_LIMITS.longText),
        owner: textOf(step, 'owner', CONTENT_LIMITS.shortText),
        due: typeof due === 'string' && dueDate.safeParse(due).success ? due : '',
        done: step.get('done') === true,
      };
    });
  const crew = orderedEntries(ship.get('crew'))
    .slice(0, CONTENT_LIMITS.crewPerShip)
    .map(([memberId, member]) => ({
      id: memberId,
      name: textOf(member, 'name', CONTENT_LIMITS.shortText),
      organisation: textOf(member, 'organisation', CONTENT_LIMITS.shortText),
    }));
  const createdAt = ship.get('createdAt');
  const parsed = shipSchema.safeParse({
    id,
    title: textOf(ship, 'title', CONTENT_LIMITS.shortText),
    approach: textOf(ship, 'approach', CONTENT_LIMITS.longText),
    questionId: str('questionId'),
    questionText: str('questionText', CONTENT_LIMITS.longText),
    perspectiveId: str('perspectiveId'),
    budgetTierId: str('budgetTierId'),
    originStationId: str('originStationId'),
    carriedFrom: str('carriedFrom'),
    createdAt:
      typeof createdAt === 'number' && Number.isFinite(createdAt) && createdAt >= 0 ? Math.floor(createdAt) : 0,
    steps,
    crew,
  });
  return parsed.success ? parsed.data : null;
}

/**
 * One ship as readShips reads it, with its place in the launch order; null when
 * it is missing or malformed. For views that re-read only the ships an edit touched.
 */
export function readShipById(doc: Y.Doc, shipId: string): { ship: Ship; order: number } | null {
  const map = shipMap(doc, shipId);
  const ship = map ? readShip(shipId, map) : null;
  if (!map || !ship) return null;
  const order = map.get('order');
  return { ship, order: typeof order === 'number' ? order : 0 };
}

/** All ships in launch order. */
export function readShips(doc: Y.Doc): Ship[] {
  return orderedEntries(shipsOf(doc))
    .map(([id, ship]) => readShip(id, ship))
    .filter((s): s is Ship => s !== null);
}

/** A ship is still under way while one of its first steps is not done (or it has none yet). */
export function isShipOpen(ship: Ship): boolean {
  return ship.steps.length === 0 || ship.steps.some((s) => !s.done);
}
