import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deBoard } from './de-board';
import { flattenMessages } from './keys';

const SRC = resolve(import.meta.dirname, '..');

/**
 * Every client module the board page can run: what the entry imports statically
 * (App's other pages are lazy and load all texts first), and everything the
 * board imports, lazily or not.
 */
function boardPageModules(): string[] {
  const all = new Set<string>();
  const walk = (start: string, lazyToo: boolean) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      all.add(file);
      const source = readFileSync(file, 'utf8');
      const specifiers = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)'/gm)];
      if (lazyToo) specifiers.push(...source.matchAll(/\bimport\('(\.{1,2}\/[^']+)'\)/g));
      for (const m of specifiers) {
        const base = resolve(dirname(file), m[1]!);
        const target = ['', '.ts', '.tsx', '/index.ts']
          .map((ext) => base + ext)
          .find((p) => /\.tsx?$/.test(p) && existsSync(p));
        if (target) visit(target);
      }
    };
    visit(join(SRC, start));
  };
  walk('main.tsx', false);
  walk('board/BoardPage.tsx', true);
  return [...all];
}

describe('the German texts bundled for the board page', () => {
  const keys = [...flattenMessages(deBoard).keys()];
  const has = (key: string) => keys.some((k) => k === key || k.startsWith(`${key}_`));
  const modules = boardPageModules().filter((f) => !f.includes('/i18n/'));

  it('hold every text the board page asks for, so it never shows a raw key', () => {
    const missing: string[] = [];
    let asked = 0;
    for (const file of modules) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\bt\('([\w.]+)'/g)) {
        asked++;
        if (!has(m[1]!)) missing.push(`${file.slice(SRC.length + 1)}: ${m[1]}`);
      }
      // t(`boardList.toggle.${value}`): at least the fixed part must be there.
      for (const m of source.matchAll(/\bt\(`([\w.]+)\$\{/g)) {
        asked++;
        if (!keys.some((k) => k.startsWith(m[1]!))) missing.push(`${file.slice(SRC.length + 1)}: ${m[1]}…`);
      }
    }
    expect(modules.some((f) => f.endsWith('board/BoardView.tsx'))).toBe(true);
    expect(asked).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
