import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/** Every child the harness started; all are killed when the harness exits, however it exits. */
const children = new Set<ChildProcess>();
let hooked = false;

function killAll(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  children.clear();
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

/** The CPU list `taskset -c` takes; the machine has two cores, 0 for servers and 1 for load. */
export const SERVER_CORE = '0';
export const LOAD_CORE = '1';

/**
 * The machine is shared with other people's builds and tests: the processes
 * under measurement run at this niceness so those disturb them less (root may
 * lower it; otherwise nice warns and runs them at the usual priority).
 */
export const NICENESS = '-10';

/** Spawns `command args` pinned to `core` with taskset (all threads inherit the mask), at NICENESS. */
export function spawnPinned(core: string, command: string, args: string[], options: SpawnOptions): ChildProcess {
  hookExit();
  // Its own session, so its own scheduler autogroup: with autogroups on (Linux's default for desktops and
  // this machine), niceness only counts inside a group, and the group's own nice is what others compete with.
  const child = spawn('nice', ['-n', NICENESS, 'taskset', '-c', core, command, ...args], {
    ...options,
    detached: true,
  });
  try {
    writeFileSync(`/proc/${child.pid}/autogroup`, NICENESS);
  } catch {
    // no autogroups here, or not allowed: the plain niceness still applies
  }
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** SIGTERM, then SIGKILL after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(timer);
}

export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGKILL');
  await exited(child);
}
