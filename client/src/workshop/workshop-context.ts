import { createContext } from 'react';
import type { WorkshopConnection } from './connection';

/**
 * The workshop connection a view runs inside, or null on a plain board. Its own
 * module so that the board can read it without loading the connection code
 * (socket.io): a plain board never opens one.
 */
export const WorkshopContext = createContext<WorkshopConnection | null>(null);
