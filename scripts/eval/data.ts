import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `../shared/eval` beside the repo, or `NEWSPARSE_EVAL_DIR`. */
export function evalDir(): string {
  return resolve(process.env.NEWSPARSE_EVAL_DIR ?? join(import.meta.dirname, '../../../shared/eval'));
}

/** `../shared/fixtures/articles`, or `fixtures/articles` beside `NEWSPARSE_EVAL_DIR`. */
export function fixturesDir(): string {
  const besideEval = resolve(evalDir(), '../fixtures/articles');
  return existsSync(besideEval) ? besideEval : resolve(import.meta.dirname, '../../fixtures/articles');
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

export function ratio(hits: number, total: number): number {
  return total === 0 ? 0 : hits / total;
}
