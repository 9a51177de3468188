import { z } from 'zod';

const id = z.string().min(1).max(64);

export const timerStateSchema = z.object({
  /** Length of the countdown as set, for the progress display. */
  durationMs: z.number().int().nonnegative(),
  /** Server time (ms) at which it reaches zero while running. */
  endsAt: z.number().int().nullable(),
  /** What was left when paused; equals durationMs before the first start. */
  remainingMs: z.number().int().nonnegative(),
  running: z.boolean(),
});
export type TimerState = z.infer<typeof timerStateSchema>;

export const summonTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('team'), teamId: id }),
  z.object({ kind: z.literal('station'), stationId: id }),
]);
export type SummonTarget = z.infer<typeof summonTargetSchema>;

export const summonSchema = z.object({
  target: summonTargetSchema,
  /** The station everybody summoned goes to; null means the plenary view. */
  toStationId: id.nullable(),
  at: z.number().int(),
});
export type Summon = z.infer<typeof summonSchema>;

export const projectorViewSchema = z.discriminatedUnion('kind', [
  /** The current phase: instruction, timer, join code. */
  z.object({ kind: z.literal('phase') }),
  z.object({ kind: z.literal('station'), stationId: id }),
  /** A gallery walk stepping through these stations; `index` is the one shown. */
  z.object({ kind: z.literal('gallery'), stationIds: z.array(id).min(1).max(300), index: z.number().int().min(0) }),
]);
export type ProjectorView = z.infer<typeof projectorViewSchema>;

/**
 * The server-authoritative state of a running workshop. Only the server changes
 * it (see session-reducer.ts); every client gets it over socket.io.
 */
export const sessionStateSchema = z.object({
  /** Index into the definition's phases; null before the facilitator starts. */
  phaseIndex: z.number().int().min(0).nullable(),
  round: z.number().int().min(0),
  timer: timerStateSchema.nullable(),
  /** Member split of the current phase: participant id → station id, fixed when the phase starts. */
  split: z.record(id, id),
  /** Self-selection: participant id → station chosen in the current round. */
  choices: z.record(id, id),
  /** Self-selection: participant id → stations chosen in earlier rounds of the current phase. */
  visited: z.record(id, z.array(id)),
  summon: summonSchema.nullable(),
  broadcast: z.object({ message: z.string().max(500), at: z.number().int() }).nullable(),
  /** Team or station id → whether it signalled "we are done" in the current phase/round. */
  done: z.record(id, z.boolean()),
  /** Projector id → what it shows; projectors not listed show the phase. */
  projectors: z.record(id, projectorViewSchema),
  /** Bumped on every change, so clients can drop stale snapshots. */
  revision: z.number().int().nonnegative(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export function initialSessionState(): SessionState {
  return {
    phaseIndex: null,
    round: 0,
    timer: null,
    split: {},
    choices: {},
    visited: {},
    summon: null,
    broadcast: null,
    done: {},
    projectors: {},
    revision: 0,
  };
}
