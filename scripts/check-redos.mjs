#!/usr/bin/env node
// Every regular expression in the shipped sources, checked for catastrophic backtracking with recheck.
// The parsers run on whatever text people paste, so one pattern like /(\w+\s?)*$/ is enough to hang the
// bot on a crafted message. Patterns are found with the TypeScript parser (not a regex over the source),
// so a `/` in a division or a comment is never mistaken for a literal.
//
// Prints one line per vulnerable pattern (file:line, complexity, attack string, its cost in V8), then
// `redos: N patterns checked, M vulnerable` and exits 1 when M > 0 or when a pattern could not be checked
// at all (checker error, time budget spent). A polynomial verdict counts only once V8 confirms it (see
// confirmInV8). Patterns built at run time (`new RegExp(words.join('|'))`) cannot be checked
// statically; they are listed as unchecked, and a unit test beside each asserts its shape (the dates
// trigger words: news-chrono.test.ts). `new RegExp(LITERAL.source, flags)` is checked as the literal.
import { setMaxListeners } from 'node:events';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const SOURCE_ROOTS = ['packages', 'apps'];
/**
 * The automaton checker is exact but can take seconds on a pattern with `\b` and `/i` (a large automaton);
 * the fuzzer answers those in well under a second. So each pattern gets the automaton (recheck's `auto`)
 * for a short while, then the fuzzer. The whole run must stay well under two minutes in CI.
 */
const AUTO_TIMEOUT_MS = 2_500;
const FUZZ_TIMEOUT_MS = 8_000;
const TOTAL_BUDGET_MS = 100_000;
const CONCURRENCY = 4;

function isTestFile(path) {
  return /\.(?:test|spec|test-d)\.tsx?$/.test(path) || path.includes('/__tests__/');
}

function* sourceFiles() {
  for (const group of SOURCE_ROOTS) {
    const groupDir = join(root, group);
    let packages = [];
    try {
      packages = readdirSync(groupDir);
    } catch {
      continue;
    }
    for (const pkg of packages) {
      const src = join(groupDir, pkg, 'src');
      try {
        if (!statSync(src).isDirectory()) continue;
      } catch {
        continue;
      }
      yield* walk(src);
    }
  }
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* walk(path);
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !isTestFile(path)) {
      yield path;
    }
  }
}

/** The literal value of a string argument, or null when it is computed at run time. */
function literalString(node) {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return null;
}

function findPatterns(path) {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const unchecked = [];
  const lineOf = (node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  // `new RegExp(NAME.source, 'g')` where NAME is a regex literal of this file: the literal's pattern.
  const literals = new Map();
  const collect = (node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer?.kind === ts.SyntaxKind.RegularExpressionLiteral
    ) {
      const literal = node.initializer.getText(file);
      literals.set(node.name.text, literal.slice(1, literal.lastIndexOf('/')));
    }
    ts.forEachChild(node, collect);
  };
  collect(file);
  const sourceOfLiteral = (node) =>
    node &&
    ts.isPropertyAccessExpression(node) &&
    node.name.text === 'source' &&
    ts.isIdentifier(node.expression) &&
    literals.has(node.expression.text)
      ? literals.get(node.expression.text)
      : null;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file);
      const slash = literal.lastIndexOf('/');
      found.push({ source: literal.slice(1, slash), flags: literal.slice(slash + 1), line: lineOf(node) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [patternArg, flagsArg] = node.arguments ?? [];
      const source = literalString(patternArg) ?? sourceOfLiteral(patternArg);
      const flags = flagsArg === undefined ? '' : literalString(flagsArg);
      if (source !== null && flags !== null) found.push({ source, flags, line: lineOf(node) });
      // `new RegExp(/x/.source + ...)` or a template with substitutions: built at run time.
      else unchecked.push({ line: lineOf(node), text: node.getText(file).slice(0, 100) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { found, unchecked };
}

const started = Date.now();
/** One check per distinct pattern, reported at every place it occurs. */
const byPattern = new Map();
const unchecked = [];
for (const path of sourceFiles()) {
  const where = relative(root, path);
  const result = findPatterns(path);
  for (const { source, flags, line } of result.found) {
    const key = `${flags}\u0000${source}`;
    const entry = byPattern.get(key) ?? { source, flags, locations: [] };
    entry.locations.push(`${where}:${line}`);
    byPattern.set(key, entry);
  }
  for (const item of result.unchecked) unchecked.push({ where: `${where}:${item.line}`, text: item.text });
}

/**
 * A pattern with no `*`, `+` or `{m,n}` repeats nothing, so each start position costs a bounded amount of
 * work: linear however it alternates. Skipping those keeps the run short enough for CI.
 */
const repeats = (source) => /[*+]|\{\d*,\d*\}/.test(source);
const allPatterns = [...byPattern.values()];
const patterns = allPatterns.filter((pattern) => repeats(pattern.source));
const deadline = new AbortController();
// Every pending check listens on the one budget signal.
setMaxListeners(0, deadline.signal);
const budgetTimer = setTimeout(() => deadline.abort(), TOTAL_BUDGET_MS);
budgetTimer.unref();

async function runCheck(pattern, params) {
  if (deadline.signal.aborted) return { status: 'unknown', error: { kind: 'budget' } };
  try {
    return await check(pattern.source, pattern.flags, { ...params, signal: deadline.signal });
  } catch (error) {
    return { status: 'unknown', error: { kind: 'unexpected', message: String(error?.message ?? error) } };
  }
}

async function checkOne(pattern) {
  const first = await runCheck(pattern, { timeout: AUTO_TIMEOUT_MS });
  if (first.status !== 'unknown' || first.error?.kind !== 'timeout') return first;
  return runCheck(pattern, { timeout: FUZZ_TIMEOUT_MS, checker: 'fuzz' });
}

const results = new Array(patterns.length);
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(CONCURRENCY, patterns.length) }, async () => {
    while (next < patterns.length) {
      const index = next++;
      results[index] = await checkOne(patterns[index]);
    }
  }),
);
clearTimeout(budgetTimer);

