// `pnpm bench`: how fast newsparse is against the NLP pass it is built on and against compromise, how
// it scales, and whether it leaks; then qa and the bot store. Prints a table of goals and writes
// bench/results/latest.json. Ratios are measured in one run on one machine, so they compare; the
// absolute numbers depend on the machine. `--quick` runs small sizes (a smoke test, ~1 minute).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import nlp from 'compromise';
import { evalTexts, seededRandom, syntheticArticle, syntheticCorpus } from './corpus.js';
import {
  compareThroughput,
  latencies,
  megabytes,
  percentile,
  round,
  runWorker,
  type Throughput,
} from './measure.js';
import { loadCore, loadWink, repoRoot } from './packages.js';

const quick = process.argv.includes('--quick');
/** Sized so the full run stays near 6 minutes on 2 cores; --quick for a smoke test. */
const plan = quick
  ? {
      articles: 100,
      throughputMs: 6000,
      latencyRuns: 100,
      coldRuns: 1,
      linearMb: [0.125, 0.5],
      memoryArticles: 1000,
      qaSizes: [100, 1000],
      qaAsks: 50,
      storeArticles: 200,
      storeAsks: 50,
    }
  : {
      articles: 400,
      throughputMs: 40_000,
      latencyRuns: 300,
      coldRuns: 3,
      linearMb: [0.125, 0.25, 0.5, 1, 2, 4, 8],
      memoryArticles: 10_000,
      qaSizes: [100, 1000, 10_000],
      qaAsks: 200,
      storeArticles: 1000,
      storeAsks: 200,
    };

interface GoalRow {
  name: string;
  goal: string;
  measured: string;
  /** null: reported for information, no goal set. */
  ok: boolean | null;
  note?: string;
}

const rows: GoalRow[] = [];
const results: Record<string, unknown> = {};
const log = (message: string) => console.error(`bench: ${message}`);
const benchStarted = performance.now();

// --- corpus -------------------------------------------------------------------------------------
const fromEval = evalTexts(repoRoot, plan.articles);
const texts = fromEval?.texts ?? syntheticCorpus(plan.articles, 1);
const corpusSource = fromEval
  ? `real texts from ${fromEval.source}`
  : 'synthetic articles (seeded templates, bench/corpus.ts)';
const averageLength = texts.reduce((sum, text) => sum + text.length, 0) / texts.length;
results.corpus = {
  source: corpusSource,
  articles: texts.length,
  averageCharacters: Math.round(averageLength),
};
log(`${texts.length} articles, ${Math.round(averageLength)} characters on average, ${corpusSource}`);

// --- throughput against wink-nlp and compromise --------------------------------------------------
const { createParser } = await loadCore();
const parser = createParser();
const { winkNLP, model } = loadWink();
// The same pipes core loads: the baseline is the NLP pass core itself makes.
const wink = winkNLP(model, ['sbd', 'pos']);
const winkFull = winkNLP(model);

const compromiseExtract = (text: string) => {
  const doc = nlp(text);
  return [
    doc.people().out('array') as string[],
    doc.places().out('array') as string[],
    doc.organizations().out('array') as string[],
  ];
};
log(
  `throughput: each engine warmed up until its speed settles, then interleaved for ${plan.throughputMs / 1000} s: parseArticle, wink-nlp readDoc, compromise`,
);
const measured = compareThroughput(
  {
    core: (text) => parser.parse(text),
    wink: (text) => wink.readDoc(text).tokens().length(),
    winkFull: (text) => winkFull.readDoc(text).tokens().length(),
    compromise: compromiseExtract,
  },
  texts,
  plan.throughputMs,
);
const { core, wink: winkPass, winkFull: winkFullPass, compromise: compromisePass } = measured;

const describe = (t: Throughput) =>
  `${round(t.articlesPerSecond, 1)} articles/s, ${round(t.megabytesPerSecond, 3)} MB/s (${t.articles} parses after ${t.warmUpParses} to warm up)`;
