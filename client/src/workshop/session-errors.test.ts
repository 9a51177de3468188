import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { sessionErrorKey } from './session-errors';

describe('sessionErrorKey', () => {
  it('maps known refusals to their message and anything else to a generic one', () => {
    expect(sessionErrorKey('full')).toBe('sessionErrors.full');
    expect(sessionErrorKey('already_visited')).toBe('sessionErrors.already_visited');
    expect(sessionErrorKey('forbidden')).toBe('sessionErrors.forbidden');
    expect(sessionErrorKey('something_new')).toBe('sessionErrors.unknown');
  });

  it('points at messages that exist in both languages', () => {
    for (const code of ['full', 'no_more_rounds', 'timeout', 'x']) {
      const key = sessionErrorKey(code).split('.')[1] as keyof typeof de.sessionErrors;
      expect(de.sessionErrors[key]).toBeTruthy();
      expect(en.sessionErrors[key]).toBeTruthy();
    }
  });
});
