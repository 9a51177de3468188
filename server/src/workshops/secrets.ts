import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { customAlphabet } from 'nanoid';
import { JOIN_CODE_ALPHABET } from '@mutopia/shared';

/** 256 random bits, URL-safe: the key in a facilitator link. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Secrets carry 256 bits of randomness, so a plain SHA-256 is enough to store
 * them: there is nothing for a slow password hash to protect against.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const newWorkshopId = customAlphabet(ALPHANUMERIC, 12);
export const newParticipantId = customAlphabet(ALPHANUMERIC, 12);
export const newJoinCode = customAlphabet(JOIN_CODE_ALPHABET, 6);
