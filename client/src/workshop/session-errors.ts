import type { SessionError } from '@mutopia/shared/workshop/session-reducer';

/** Refusals a command can come back with: the reducer's, the server's, and this side's own. */
const KNOWN = [
  'not_started',
  'no_such_phase',
  'no_more_rounds',
  'timer_not_running',
  'timer_not_paused',
  'unknown_station',
  'unknown_team',
  'not_self_select',
  'full',
  'already_visited',
  'nowhere_to_signal',
  'forbidden',
  'offline',
  'timeout',
  'unknown',
] as const;

export type KnownSessionError = (typeof KNOWN)[number];

// Every refusal the reducer can give has a translation (this fails to compile otherwise).
type Untranslated = Exclude<SessionError, KnownSessionError>;
export const ALL_REDUCER_ERRORS_TRANSLATED: [Untranslated] extends [never] ? true : never = true;

export function sessionErrorKey(code: string): `sessionErrors.${KnownSessionError}` {
  const known = (KNOWN as readonly string[]).includes(code) ? (code as KnownSessionError) : 'unknown';
  return `sessionErrors.${known}`;
}
