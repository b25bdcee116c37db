// `pnpm eval`: runs every suite on ../shared/eval (or NEWSPARSE_EVAL_DIR), prints one table and writes
// it as JSON to .eval-results/latest.json. Not part of the test command: it needs the shared data.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDir } from './data.js';
import type { EvalRow, EvalSuite } from './types.js';

/** Each parser's suite lives in its own file beside this one. */
const suiteModules = ['structure', 'reuters', 'entities', 'polnear', 'casualties', 'questions'];

async function loadSuites(only: string[]): Promise<EvalSuite[]> {
  const suites: EvalSuite[] = [];
  for (const name of suiteModules) {
    if (only.length > 0 && !only.includes(name)) continue;
    if (!existsSync(join(import.meta.dirname, `${name}.ts`))) continue;
    const module = (await import(`./${name}.ts`)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (value && typeof value === 'object' && 'run' in value && 'name' in value)
        suites.push(value as EvalSuite);
    }
  }
  return suites;
}

/** Rates print as percentages; counts (a goal above 1, or "no more than 0") print as they are. */
function isCount(row: EvalRow): boolean {
  if (row.value > 1 || (row.goal !== undefined && row.goal > 1)) return true;
  return row.goal === 0 && row.lowerIsBetter === true;
}

function formatValue(row: EvalRow): string {
  return isCount(row) ? String(row.value) : `${(row.value * 100).toFixed(1)} %`;
}

function meetsGoal(row: EvalRow): string {
  if (row.goal === undefined) return '';
  const ok = row.lowerIsBetter ? row.value <= row.goal : row.value >= row.goal;
  return ok ? 'ok' : 'BELOW GOAL';
}

const dataDir = evalDir();
if (!existsSync(dataDir)) {
  console.error(`eval: no data at ${dataDir}; set NEWSPARSE_EVAL_DIR to the folder with the eval data sets`);
  process.exit(2);
}
const only = process.argv.slice(2);
const results: (EvalRow & { suite: string })[] = [];
for (const suite of await loadSuites(only)) {
  const started = performance.now();
  try {
    const rows = await suite.run(dataDir);
    for (const row of rows) results.push({ suite: suite.name, ...row });
    console.error(`eval: ${suite.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`eval: suite ${suite.name} failed:`, error);
    results.push({
      suite: suite.name,
      dataset: '-',
      field: 'suite crashed',
      value: 0,
      n: 0,
      note: String(error),
    });
  }
}
console.table(
  results.map((row) => ({
    suite: row.suite,
    dataset: row.dataset,
    field: row.field,
    value: formatValue(row),
    n: row.n,
    goal:
      row.goal === undefined
        ? ''
        : `${row.lowerIsBetter ? '≤' : '≥'} ${formatValue({ ...row, value: row.goal })}`,
    status: meetsGoal(row),
  })),
);
const outDir = join(import.meta.dirname, '../../.eval-results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify({ dataDir, results }, null, 2)}\n`);
console.error(`eval: wrote ${join(outDir, 'latest.json')}`);
