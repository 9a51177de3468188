import { timingSafeEqual } from 'node:crypto';
import type { TokenIssuer } from '../workshops/tokens.js';

/**
 * The key in a public results link: an HMAC over the workshop id and its
 * publish version with the token signing key. Nothing secret is stored;
 * withdrawing and publishing again bumps the version, so the old link never
 * works again and the new one differs.
 */
export class PublishKeys {
  constructor(private readonly tokens: Pick<TokenIssuer, 'linkKey'>) {}

  keyFor(workshopId: string, version: number): string {
    return this.tokens.linkKey('results', workshopId, version);
  }

  matches(workshopId: string, version: number, candidate: string): boolean {
    const expected = Buffer.from(this.keyFor(workshopId, version));
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
