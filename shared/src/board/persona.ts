/**
 * The persona card of a team's space (seed 000: a case profile from real
 * counselling cases). Stored in the team space board's document:
 *
 *   doc.getText('persona.<field>')  name, age, origin, profession, qualification,
 *                                   residenceStatus, family, goals, story
 *   doc.getMap('persona')           germanLevel: '' | CEFR level
 *   doc.getMap('personaPainPoints') id → Y.Map { text: Y.Text, themeIds: string[], order: number }
 *
 * Text fields are Y.Text so two team members typing into the same field both keep their words.
 * They and the pain points are root types rather than values nested in the 'persona' map: two
 * people creating the same nested value at once would each make their own, and one would lose
 * everything they typed (persona.test.ts). Use observePersona to follow changes.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { CONTENT_LIMITS } from './content-limits.js';
import { newItemId, replaceText, setTextField, textOf } from './y-text.js';

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const cefrLevelSchema = z.enum(CEFR_LEVELS);
export type CefrLevel = z.infer<typeof cefrLevelSchema>;

export const PERSONA_TEXT_FIELDS = [
  'name',
  'age',
  'origin',
  'profession',
  'qualification',
  'residenceStatus',
  'family',
  'goals',
  'story',
] as const;
export type PersonaTextField = (typeof PERSONA_TEXT_FIELDS)[number];
/** Fields that hold a paragraph rather than a line. */
export const PERSONA_LONG_FIELDS: ReadonlySet<PersonaTextField> = new Set(['goals', 'story', 'family']);

export const painPointSchema = z.object({
  id: z.string().min(1).max(64),
  text: z.string().max(CONTENT_LIMITS.longText),
  /** Solution-room themes this pain point touches: station ids of the workshop's solution rooms. */
  themeIds: z.array(z.string().max(64)).max(20),
});
export type PainPoint = z.infer<typeof painPointSchema>;

const shortText = z.string().max(CONTENT_LIMITS.shortText);
const longText = z.string().max(CONTENT_LIMITS.longText);

export const personaSchema = z.object({
  name: shortText,
  age: shortText,
  origin: shortText,
  profession: shortText,
  qualification: shortText,
  germanLevel: cefrLevelSchema.or(z.literal('')),
  residenceStatus: shortText,
  family: longText,
  goals: longText,
  story: longText,
  painPoints: z.array(painPointSchema).max(CONTENT_LIMITS.painPoints),
});
export type Persona = z.infer<typeof personaSchema>;

export function emptyPersona(): Persona {
  return {
    name: '',
    age: '',
    origin: '',
    profession: '',
    qualification: '',
    germanLevel: '',
    residenceStatus: '',
    family: '',
    goals: '',
    story: '',
    painPoints: [],
  };
}

export function personaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('persona');
}

function limitOf(field: PersonaTextField): number {
  return PERSONA_LONG_FIELDS.has(field) ? CONTENT_LIMITS.longText : CONTENT_LIMITS.shortText;
}

export function personaTextOf(doc: Y.Doc, field: PersonaTextField): Y.Text {
  return doc.getText(`persona.${field}`);
}

export function painPointsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>('personaPainPoints');
}

/** Calls `onChange` once after each transaction that changed the card, by anyone; returns the unsubscribe. */
export function observePersona(doc: Y.Doc, onChange: () => void): () => void {
  const types = new Set<unknown>([
    personaOf(doc),
    painPointsOf(doc),
    ...PERSONA_TEXT_FIELDS.map((f) => personaTextOf(doc, f)),
  ]);
  const afterTransaction = (tr: Y.Transaction) => {
    // changedParentTypes holds every ancestor of a changed type, so a pain point's text counts too.
    for (const type of tr.changedParentTypes.keys()) if (types.has(type)) return onChange();
    for (const type of tr.changed.keys()) if (types.has(type)) return onChange();
  };
  doc.on('afterTransaction', afterTransaction);
  return () => doc.off('afterTransaction', afterTransaction);
}

/** A pain point nobody wrote anything into: a stray press of "add" (themes alone say nothing). */
export function isBlankPainPoint(point: PainPoint): boolean {
  return point.text.trim() === '';
}

/** The card as others read it and exports carry it: without blank pain points. */
export function withoutBlankEntries(persona: Persona): Persona {
  return { ...persona, painPoints: persona.painPoints.filter((p) => !isBlankPainPoint(p)) };
}

