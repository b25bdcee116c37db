#!/usr/bin/env node
// publint and arethetypeswrong on each published package, from the tarball pnpm would publish
// (pnpm pack rewrites `workspace:` ranges as npm would see them).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const published = ['packages/core', 'packages/qa', 'packages/cli'];
let failures = 0;
for (const dir of published) {
  const cwd = join(root, dir);
  const out = mkdtempSync(join(tmpdir(), 'newsparse-pack-'));
  execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd, stdio: 'ignore' });
  const tarball = join(
    out,
    readdirSync(out).find((file) => file.endsWith('.tgz')),
  );
  for (const [tool, args] of [
    ['publint', ['exec', 'publint', 'run', tarball, '--strict']],
    ['attw', ['exec', 'attw', tarball, '--format', 'table-flipped', '--no-emoji']],
  ]) {
    const result = spawnSync('pnpm', args, { cwd: root, encoding: 'utf8' });
    const ok = result.status === 0;
    if (!ok) failures++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${tool} ${dir}`);
    if (!ok || process.env.VERBOSE) console.log(result.stdout, result.stderr);
  }
}
process.exit(failures > 0 ? 1 : 0);
