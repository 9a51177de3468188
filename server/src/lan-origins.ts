import { isIP } from 'node:net';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Bridges of containers and VMs: other devices in the room cannot reach them. */
const VIRTUAL = /^(docker|br-|veth|virbr|vboxnet|vmnet|cni|flannel|tun|tap|utun|zt)/;

function isLoopback(host: string): boolean {
  return host === 'localhost' || host.startsWith('127.') || host === '::1';
}

function origin(address: string, port: number): string {
  return new URL(`http://${isIP(address) === 6 ? `[${address}]` : address}:${port}`).origin;
}

/**
 * The origins other devices on the network can open this server at: one per
 * IPv4 address of a real network interface, virtual bridges last. IPv6 is
 * left out: venue wifi hands phones IPv4, and a link-local IPv6 address in a
 * QR code does not work from a phone.
 */
export function lanOrigins(port: number, host: string, interfaces: Interfaces = networkInterfaces()): string[] {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  if (!wildcard) return isLoopback(host) ? [] : [origin(host, port)];
  const found: Array<{ origin: string; virtual: boolean }> = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.internal || info.family !== 'IPv4' || info.address.startsWith('169.254.')) continue;
      found.push({ origin: origin(info.address, port), virtual: VIRTUAL.test(name) });
    }
  }
  // Stable sort: the operating system's order within each group.
  found.sort((a, b) => Number(a.virtual) - Number(b.virtual));
  return [...new Set(found.map((f) => f.origin))];
}

/** What `pnpm start` prints: the address to open, and where the phones in the room reach it. */
export function startupLines(publicOrigin: string | undefined, port: number, lan: string[]): string[] {
  if (publicOrigin) return [`Mutopia is running at ${new URL(publicOrigin).origin}/`];
  const lines = [`Mutopia is running at http://localhost:${port}/`];
  if (lan.length === 0) {
    lines.push('No network address found: phones cannot reach this server; set PUBLIC_ORIGIN if they should.');
  } else {
    lines.push(`Open the console on the local network so join links and QR codes work on phones: ${lan[0]}/`);
    for (const other of lan.slice(1)) lines.push(`  also reachable at ${other}/`);
  }
  return lines;
}
