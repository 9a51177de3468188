import * as Y from 'yjs';
import { simpleDiffString } from 'lib0/diff';

/**
 * Replaces the text of `text` with `next` by editing only the changed span, so
 * two people typing into the same field at once both keep their characters.
 * Must run inside a transaction when several fields change together.
 */
export function replaceText(text: Y.Text, next: string, maxLength: number): void {
  const bounded = next.slice(0, maxLength);
  const current = text.toString();
  if (current === bounded) return;
  const diff = simpleDiffString(current, bounded);
  if (diff.remove > 0) text.delete(diff.index, diff.remove);
  if (diff.insert.length > 0) text.insert(diff.index, diff.insert);
}

/** A Y.Text field of a map as a plain string ('' when missing or of another type). */
export function textOf(map: Y.Map<unknown>, key: string, maxLength: number): string {
  const value = map.get(key);
  if (value instanceof Y.Text) return value.toString().slice(0, maxLength);
  return typeof value === 'string' ? value.slice(0, maxLength) : '';
}

/** Sets a Y.Text field, creating it when it is missing. */
export function setTextField(map: Y.Map<unknown>, key: string, next: string, maxLength: number): void {
  const value = map.get(key);
  if (value instanceof Y.Text) replaceText(value, next, maxLength);
  else map.set(key, new Y.Text(next.slice(0, maxLength)));
}

/** 64 random bits as hex: plenty for ids inside one board. */
export function newItemId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
