#!/usr/bin/env node
// The whole test suite, as the README's test command runs it: every check runs even after one fails,
// and the last line is the plain `N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const vitestReport = join(mkdtempSync(join(tmpdir(), 'newsparse-check-')), 'vitest.json');

const steps = [
  { name: 'lint and format (biome)', command: 'pnpm', args: ['run', 'lint'] },
  { name: 'build (tsup: ESM + CJS + d.ts)', command: 'pnpm', args: ['run', 'build'] },
  { name: 'typecheck (tsc strict)', command: 'pnpm', args: ['run', 'typecheck'] },
  {
    name: 'unit, property and end-to-end tests (vitest)',
    command: 'pnpm',
    args: [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestReport}`,
    ],
    vitest: true,
  },
  { name: 'package checks (publint, arethetypeswrong)', command: 'pnpm', args: ['run', 'check:packages'] },
  {
    name: 'ReDoS check of every regular expression (recheck)',
    command: 'pnpm',
    args: ['run', 'check:redos'],
  },
];

let passed = 0;
let failed = 0;
const summary = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (step.vitest && existsSync(vitestReport)) {
    const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    // A suite that fails to load has no failed test but must still fail the run.
    if (!ok && (report.numFailedTests ?? 0) === 0) failed += 1;
    summary.push(
      `${ok ? 'ok  ' : 'FAIL'} ${step.name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
    );
  } else {
    if (ok) passed += 1;
    else failed += 1;
    summary.push(`${ok ? 'ok  ' : 'FAIL'} ${step.name}`);
  }
}
console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
