import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { YJS_PATH } from '@mutopia/shared/protocol';
import { plainConnection, ticketedConnection } from '../board/ticketed-connection';

/** A board's document opened next to the one on screen (the team's persona, the harbour's ships). */
export interface SideDoc {
  boardId: string;
  doc: Y.Doc;
  /** Origin of this person's edits on the side board. */
  origin: object;
  readOnly: boolean;
}

function websocketBase(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${YJS_PATH}`;
}

/**
 * Syncs another board of the workshop for as long as the caller is mounted.
 * No IndexedDB copy: the side board is a view into the team's or harbour's
 * board, and its own page keeps the offline copy. Nobody appears on the side
 * board's presence either: the people looking are at another station.
 * Returns null until the first sync, so a view never offers to fill a card
 * that only looks empty because it has not arrived yet.
 */
export function useSideDoc(boardId: string | undefined, token: string | undefined, readOnly: boolean): SideDoc | null {
  const [side, setSide] = useState<SideDoc | null>(null);
  useEffect(() => {
    if (!boardId) return;
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(websocketBase(), boardId, doc, { connect: false });
    const connection = token ? ticketedConnection(provider, boardId, token) : plainConnection(provider);
    provider.awareness.setLocalState(null);
    const opened: SideDoc = { boardId, doc, origin: { kind: 'local-edit' }, readOnly };
    const onSync = (synced: boolean) => {
      if (synced) setSide(opened);
    };
    provider.on('sync', onSync);
    // Deferred like the board connection, so StrictMode's immediate unmount opens no socket.
    const connect = setTimeout(() => connection.start(), 0);
    return () => {
      clearTimeout(connect);
      provider.off('sync', onSync);
      setSide(null);
      connection.stop();
      provider.destroy();
      doc.destroy();
    };
  }, [boardId, token, readOnly]);
  return side;
}

/**
 * A value read from a document, re-read after every change `subscribe`
 * reports. `read` and `subscribe` may be inline functions; only `doc` decides
 * when to subscribe again.
 */
export function useDocValue<T>(
  doc: Y.Doc | null | undefined,
  read: (doc: Y.Doc) => T,
  subscribe: (doc: Y.Doc, onChange: () => void) => () => void,
): T | null {
  const readRef = useRef(read);
  const subscribeRef = useRef(subscribe);
  readRef.current = read;
  subscribeRef.current = subscribe;
  const [value, setValue] = useState<{ doc: Y.Doc; value: T } | null>(() => (doc ? { doc, value: read(doc) } : null));
  useEffect(() => {
    if (!doc) return;
    const update = () => setValue({ doc, value: readRef.current(doc) });
    update();
    return subscribeRef.current(doc, update);
  }, [doc]);
  // A value read from the previous document never shows for the next one.
  return value && value.doc === doc ? value.value : null;
}

/** Subscribes to every change below a root map (ships, notes). */
export function observeRootMap(name: string): (doc: Y.Doc, onChange: () => void) => () => void {
  return (doc, onChange) => {
    const map = doc.getMap(name);
    const listener = () => onChange();
    map.observeDeep(listener);
    return () => map.unobserveDeep(listener);
  };
}
