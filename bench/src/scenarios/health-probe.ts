import { LOAD_CORE, spawnPinned } from '../util/children.js';

/** Sequential GET /healthz until the window ends; prints the latencies (ms) as JSON. Plain JS: no tsx start-up. */
const PROBE = `
const [url, windowMs] = process.argv.slice(1);
const latencies = [];
const end = performance.now() + Number(windowMs);
(async () => {
  while (performance.now() < end) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
  }
  process.stdout.write(JSON.stringify(latencies));
})();
`;

/**
 * What a legitimate client waits for `GET /healthz` during `windowMs`, measured
 * from a process of its own on the load core: the attacks run in the harness's
 * process, and their own work (encoding updates, opening sockets) would
 * otherwise delay the probe's timers and count as the server's latency.
 */
export async function probeHealthApart(httpUrl: string, windowMs: number): Promise<number[]> {
  const child = spawnPinned(LOAD_CORE, process.execPath, ['-e', PROBE, `${httpUrl}/healthz`, String(windowMs)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`health probe exited with ${code}`);
  return JSON.parse(out) as number[];
}
