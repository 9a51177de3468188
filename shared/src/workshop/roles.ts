import { z } from 'zod';

/**
 * - facilitator: runs the event and can issue a new facilitator link
 * - cofacilitator: runs the event
 * - participant: works on boards, signals "done", picks rooms
 * - viewer: a projector or observer; reads, never writes
 */
export const roleSchema = z.enum(['facilitator', 'cofacilitator', 'participant', 'viewer']);
export type Role = z.infer<typeof roleSchema>;

export function canFacilitate(role: Role): boolean {
  return role === 'facilitator' || role === 'cofacilitator';
}

export function canWriteBoards(role: Role): boolean {
  return role !== 'viewer';
}
