/** Connects per loopback source address: under the server's per-address connect burst (YJS_CONNECT_BURST 300). */
const CONNECTS_PER_ADDRESS = 200;
/** Connects this generator process has made so far; client indexes restart with every load, addresses must not. */
let connects = 0;

/**
 * The loopback address the next generated client connects from (127.0.1.x).
 * The server limits board connects per address, as a venue's NAT would meet
 * it; 800 simulated people are 800 devices, not one, so they come from several.
 */
export function nextSourceAddress(): string {
  return `127.0.1.${1 + (Math.floor(connects++ / CONNECTS_PER_ADDRESS) % 250)}`;
}