const versusWink = core.megabytesPerSecond / winkPass.megabytesPerSecond;
const versusCompromise = core.megabytesPerSecond / compromisePass.megabytesPerSecond;

// What each extracts from the same texts: "faster while extracting more" needs both halves.
let coreItems = 0;
let compromiseItems = 0;
const sample = texts.slice(0, 100);
/** The pipeline records a parser that threw (and carries on): each one is a bug to report. */
const parserErrors: string[] = [];
for (const text of sample) {
  const article = parser.parse(text);
  for (const failure of article.parserErrors ?? [])
    parserErrors.push(`${failure.parser}: ${failure.message}`);
  coreItems +=
    article.entities.length +
    article.dates.length +
    article.quotes.length +
    article.casualties.length +
    article.claims.length +
    article.events.length +
    (article.byline ? 1 : 0) +
    (article.dateline ? 1 : 0);
  compromiseItems += compromiseExtract(text).reduce((sum, list) => sum + list.length, 0);
}
results.throughput = {
  parseArticle: core,
  winkReadDoc: winkPass,
  winkReadDocAllPipes: winkFullPass,
  compromise: compromisePass,
  ratioVersusWink: versusWink,
  ratioVersusCompromise: versusCompromise,
  itemsPerArticle: { newsparse: coreItems / sample.length, compromise: compromiseItems / sample.length },
};
rows.push(
  { name: 'parseArticle throughput', goal: '—', measured: describe(core), ok: null },
  { name: 'wink-nlp readDoc (sbd+pos)', goal: '—', measured: describe(winkPass), ok: null },
  { name: 'wink-nlp readDoc (all pipes)', goal: '—', measured: describe(winkFullPass), ok: null },
  { name: 'compromise people/places/orgs', goal: '—', measured: describe(compromisePass), ok: null },
  {
    name: 'parseArticle ÷ wink readDoc',
    goal: '≥ 0.5×',
    measured: `${round(versusWink)}×`,
    ok: versusWink >= 0.5,
  },
  {
    name: 'parseArticle ÷ compromise',
    goal: '≥ 10×',
    measured: `${round(versusCompromise)}×`,
    ok: versusCompromise >= 10,
  },
  {
    name: 'items extracted per article',
    goal: 'more than compromise',
    measured: `newsparse ${round(coreItems / sample.length, 1)}, compromise ${round(compromiseItems / sample.length, 1)}`,
    ok: coreItems > compromiseItems,
    note: 'newsparse: entities, dates, quotes, casualties, claims, events, byline, dateline',
  },
);

// --- where the time goes ----------------------------------------------------------------------------
log('per-parser profile (from the sources)');
const profile = runWorker<{
  articles: number;
  totalMs: number;
  parsers: Array<{ name: string; msPerArticle: number; share: number }>;
}>('profile.ts', [String(Math.min(200, plan.articles))]);
if (profile.ok) {
  results.parserProfile = profile.value;
  const parts = [...profile.value.parsers]
    .sort((a, b) => b.msPerArticle - a.msPerArticle)
    .filter((parser) => parser.share >= 0.02)
    .map((parser) => `${parser.name} ${round(parser.msPerArticle)}`);
  rows.push({
    name: 'ms per article by parser (src)',
    goal: '—',
    measured: parts.join(', '),
    ok: null,
    note: `total ${round(profile.value.totalMs / profile.value.articles)} ms; "sentences" holds the wink pass`,
  });
} else {
  results.parserProfile = { error: profile.error };
}

rows.push({
  name: `parser errors on ${sample.length} corpus articles`,
  goal: 'none',
  measured:
    parserErrors.length === 0 ? 'none' : `${parserErrors.length}: ${[...new Set(parserErrors)].join('; ')}`,
  ok: parserErrors.length === 0,
});
results.parserErrors = parserErrors;

