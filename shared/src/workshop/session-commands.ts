import { z } from 'zod';
import { multiLine, singleLine } from '../plain-text.js';
import { projectorViewSchema, summonTargetSchema } from './session-state.js';

const id = singleLine(z.string().min(1).max(64));

/** What a facilitator can tell the server to do; validated before it reaches the reducer. */
export const facilitatorCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('phase.goto'), phaseIndex: z.number().int().min(0) }),
  z.object({ type: z.literal('phase.next') }),
  z.object({ type: z.literal('phase.previous') }),
  z.object({ type: z.literal('round.next') }),
  z.object({ type: z.literal('round.previous') }),
  z.object({ type: z.literal('timer.start'), minutes: z.number().min(0.1).max(600).optional() }),
  z.object({ type: z.literal('timer.pause') }),
  z.object({ type: z.literal('timer.resume') }),
  z.object({ type: z.literal('timer.add'), minutes: z.number().min(-60).max(120) }),
  /** Sets what is left to this many minutes, running or paused as it was. */
  z.object({ type: z.literal('timer.set'), minutes: z.number().min(0).max(600) }),
  z.object({ type: z.literal('summon'), target: summonTargetSchema, toStationId: id.nullable() }),
  z.object({ type: z.literal('summon.clear') }),
  z.object({ type: z.literal('broadcast'), message: multiLine(z.string().trim().min(1).max(500)) }),
  z.object({ type: z.literal('broadcast.clear') }),
  z.object({ type: z.literal('projector.show'), projectorId: id, view: projectorViewSchema }),
  /** Cursors on the workshop's boards on or off (off: nobody's pointer is relayed). */
  z.object({ type: z.literal('cursors.set'), on: z.boolean() }),
]);
export type FacilitatorCommand = z.infer<typeof facilitatorCommandSchema>;

/** What a participant can tell the server. */
export const participantCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('station.choose'), stationId: id }),
  z.object({ type: z.literal('done.set'), done: z.boolean() }),
]);
export type ParticipantCommand = z.infer<typeof participantCommandSchema>;

export const sessionCommandSchema = z.union([facilitatorCommandSchema, participantCommandSchema]);
export type SessionCommand = z.infer<typeof sessionCommandSchema>;

export function isFacilitatorCommand(command: SessionCommand): command is FacilitatorCommand {
  return facilitatorCommandSchema.safeParse(command).success;
}
