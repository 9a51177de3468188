/**
 * The server's CREATE_SECRET, when its operator set one and the organiser typed
 * it in: kept for this browser tab only (sessionStorage), sent with requests
 * that create something, never with anything else.
 */
import { CREATE_SECRET_HEADER } from '@mutopia/shared/retention';

const KEY = 'mutopia.createSecret';
const CREATING = new Set(['/workshops', '/series', '/boards']);

export function storeCreateSecret(secret: string): void {
  try {
    if (secret) sessionStorage.setItem(KEY, secret);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Private mode without storage: the secret is asked for again.
  }
}

export function storedCreateSecret(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The header to add to a request to `path` (below API_PREFIX), if it creates something and a secret is known. */
export function createSecretHeader(path: string, method: string | undefined): Record<string, string> {
  if (method !== 'POST' || !CREATING.has(path)) return {};
  const secret = storedCreateSecret();
  return secret ? { [CREATE_SECRET_HEADER]: secret } : {};
}
