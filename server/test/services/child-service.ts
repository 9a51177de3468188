import { spawn, type ChildProcess } from 'node:child_process';

/** A spawned service that the tests own: started on a free port, stopped afterwards. */
export interface ChildService {
  readonly process: ChildProcess;
  /** The last lines it printed, for the error message when it does not come up. */
  output(): string;
}

export function spawnService(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): ChildService {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(chunk.toString());
    if (lines.length > 50) lines.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { process: child, output: () => lines.join('') };
}

/** Polls `ready` until it resolves true, failing with the service's output when it exits or never comes up. */
export async function waitUntilReady(
  service: ChildService,
  what: string,
  ready: () => Promise<boolean>,
  attempts = 300,
): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (service.process.exitCode !== null) {
      throw new Error(`${what} exited with ${service.process.exitCode}:\n${service.output()}`);
    }
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not come up:\n${service.output()}`);
}

/** Stops the process (SIGTERM, then SIGKILL) and waits for it to be gone. */
export async function stopService(service: ChildService, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  const child = service.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
