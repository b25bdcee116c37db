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
}

/**
 * Runs `work` over every text, in passes, until at least `minMilliseconds` have gone by (and at least
 * one whole pass), after a warm-up over the first texts so the JIT has settled.
 */
export function throughput(
  texts: readonly string[],
  work: (text: string) => unknown,
  minMilliseconds: number,
): Throughput {
  for (const text of texts.slice(0, Math.min(20, texts.length))) work(text);
  let articles = 0;
  let characters = 0;
  let passes = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (const text of texts) {
      work(text);
      articles++;
      characters += text.length;
    }
    passes++;
    elapsed = performance.now() - started;
  } while (elapsed < minMilliseconds);
  return {
    articles,
    characters,
    milliseconds: elapsed,
    articlesPerSecond: (articles * 1000) / elapsed,
    megabytesPerSecond: characters / 1e6 / (elapsed / 1000),
    passes,
  };
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
