import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type FacilitatorRole = 'facilitator' | 'cofacilitator';

export interface FacilitatorAccess {
  token: string;
  role: FacilitatorRole;
}

export interface ParticipantAccess {
  token: string;
  participantId: string;
  teamId: string | null;
  displayName: string;
}

/** What this browser knows about one workshop: the tokens it holds, never a facilitator secret. */
export interface WorkshopRecord {
  id: string;
  title: string;
  joinCode: string | null;
  lastOpened: number;
  /** Created in this browser (listed under "your workshops" on the landing page). */
  created: boolean;
  facilitator: FacilitatorAccess | null;
  participant: ParticipantAccess | null;
  /** Kept so the console can hand out the co-facilitator link again. */
  cofacilitatorSecret: string | null;
  /** Projector id → viewer token: links made here, or this screen's own. */
  projectors: Record<string, string>;
}

type Patch = Partial<Omit<WorkshopRecord, 'id'>>;

interface WorkshopAccessState {
  workshops: Record<string, WorkshopRecord>;
  update: (id: string, patch: Patch) => void;
  setProjector: (id: string, projectorId: string, token: string) => void;
  forget: (id: string) => void;
}

const MAX_REMEMBERED = 50;

function blank(id: string): WorkshopRecord {
  return {
    id,
    title: '',
    joinCode: null,
    lastOpened: Date.now(),
    created: false,
    facilitator: null,
    participant: null,
    cofacilitatorSecret: null,
    projectors: {},
  };
}

function pruned(workshops: Record<string, WorkshopRecord>): Record<string, WorkshopRecord> {
  const entries = Object.values(workshops);
  if (entries.length <= MAX_REMEMBERED) return workshops;
  entries.sort((a, b) => b.lastOpened - a.lastOpened);
  return Object.fromEntries(entries.slice(0, MAX_REMEMBERED).map((w) => [w.id, w]));
}

/** Tokens per workshop, so a reload or a later visit gets back in without the link. */
export const useWorkshopAccess = create<WorkshopAccessState>()(
  persist(
    (set) => ({
      workshops: {},
      update: (id, patch) =>
        set(({ workshops }) => {
          const previous = workshops[id] ?? blank(id);
          const next: WorkshopRecord = { ...previous, ...patch, id, lastOpened: Date.now() };
          if (!next.title) next.title = previous.title;
          return { workshops: pruned({ ...workshops, [id]: next }) };
        }),
      setProjector: (id, projectorId, token) =>
        set(({ workshops }) => {
          const previous = workshops[id] ?? blank(id);
          return {
            workshops: {
              ...workshops,
              [id]: { ...previous, projectors: { ...previous.projectors, [projectorId]: token } },
            },
          };
        }),
      forget: (id) =>
        set(({ workshops }) => {
          const rest = { ...workshops };
          delete rest[id];
          return { workshops: rest };
        }),
    }),
    { name: 'mutopia-workshops', version: 1 },
  ),
);

export function workshopRecord(id: string): WorkshopRecord | undefined {
  return useWorkshopAccess.getState().workshops[id];
}

/**
 * The links of a workshop just created, shown once in the console and kept
 * only in memory: the secrets cannot be fetched again.
 */
export interface CreatedLinks {
  workshopId: string;
  joinCode: string;
  facilitatorSecret: string;
  cofacilitatorSecret: string;
}

interface CreatedLinksState {
  links: CreatedLinks | null;
  /** A facilitator secret just issued to replace the old one, shown once too. */
  rotated: { workshopId: string; facilitatorSecret: string } | null;
  show: (links: CreatedLinks) => void;
  dismiss: () => void;
  showRotated: (workshopId: string, facilitatorSecret: string) => void;
  dismissRotated: () => void;
}

export const useCreatedLinks = create<CreatedLinksState>()((set) => ({
  links: null,
  rotated: null,
  show: (links) => set({ links }),
  dismiss: () => set({ links: null }),
  showRotated: (workshopId, facilitatorSecret) => set({ rotated: { workshopId, facilitatorSecret } }),
  dismissRotated: () => set({ rotated: null }),
}));