// --- one 5 KB article ----------------------------------------------------------------------------
const fiveKb = syntheticArticle(seededRandom(3), 5000).slice(0, 5120);
for (let i = 0; i < 20; i++) parser.parse(fiveKb);
const latency = latencies(plan.latencyRuns, () => parser.parse(fiveKb));
const p50 = percentile(latency, 50);
const p99 = percentile(latency, 99);
results.latency5kb = { characters: fiveKb.length, runs: latency.length, p50, p99 };
rows.push({
  name: `latency, one ${(fiveKb.length / 1024).toFixed(1)} KB article`,
  goal: '—',
  measured: `p50 ${round(p50)} ms, p99 ${round(p99)} ms`,
  ok: null,
});

// --- cold model load -----------------------------------------------------------------------------
log('cold start (child processes)');
const fromSource = process.env.NEWSPARSE_BENCH_FROM === 'src';
const cold: Array<{ importMs: number; createParserMs: number; firstParseMs: number; totalMs: number }> = [];
let coldError: string | null = null;
for (let run = 0; run < plan.coldRuns; run++) {
  const result = fromSource
    ? runWorker<(typeof cold)[number]>('model-load.mjs', [join(repoRoot, 'packages/core/src/index.ts')])
    : runWorker<(typeof cold)[number]>('model-load.mjs', [], [], 60_000, false);
  if (result.ok) cold.push(result.value);
  else coldError = result.error;
}
if (cold.length > 0) {
  const median = (values: number[]) => percentile(values, 50);
  const load = {
    importMs: median(cold.map((c) => c.importMs)),
    createParserMs: median(cold.map((c) => c.createParserMs)),
    firstParseMs: median(cold.map((c) => c.firstParseMs)),
    totalMs: median(cold.map((c) => c.totalMs)),
    runs: cold.length,
  };
  results.modelLoad = load;
  rows.push({
    name: 'cold start (median of runs)',
    goal: '—',
    measured: `import ${round(load.importMs, 0)} ms + model ${round(load.createParserMs, 0)} ms + first parse ${round(load.firstParseMs, 0)} ms`,
    ok: null,
  });
} else {
  results.modelLoad = { error: coldError };
  rows.push({ name: 'cold start', goal: '—', measured: `failed: ${coldError}`, ok: false });
}

// --- linear time -----------------------------------------------------------------------------------
log(`linear time: ${plan.linearMb.join(', ')} MB`);
type LinearRow = { megabytes: number; parseMs: number | null; winkMs: number; error: string | null };
const linear = runWorker<{ rows: LinearRow[] }>(
  'linear.ts',
  [plan.linearMb.join(',')],
  ['--expose-gc', '--max-old-space-size=8192'],
  240_000,
);
if (linear.ok) {
  const sizes = linear.value.rows;
  results.linearTime = sizes.map((row) => ({
    ...row,
    parseMsPerMb: row.parseMs === null ? null : row.parseMs / row.megabytes,
    winkMsPerMb: row.winkMs / row.megabytes,
  }));
  const measured = sizes.filter((row) => row.parseMs !== null);
  const last = measured[measured.length - 1];
  // Against the cheapest size, not the smallest: the smallest pays for warm-up and can hide a slope
  // (a quadratic step read 1.23× against it while 1 → 8 MB doubled the cost per megabyte).
  const cheapest = measured.reduce<(typeof measured)[number] | undefined>(
    (best, row) =>
      best === undefined ||
      (row.parseMs as number) / row.megabytes < (best.parseMs as number) / best.megabytes
        ? row
        : best,
    undefined,
  );
  const growth =
    cheapest && last
      ? (last.parseMs as number) / last.megabytes / ((cheapest.parseMs as number) / cheapest.megabytes)
      : null;
  const failures = sizes.filter((row) => row.error !== null);
  for (const row of sizes) {
    rows.push({
      name: `  parse ${row.megabytes} MB`,
      goal: '—',
      measured:
        row.parseMs === null
          ? `FAILED: ${row.error}`
          : `${round(row.parseMs / 1000)} s, ${round(row.parseMs / row.megabytes, 0)} ms/MB (wink ${round(row.winkMs / row.megabytes, 0)} ms/MB)`,
      ok: row.parseMs === null ? false : null,
    });
  }
  rows.push({
    name: 'linear time: ms/MB at largest ÷ cheapest size',
    goal: '≤ 1.5× (O(n²) doubles it per doubling)',
    measured:
      growth === null
        ? 'no size parsed'
        : `${round(growth)}× (${last?.megabytes} MB against ${cheapest?.megabytes} MB)`,
    ok: growth !== null && growth <= 1.5 && failures.length === 0,
    ...(failures.length > 0 ? { note: `${failures.length} size(s) failed to parse` } : {}),
  });
} else {
  results.linearTime = { error: linear.error };
  rows.push({ name: 'linear time', goal: '≤ 2×', measured: `failed: ${linear.error}`, ok: false });
}

