import type { z } from 'zod';

/**
 * Free text that the server stores in a text column. PostgreSQL text cannot hold U+0000 (the
 * insert fails), and no other control character belongs in a name or title either: they are
 * invisible, break exports and can hide text. C0 controls, DEL and C1 controls are refused;
 * multi-line fields keep \n and \t. Board content (Yjs) is binary and not concerned.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what this finds
const SINGLE_LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- the control characters are what this finds
const MULTI_LINE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export const CONTROL_CHARACTER_MESSAGE = 'control characters are not allowed';

/** True when `value` holds a character `singleLine` refuses. */
export function hasControlCharacter(value: string, multiLine = false): boolean {
  return (multiLine ? MULTI_LINE_CONTROL : SINGLE_LINE_CONTROL).test(value);
}

/** `schema` refusing every control character (names, titles, ids). */
export function singleLine(schema: z.ZodString): z.ZodString {
  return schema.refine((value) => !hasControlCharacter(value), CONTROL_CHARACTER_MESSAGE);
}

/** `schema` refusing control characters other than line feed and tab (texts of several lines). */
export function multiLine(schema: z.ZodString): z.ZodString {
  return schema.refine((value) => !hasControlCharacter(value, true), CONTROL_CHARACTER_MESSAGE);
}
