import { useEffect } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ServerInfo } from '@mutopia/shared/access';
import { fetchServerInfo } from '../api/tickets';
import { chooseLinkOrigin, type LinkOrigin } from './link-origin';
import { useWorkshop } from './useWorkshop';

interface LinkOriginState {
  /** What the server said, per token that asked. */
  infos: Record<string, ServerInfo>;
  /** The LAN address the facilitator picked for links; kept across reloads. */
  chosen: string | null;
}

const useLinkOriginStore = create<LinkOriginState>()(
  persist(() => ({ infos: {}, chosen: null }) as LinkOriginState, {
    name: 'mutopia-link-origin',
    partialize: (state) => ({ chosen: state.chosen }),
  }),
);

const asked = new Set<string>();

export function chooseLanOrigin(origin: string): void {
  useLinkOriginStore.setState({ chosen: origin });
}

/** The origin for join links, QR codes and projector links on this screen (see link-origin.ts). */
export function useLinkOrigin(): LinkOrigin {
  const { token } = useWorkshop();
  const info = useLinkOriginStore((s) => s.infos[token] ?? null);
  const chosen = useLinkOriginStore((s) => s.chosen);
  useEffect(() => {
    if (asked.has(token)) return;
    asked.add(token);
    fetchServerInfo(token).then(
      (answer) => useLinkOriginStore.setState((s) => ({ infos: { ...s.infos, [token]: answer } })),
      // Without an answer the browser's own address is used; the next screen that needs it asks again.
      () => asked.delete(token),
    );
  }, [token]);
  return chooseLinkOrigin(window.location.origin, info, chosen);
}
