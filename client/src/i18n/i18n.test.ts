import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { flattenMessages } from './keys';

describe('translations', () => {
  const german = flattenMessages(de);
  const english = flattenMessages(en);

  it('have exactly the same keys in German and English', () => {
    expect([...english.keys()].sort()).toEqual([...german.keys()].sort());
  });

  it.each([
    ['de', german],
    ['en', english],
  ])('%s has no empty or non-string texts', (_lang, messages) => {
    for (const [key, text] of messages) {
      expect(typeof text, key).toBe('string');
      expect((text as string).trim(), key).not.toBe('');
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of german) expect(vars(english.get(key)), key).toEqual(vars(text));
  });
});
