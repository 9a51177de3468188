import { useEffect, useState } from 'react';
import { readFragment } from './links';

/**
 * Takes a secret or token out of the address bar's fragment once, and removes
 * it from the address bar (and so from the history and from screenshots).
 */
export function useFragmentCredential(name: 'key' | 'token'): string | null {
  const [value] = useState(() => readFragment(window.location.hash, name));
  useEffect(() => {
    if (value === null) return;
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', pathname + search);
  }, [value]);
  return value;
}
