import { useState } from 'react';
import { useLocation } from 'wouter';
import { errorCodeOf, type ApiErrorCode } from '../api/http';
import { useWorkshopAccess } from '../stores/workshopAccess';
import { facilitatorPath } from '../workshop/links';
import { loginSession } from './series-api';

/**
 * "Moderieren": a facilitator token for the session from the series (no link of
 * its own needed), kept like any facilitator's, then the workshop console.
 */
export function useOpenSession(seriesId: string, token: string) {
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiErrorCode | 'unknown' | null>(null);
  const open = async (workshopId: string, title: string) => {
    setBusy(workshopId);
    setError(null);
    try {
      const login = await loginSession(seriesId, token, workshopId);
      useWorkshopAccess
        .getState()
        .update(workshopId, { title, facilitator: { token: login.token, role: 'facilitator' } });
      navigate(facilitatorPath(workshopId));
    } catch (cause) {
      setError(errorCodeOf(cause));
      setBusy(null);
    }
  };
  return { open, busy, error };
}
