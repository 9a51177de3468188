import type { ServerInfo } from '@mutopia/shared/access';

/** Where the links and QR codes a console prints should point. */
export interface LinkOrigin {
  origin: string;
  /** `loopback`: the console runs on this machine's own address, which no phone can reach. */
  warning: 'loopback' | null;
  /** The server's network addresses to choose from (only with the loopback warning). */
  choices: string[];
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1';
}

/**
 * PUBLIC_ORIGIN wins; else the address the console was opened at, unless that
 * is a loopback address: then one of the server's LAN addresses (the one the
 * facilitator chose, or the first), with a warning.
 */
export function chooseLinkOrigin(browserOrigin: string, info: ServerInfo | null, chosen: string | null): LinkOrigin {
  if (info?.publicOrigin) return { origin: info.publicOrigin, warning: null, choices: [] };
  if (!isLoopbackHost(new URL(browserOrigin).hostname)) return { origin: browserOrigin, warning: null, choices: [] };
  const choices = info?.lanOrigins ?? [];
  const origin = chosen && choices.includes(chosen) ? chosen : (choices[0] ?? browserOrigin);
  return { origin, warning: 'loopback', choices };
}
