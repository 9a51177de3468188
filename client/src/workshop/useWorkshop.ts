import type { WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { useContext, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { WorkshopConnection, type WorkshopSessionState } from './connection';
import { WorkshopContext } from './workshop-context';

/** Opens the workshop's session connection for as long as the caller is mounted. */
export function useWorkshopConnection(workshopId: string, token: string | null): WorkshopConnection | null {
  const [connection, setConnection] = useState<WorkshopConnection | null>(null);
  useEffect(() => {
    if (!token) return;
    const opened = new WorkshopConnection(workshopId, token);
    setConnection(opened);
    // Deferred like the board connection, so StrictMode's immediate unmount opens nothing.
    const start = setTimeout(() => opened.start(), 0);
    return () => {
      clearTimeout(start);
      setConnection(null);
      opened.close();
    };
  }, [workshopId, token]);
  return connection;
}

export { WorkshopContext };

export function useWorkshop(): WorkshopConnection {
  const connection = useContext(WorkshopContext);
  if (!connection) throw new Error('useWorkshop outside a workshop');
  return connection;
}

export function useSession<T>(selector: (state: WorkshopSessionState) => T): T {
  return useStore(useWorkshop().store, selector);
}

/** The workshop's definition, once the view has loaded (the workshop pages render only then). */
export function useDefinition(): WorkshopDefinition {
  return useSession((s) => s.view!.definition);
}

/** The server's clock, re-read every `intervalMs` (for countdowns). */
export function useServerNow(intervalMs = 250): number {
  const offset = useSession((s) => s.clock?.offsetMs ?? 0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now + offset;
}
