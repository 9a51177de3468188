import { resolve } from 'node:path';

/** The top of the checkout: bench/src/util → ../../.. */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const BENCH_SRC = resolve(import.meta.dirname, '..');
export const SERVER_MAIN = resolve(REPO_ROOT, 'server/src/main.ts');
/** The built client that C1 serves and weighs; BENCH_CLIENT_DIST points it at another build (several people share one checkout). */
export const CLIENT_DIST = process.env.BENCH_CLIENT_DIST
  ? resolve(process.env.BENCH_CLIENT_DIST)
  : resolve(REPO_ROOT, 'client/dist');
export const DOCS_DIR = resolve(REPO_ROOT, 'docs');
export const CHART_DIR = resolve(DOCS_DIR, 'bench');
export const REPORT_FILE = resolve(DOCS_DIR, 'benchmarks.md');
