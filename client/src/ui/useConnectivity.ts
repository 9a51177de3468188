import { useSyncExternalStore } from 'react';
import { getConnectivity, subscribeConnectivity, type Connectivity } from './connectivity';

/** The tab's connection to the server: status, unconfirmed edits, and whether the offline line shows. */
export function useConnectivity(): Connectivity {
  return useSyncExternalStore(subscribeConnectivity, getConnectivity);
}
