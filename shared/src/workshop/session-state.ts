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
  /**
   * A gallery walk stepping through these stations; `index` is the one shown.
   * `focus: 'insights'` presents each room's key insights full screen instead of its board.
   */
  z.object({
    kind: z.literal('gallery'),
    stationIds: z.array(id).min(1).max(300),
    index: z.number().int().min(0),
    focus: z.enum(['board', 'insights']).optional(),
  }),
  /** Every station of the workshop by name: where the rooms are, for people without a phone. */
  z.object({ kind: z.literal('rooms') }),
]);
export type ProjectorView = z.infer<typeof projectorViewSchema>;

/** A countdown as it stood when its phase or round was left; it comes back paused. */
export const savedTimerSchema = z.object({
  durationMs: z.number().int().nonnegative(),
  remainingMs: z.number().int().nonnegative(),
});
export type SavedTimer = z.infer<typeof savedTimerSchema>;

/** Where people were in one round of a chain of phases (a phase and the `continue` phases after it). */
export const savedPlacesSchema = z.object({
  choices: z.record(id, id),
  visited: z.record(id, z.array(id)),
});

/** What one phase's people did in one round: their "done" signals and the countdown. */
export const savedMarksSchema = z.object({
  done: z.record(id, z.boolean()),
  timer: savedTimerSchema.nullable(),
});

/**
 * What each phase looked like when the facilitator left it, so going back (or
 * forward again) restores it instead of starting over. Places belong to the
 * chain's first phase, because a `continue` phase shares them; done signals and
 * timers belong to each phase. Keyed by phase id (ids survive agenda edits,
 * indexes do not) and round index.
 */
export const sessionHistorySchema = z.object({
  places: z.record(
    id,
    z.object({
      /** The round the chain was left in. */
      round: z.number().int().min(0),
      split: z.record(id, id),
      rounds: z.record(z.string(), savedPlacesSchema),
    }),
  ),
  marks: z.record(id, z.record(z.string(), savedMarksSchema)),
});
export type SessionHistory = z.infer<typeof sessionHistorySchema>;

export function emptySessionHistory(): SessionHistory {
  return { places: {}, marks: {} };
}

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
  /** The facilitator switched cursors off (big plenary boards); the server then relays no cursor positions. States stored before it existed parse with cursors on. */
  cursorsOff: z.boolean().default(false),
  /**
   * Server-side memory of phases and rounds left behind. Snapshots sent to
   * clients carry it empty (it can be large and nobody's screen needs it);
   * states stored before it existed parse with none.
   */
  history: sessionHistorySchema.default(emptySessionHistory),
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
    cursorsOff: false,
    history: emptySessionHistory(),
    revision: 0,
  };
}
