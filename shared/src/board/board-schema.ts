/**
 * How deep each top-level type of a board document may nest, counting the
 * top-level type as 1. The server refuses updates that go deeper or add a
 * top-level type not listed here: a participant could otherwise write
 * 20,000 nested maps that every later read of the board has to walk.
 * Keep this in step with the modules that write the document (the test
 * beside this file builds every kind of content and checks it fits).
 */
import { PERSONA_TEXT_FIELDS } from './persona.js';

const ROOT_DEPTHS: Record<string, number> = {
  meta: 1,
  // note → text
  notes: 3,
  // group → title
  groups: 3,
  // insight → text
  insights: 3,
  persona: 1,
  // pain point → text
  personaPainPoints: 3,
  // ship → steps / crew → step / member → text
  ships: 5,
  ...Object.fromEntries(PERSONA_TEXT_FIELDS.map((field) => [`persona.${field}`, 1])),
};

/** The deepest nesting the schema allows under the top-level type `name`; undefined when the board has no such type. */
export function boardRootDepth(name: string): number | undefined {
  return Object.hasOwn(ROOT_DEPTHS, name) ? ROOT_DEPTHS[name] : undefined;
}
