import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The value below which `p` percent of the sorted samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export interface Throughput {
  articles: number;
  characters: number;
  milliseconds: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  passes: number;
  /** Parses run before measuring, until the engine's speed settled (`warmUp`). */
  warmUpParses: number;
}

/** Two passes this close in speed (relative) mean the JIT has settled. */
const SETTLED = 0.03;
const WARM_UP_MAX_PARSES = 4000;
const WARM_UP_MAX_MILLISECONDS = 30_000;

/**
 * Runs `work` over the texts, pass after pass, until its speed has settled: two passes within 3 % of
 * each other in characters per millisecond. Each engine is a JIT-compiled program that runs at a third
 * of its speed over its first few hundred parses, so measuring from a cold start compares warm-ups, not
 * throughputs. Whole passes are compared because the texts differ: a window of part of them measures
 * its mix of texts as much as the engine. Bounded by 4,000 parses or 30 s. Returns how many parses it ran.
 */
export function warmUp(work: (text: string) => unknown, texts: readonly string[]): number {
  const started = performance.now();
  let parses = 0;
  let previousSpeed = 0;
  while (parses < WARM_UP_MAX_PARSES && performance.now() - started < WARM_UP_MAX_MILLISECONDS) {
    let characters = 0;
    const passStarted = performance.now();
    for (const text of texts) {
      work(text);
      characters += text.length;
    }
    parses += texts.length;
    const speed = characters / Math.max(performance.now() - passStarted, 1e-3);
    if (previousSpeed > 0 && Math.abs(speed - previousSpeed) <= SETTLED * previousSpeed) break;
    previousSpeed = speed;
  }
  return parses;
}

/**
 * Throughput of several engines on the same texts, interleaved: each round every engine parses the same
 * batch, in a rotating order, so a burst of load from elsewhere on the machine slows them all alike and
 * the ratios stay fair. Each engine is first warmed up until its speed settles (`warmUp`). Runs until
 * `budgetMilliseconds` have gone by and every text was seen once.
 */
export function compareThroughput<Name extends string>(
  engines: Record<Name, (text: string) => unknown>,
  texts: readonly string[],
  budgetMilliseconds: number,
  batchSize = 20,
): Record<Name, Throughput> {
  const names = Object.keys(engines) as Name[];
  const totals = new Map(names.map((name) => [name, { articles: 0, characters: 0, milliseconds: 0 }]));
  const warmUpParses = new Map(names.map((name) => [name, warmUp(engines[name], texts)]));
  const started = performance.now();
  let cursor = 0;
  let round = 0;
  while (cursor < texts.length || performance.now() - started < budgetMilliseconds) {
    const batch = Array.from({ length: batchSize }, (_, i) => texts[(cursor + i) % texts.length] as string);
    const characters = batch.reduce((sum, text) => sum + text.length, 0);
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length] as Name;
      const work = engines[name];
      const batchStarted = performance.now();
      for (const text of batch) work(text);
      const total = totals.get(name) as { articles: number; characters: number; milliseconds: number };
      total.milliseconds += performance.now() - batchStarted;
      total.articles += batch.length;
      total.characters += characters;
    }
    cursor += batchSize;
    round++;
  }
  const out = {} as Record<Name, Throughput>;
  for (const [name, total] of totals) {
    out[name] = {
      ...total,
      articlesPerSecond: (total.articles * 1000) / total.milliseconds,
      megabytesPerSecond: total.characters / 1e6 / (total.milliseconds / 1000),
      passes: total.articles / texts.length,
      warmUpParses: warmUpParses.get(name) ?? 0,
    };
  }
  return out;
}

/** Milliseconds for each of `runs` calls. */
export function latencies(runs: number, work: (run: number) => unknown): number[] {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work(run);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** tsx's loader, by URL, so a worker runs from any working directory. */
const tsxLoader = import.meta.resolve('tsx');

/**
 * Runs a bench worker (a .ts file under bench/workers) in a fresh Node process, so its numbers are
 * cold (model load) or its own (heap, RSS), and returns the JSON it printed on its last stdout line.
 */
export function runWorker<T>(
  worker: string,
  args: string[] = [],
  nodeFlags: string[] = [],
  timeoutMs = 300_000,
  useTsx = true,
): { ok: true; value: T } | { ok: false; error: string } {
  const path = fileURLToPath(new URL(`./workers/${worker}`, import.meta.url));
  const loader = useTsx ? ['--import', tsxLoader] : [];
  const result = spawnSync(process.execPath, [...nodeFlags, ...loader, path, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = (result.stdout ?? '').trim().split('\n');
  const last = lines[lines.length - 1] ?? '';
  if (result.status === 0 && last.startsWith('{')) return { ok: true, value: JSON.parse(last) as T };
  const reason = result.error?.message ?? `exit ${result.status ?? result.signal}`;
  const stderr = (result.stderr ?? '').trim().split('\n').slice(-6).join(' | ');
  return { ok: false, error: `${worker}: ${reason}${stderr ? `: ${stderr}` : ''}` };
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
export const megabytes = (bytes: number) => round(bytes / 1024 / 1024, 1);