/** The attack string with each pump repeated `repeat` times. */
function attackString(attack, repeat) {
  let text = '';
  for (const pump of attack.pumps) text += pump.prefix + pump.pump.repeat(repeat);
  return text + attack.suffix;
}

function matchMilliseconds(regex, text) {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 2; run++) {
    const started = performance.now();
    regex.lastIndex = 0;
    regex.exec(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * The fuzzer's verdicts depend on how fast the machine runs at that moment: under load it reports
 * patterns that V8 matches in linear time (seen: /\b(?:attack|...)\s+(?:the\s+)?/g). So a polynomial
 * verdict counts only when V8 itself slows down super-linearly on the attack string: the attack is
 * doubled until a match takes 40 ms, and the last doubling must have cost at least 3× (linear: 2×,
 * quadratic: 4×). Exponential verdicts come from the automaton checker and stand as they are.
 */
function confirmInV8(pattern, result) {
  if (result.complexity?.type === 'exponential') return { confirmed: true, detail: 'exponential' };
  let regex;
  try {
    // Without g/y the match is tried from every start position, as a search over text does.
    regex = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  } catch {
    return { confirmed: true, detail: 'not compiled by this Node; trusted as reported' };
  }
  const degree = Math.max(2, result.complexity?.degree ?? 2);
  const pumpLength = Math.max(
    1,
    result.attack.pumps.reduce((sum, pump) => sum + pump.pump.length, 0),
  );
  let repeat = Math.max(1, Math.floor(10 ** (6 / degree) / pumpLength));
  let previous = null;
  for (;;) {
    const text = attackString(result.attack, repeat);
    const ms = matchMilliseconds(regex, text);
    if (ms >= 40) {
      if (!previous) return { confirmed: true, detail: `${ms.toFixed(0)} ms on ${text.length} characters` };
      const growth = ms / Math.max(previous.ms, 0.01);
      return {
        confirmed: growth >= 3,
        detail: `${ms.toFixed(0)} ms on ${text.length} characters, ×${growth.toFixed(1)} for twice the length`,
      };
    }
    if (text.length > 500_000) {
      return { confirmed: false, detail: `${ms.toFixed(1)} ms on ${text.length} characters` };
    }
    previous = { ms, length: text.length };
    repeat *= 2;
  }
}

let vulnerable = 0;
let unconfirmed = 0;
let unknown = 0;
/** A pattern the checker never looked at (tool error, budget spent) fails the run like a vulnerable one. */
let checkerFailures = 0;
for (let i = 0; i < patterns.length; i++) {
  const pattern = patterns[i];
  const result = results[i];
  const shown = `/${pattern.source}/${pattern.flags}`;
  if (result.status === 'vulnerable') {
    const attack = result.attack?.pattern ?? JSON.stringify(result.attack?.string ?? '');
    const v8 = confirmInV8(pattern, result);
    if (v8.confirmed) vulnerable++;
    else unconfirmed++;
    const label = v8.confirmed ? 'VULNERABLE' : 'unconfirmed';
    for (const location of pattern.locations) console.log(`${label.padEnd(10)} ${location} ${shown}`);
    console.log(`  ${result.complexity.summary}; attack: ${attack}; V8: ${v8.detail}`);
  } else if (result.status === 'unknown') {
    unknown++;
    if (result.error?.kind === 'unexpected' || result.error?.kind === 'budget') checkerFailures++;
    const reason =
      result.error?.kind === 'budget' ? 'not reached within the time budget' : result.error?.kind;
    console.log(
      `unknown    ${pattern.locations.join(', ')} ${shown} (${reason}${result.error?.message ? `: ${result.error.message}` : ''})`,
    );
  }
}
for (const item of unchecked) {
  console.log(`unchecked  ${item.where} built at run time: ${item.text}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `redos: ${allPatterns.length} patterns checked, ${vulnerable} vulnerable` +
    ` (${allPatterns.length - patterns.length} without repetition, linear by construction)` +
    (unconfirmed > 0 ? `, ${unconfirmed} flagged by the fuzzer but linear in V8` : '') +
    (unknown > 0 ? `, ${unknown} unknown` : '') +
    (unchecked.length > 0 ? `, ${unchecked.length} built at run time (unchecked)` : '') +
    ` (${seconds} s)`,
);
process.exit(vulnerable > 0 || checkerFailures > 0 ? 1 : 0);
