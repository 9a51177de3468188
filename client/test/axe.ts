import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

// From node_modules, never a CDN: the tests run offline like a conference LAN.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA, as BITV 2.0 (EN 301 549) asks. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeExceptions {
  /**
   * Rules switched off for some elements only: rule id to CSS selectors.
   * Each use must say in the calling test why the rule cannot be met there.
   */
  skip?: Record<string, string[]>;
}

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** How many axe runs this file made and how long they took, to keep the suite's budget in view. */
export const axeStats = { runs: 0, ms: 0 };

/** The page's WCAG 2.1 AA violations, one readable line per element. */
export async function axeViolations(page: Page, exceptions: AxeExceptions = {}): Promise<string[]> {
  const started = performance.now();
  // The page's CSP forbids inline scripts: pages checked with axe need a context with bypassCSP.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.addScriptTag({ content: AXE_SOURCE });
  const skip = exceptions.skip ?? {};
  const script = `(async () => {
    const skip = ${JSON.stringify(skip)};
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .filter((n) => !(skip[v.id] || []).some((s) => n.target.every((t) => typeof t === 'string' && document.querySelector(t) && document.querySelector(t).closest(s))))
        .map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    })).filter((v) => v.nodes.length > 0);
  })()`;
  const violations = (await page.evaluate(script)) as AxeViolation[];
  axeStats.runs += 1;
  axeStats.ms += performance.now() - started;
  // axe files one <main> per page under best practice, outside the WCAG tags; screen reader users jump to it.
  const mains = (await page.evaluate(`document.querySelectorAll('main, [role="main"]').length`)) as number;
  const landmark = mains === 1 ? [] : [`landmark-one-main: ${mains} main landmarks, want exactly one`];
  return landmark.concat(
    violations.flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact}) ${JSON.stringify(n.target)}: ${v.help}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
      ),
    ),
  );
}

/**
 * Fails the test (softly: the other views are still checked) if axe finds
 * anything at WCAG 2.1 AA on the page as it is now; the message lists each
 * violation's rule, impact, element and help.
 */
export async function expectNoViolations(page: Page, label: string, exceptions?: AxeExceptions): Promise<void> {
  const found = await axeViolations(page, exceptions);
  expect.soft(found, `axe on ${label}:\n${found.join('\n')}`).toEqual([]);
}