/** True when nobody has written anything on the card yet (blank pain points are nothing). */
export function isPersonaEmpty(persona: Persona): boolean {
  return (
    PERSONA_TEXT_FIELDS.every((f) => persona[f].trim() === '') &&
    !persona.germanLevel &&
    persona.painPoints.every(isBlankPainPoint)
  );
}

export function readPersona(doc: Y.Doc): Persona {
  const persona = emptyPersona();
  for (const field of PERSONA_TEXT_FIELDS) {
    persona[field] = personaTextOf(doc, field).toString().slice(0, limitOf(field));
  }
  const level = cefrLevelSchema.safeParse(personaOf(doc).get('germanLevel'));
  persona.germanLevel = level.success ? level.data : '';
  const read: Array<PainPoint & { order: number }> = [];
  for (const [id, point] of painPointsOf(doc).entries()) {
    if (!(point instanceof Y.Map)) continue;
    const themeIds = point.get('themeIds');
    const order = point.get('order');
    read.push({
      id,
      text: textOf(point, 'text', CONTENT_LIMITS.longText),
      themeIds: Array.isArray(themeIds) ? themeIds.filter((t): t is string => typeof t === 'string').slice(0, 20) : [],
      order: typeof order === 'number' ? order : 0,
    });
  }
  read.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  persona.painPoints = read.slice(0, CONTENT_LIMITS.painPoints).map(({ order: _order, ...p }) => p);
  return persona;
}

export function setPersonaText(doc: Y.Doc, field: PersonaTextField, next: string, origin?: unknown): void {
  doc.transact(() => replaceText(personaTextOf(doc, field), next, limitOf(field)), origin);
}

export function setGermanLevel(doc: Y.Doc, level: CefrLevel | '', origin?: unknown): void {
  doc.transact(() => personaOf(doc).set('germanLevel', level), origin);
}

/** Fills every field at once (a facilitator's prepared persona, an import); blank pain points are left out. */
export function writePersona(doc: Y.Doc, persona: Persona, origin?: unknown): void {
  const valid = withoutBlankEntries(personaSchema.parse(persona));
  doc.transact(() => {
    for (const field of PERSONA_TEXT_FIELDS) replaceText(personaTextOf(doc, field), valid[field], limitOf(field));
    personaOf(doc).set('germanLevel', valid.germanLevel);
    const points = painPointsOf(doc);
    for (const id of [...points.keys()]) points.delete(id);
    valid.painPoints.forEach((p, order) => points.set(p.id, painPointMap(p.text, p.themeIds, order)));
  }, origin);
}

function painPointMap(text: string, themeIds: readonly string[], order: number): Y.Map<unknown> {
  const point = new Y.Map<unknown>();
  point.set('text', new Y.Text(text.slice(0, CONTENT_LIMITS.longText)));
  point.set('themeIds', [...themeIds].slice(0, 20));
  point.set('order', order);
  return point;
}

/** Adds a pain point at the end; returns its id, or null when the card is full. */
export function addPainPoint(doc: Y.Doc, text: string, themeIds: readonly string[], origin?: unknown): string | null {
  const id = newItemId();
  let added = false;
  doc.transact(() => {
    const points = painPointsOf(doc);
    if (points.size >= CONTENT_LIMITS.painPoints) return;
    let order = 0;
    for (const point of points.values()) {
      const o = point.get('order');
      if (typeof o === 'number' && o >= order) order = o + 1;
    }
    points.set(id, painPointMap(text, themeIds, order));
    added = true;
  }, origin);
  return added ? id : null;
}

export function updatePainPoint(
  doc: Y.Doc,
  id: string,
  patch: { text?: string; themeIds?: readonly string[] },
  origin?: unknown,
): void {
  doc.transact(() => {
    const point = painPointsOf(doc).get(id);
    if (!(point instanceof Y.Map)) return;
    if (patch.text !== undefined) setTextField(point, 'text', patch.text, CONTENT_LIMITS.longText);
    if (patch.themeIds !== undefined) point.set('themeIds', [...patch.themeIds].slice(0, 20));
  }, origin);
}

export function removePainPoint(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => painPointsOf(doc).delete(id), origin);
}
