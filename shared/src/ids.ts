import { z } from 'zod';

/** URL-safe board ids: generated ones are 12 characters; `demo` is the demo board. */
export const boardIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{4,32}$/, 'board id must be 4–32 characters of A–Z, a–z, 0–9, _ or -');
export type BoardId = z.infer<typeof boardIdSchema>;

export const DEMO_BOARD_ID = 'demo';