// --- memory --------------------------------------------------------------------------------------
log(`memory: ${plan.memoryArticles} articles in a loop`);
const memory = runWorker<{
  count: number;
  before: number;
  after: number;
  samples: Array<[number, number]>;
  milliseconds: number;
  parserErrors: number;
}>('memory.ts', [String(plan.memoryArticles)], ['--expose-gc'], 300_000);
if (memory.ok) {
  const { before, after, count, parserErrors: loopErrors } = memory.value;
  const growth = after - before;
  results.memory = { ...memory.value, growthBytes: growth };
  rows.push({
    name: `heap after ${count} parses (after GC)`,
    goal: 'flat: grows ≤ 5 MB',
    measured: `${megabytes(before)} MB → ${megabytes(after)} MB (${growth >= 0 ? '+' : ''}${megabytes(growth)} MB)`,
    ok: growth <= 5 * 1024 * 1024,
    ...(loopErrors > 0 ? { note: `${loopErrors} parser errors in the loop` } : {}),
  });
} else {
  results.memory = { error: memory.error };
  rows.push({ name: 'heap over a parse loop', goal: 'flat', measured: `failed: ${memory.error}`, ok: false });
}

// --- qa ------------------------------------------------------------------------------------------
log(`qa: corpora of ${plan.qaSizes.join(', ')} articles`);
const storedArticles = join(mkdtempSync(join(tmpdir(), 'newsparse-bench-')), 'articles.jsonl');
const parsedForQa = runWorker<{ parseMsPerArticle: number }>(
  'parse-articles.ts',
  [String(Math.max(...plan.qaSizes)), storedArticles],
  [],
  600_000,
);
const qa = runWorker<
  | { skipped: string }
  | {
      rows: Array<{ size: number; p50: number; p99: number; max: number; asks: number; answered: number }>;
      rss: number;
      rssBaseline: number;
      heapUsed: number;
      corpusSize: number;
      indexMsPerArticle: number;
    }
