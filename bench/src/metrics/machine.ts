import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** Busy CPU time of the whole machine so far, ms (all cores; idle and iowait excluded). */
export function machineBusyMs(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  // cpu user nice system idle iowait irq softirq steal …
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return ((user! + nice! + system! + irq! + softirq! + steal!) * 1000) / TICKS_PER_SECOND;
}
