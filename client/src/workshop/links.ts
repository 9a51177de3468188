/**
 * The links of a workshop. Secrets and viewer tokens travel in the fragment
 * (`#key=…`, `#token=…`): browsers never send it, so it never reaches a
 * server log or a proxy.
 */

export function facilitatorPath(workshopId: string): string {
  return `/w/${encodeURIComponent(workshopId)}/facilitate`;
}

export function participantPath(workshopId: string): string {
  return `/w/${encodeURIComponent(workshopId)}`;
}

/**
 * A person's personal link after their devices were signed out: whoever opens
 * it carries on as that person (participant id beside the token, so the page
 * knows whom it holds before the server says so).
 */
export function personalLinkPath(workshopId: string, participantId: string, token: string): string {
  return `${withFragment(participantPath(workshopId), 'token', token)}&pid=${encodeURIComponent(participantId)}`;
}

export function joinPath(joinCode: string): string {
  return `/j/${encodeURIComponent(joinCode)}`;
}

export function projectorPath(workshopId: string, projectorId: string): string {
  return `/w/${encodeURIComponent(workshopId)}/projector/${encodeURIComponent(projectorId)}`;
}

export function stationPath(workshopId: string, stationId: string): string {
  return `/w/${encodeURIComponent(workshopId)}/station/${encodeURIComponent(stationId)}`;
}

export function withFragment(path: string, name: 'key' | 'token', value: string): string {
  return `${path}#${name}=${encodeURIComponent(value)}`;
}

export function absoluteUrl(origin: string, path: string): string {
  return origin.replace(/\/+$/, '') + path;
}

/** Reads `name` from a fragment like `#key=abc&x=y`; null when absent or empty. */
export function readFragment(hash: string, name: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(name);
  return value ? value : null;
}

/** Projector ids are lower-case a–z, 0–9 and dashes, at most 32 characters. */
export function projectorIdFrom(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/ß/g, 'ss')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/g, '');
}

export function isProjectorId(id: string): boolean {
  return /^[a-z0-9-]{1,32}$/.test(id);
}