>('qa.ts', [plan.qaSizes.join(','), String(plan.qaAsks), storedArticles], ['--expose-gc'], 300_000);
rmSync(dirname(storedArticles), { recursive: true, force: true });
if (!parsedForQa.ok) {
  results.qa = { error: parsedForQa.error };
  rows.push({ name: 'qa', goal: 'p99 ≤ 20 ms', measured: `failed: ${parsedForQa.error}`, ok: false });
} else if (!qa.ok) {
  results.qa = { error: qa.error };
  rows.push({ name: 'qa', goal: 'p99 ≤ 20 ms', measured: `failed: ${qa.error}`, ok: false });
} else if ('skipped' in qa.value) {
  results.qa = qa.value;
  rows.push({ name: 'qa', goal: 'p99 ≤ 20 ms', measured: `skipped: ${qa.value.skipped}`, ok: null });
} else {
  results.qa = qa.value;
  for (const row of qa.value.rows) {
    rows.push({
      name: `qa ask, corpus of ${row.size}`,
      goal: 'p99 ≤ 20 ms',
      measured: `p50 ${round(row.p50)} ms, p99 ${round(row.p99)} ms (${row.answered}/${row.asks} answered)`,
      ok: row.p99 <= 20,
    });
  }
  rows.push({
    name: `qa process RSS, corpus of ${qa.value.corpusSize}`,
    goal: '≤ 300 MB',
    measured: `${megabytes(qa.value.rss)} MB (${megabytes(qa.value.rssBaseline)} MB before the corpus)`,
    ok: qa.value.rss <= 300 * 1024 * 1024,
    note: `index ${round(qa.value.indexMsPerArticle)} ms/article`,
  });
}

// --- bot store -----------------------------------------------------------------------------------
log(`bot store: ingest ${plan.storeArticles} articles into SQLite`);
const store = runWorker<
  | { skipped: string }
  | {
      count: number;
      articlesPerSecond: number;
      storeOnlyPerSecond: number;
      answer: { p50: number; p99: number; asks: number };
      searchAndLoad: { p50: number; p99: number };
      qa: string;
    }
>('store.ts', [String(plan.storeArticles), String(plan.storeAsks)], [], 300_000);
if (!store.ok) {
  results.store = { error: store.error };
  rows.push({
    name: 'bot store ingest',
    goal: '≥ 200 articles/s',
    measured: `failed: ${store.error}`,
    ok: false,
  });
} else if ('skipped' in store.value) {
  results.store = store.value;
  rows.push({
    name: 'bot store ingest',
    goal: '≥ 200 articles/s',
    measured: `skipped: ${store.value.skipped}`,
    ok: null,
  });
} else {
  const value = store.value;
  results.store = value;
  rows.push(
    {
      name: `bot store ingest (parse + SQLite), ${value.count}`,
      goal: '≥ 200 articles/s',
      measured: `${round(value.articlesPerSecond, 0)} articles/s (store alone ${round(value.storeOnlyPerSecond, 0)}/s)`,
      ok: value.articlesPerSecond >= 200,
    },
    {
      name: 'bot answer from the store',
      goal: '—',
      measured: `p50 ${round(value.answer.p50)} ms, p99 ${round(value.answer.p99)} ms (search+load p99 ${round(value.searchAndLoad.p99)} ms)`,
      ok: null,
      ...(value.qa === 'ok' ? {} : { note: `search and load only: ${value.qa}` }),
    },
  );
}

// --- report --------------------------------------------------------------------------------------
const totalSeconds = (performance.now() - benchStarted) / 1000;
const widths = [44, 26, 70];
const cell = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'ok' : 'MISS');
console.log(`\nnewsparse bench — ${corpusSource}${quick ? ' (--quick)' : ''}`);
console.log(
  `${cell('measure', widths[0] as number)} ${cell('goal', widths[1] as number)} ${cell('measured', widths[2] as number)} ok?`,
);
console.log('-'.repeat(150));
for (const row of rows) {
  console.log(
    `${cell(row.name, widths[0] as number)} ${cell(row.goal, widths[1] as number)} ${cell(row.measured, widths[2] as number)} ${verdict(row.ok)}${row.note ? `  (${row.note})` : ''}`,
  );
}
const missed = rows.filter((row) => row.ok === false);
console.log(
  `\n${rows.filter((row) => row.ok === true).length} goals met, ${missed.length} missed; ${round(totalSeconds, 0)} s`,
);

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
})();
const out = join(repoRoot, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'latest.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      commit,
      quick,
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      from: fromSource ? 'src' : 'dist',
      plan,
      goals: rows,
      results,
      totalSeconds,
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${join('bench', 'results', 'latest.json')}`);
