// The bot's path: parse each article and store it in SQLite (a file, as in production, WAL and
// synchronous=FULL as the store sets them), then answer questions the way /ask does: search the store,
// load the hits, hand them to qa.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchQuestions, syntheticCorpus } from '../corpus.js';
import { percentile } from '../measure.js';
import { loadCore, loadQa, loadStore } from '../packages.js';

const count = Number(process.argv[2] ?? 1000);
const asks = Number(process.argv[3] ?? 200);
const storeModule = await loadStore();
if (typeof storeModule === 'string') {
  console.log(JSON.stringify({ skipped: storeModule }));
  process.exit(0);
}
const qa = await loadQa();
const { createParser } = await loadCore();
const parser = createParser();
const texts = syntheticCorpus(count, 31);
const dir = mkdtempSync(join(tmpdir(), 'newsparse-bench-'));
const store = new storeModule.SqliteArticleStore(join(dir, 'bot.sqlite'));
const guildId = 'bench-guild';

try {
  parser.parse(texts[0] as string);
  let storeMs = 0;
  const started = performance.now();
  for (const text of texts) {
    const article = parser.parse(text);
    const storing = performance.now();
    await store.add({ guildId, text, article, source: 'text', addedBy: 'bench' });
    storeMs += performance.now() - storing;
  }
  const ingestMs = performance.now() - started;
  const stored = await store.count(guildId);

  const samples: number[] = [];
  const searchSamples: number[] = [];
  for (const question of benchQuestions(asks, 9)) {
    const asked = performance.now();
    const ids = await store.search(guildId, question, 5);
    const hits = [];
    for (const id of ids) {
      const row = await store.get(guildId, id);
      if (row) hits.push({ id, article: row.article });
    }
    searchSamples.push(performance.now() - asked);
    if (typeof qa !== 'string' && hits.length > 0) {
      const corpus = qa.createCorpus();
      for (const hit of hits) corpus.add(hit.article, String(hit.id));
      qa.ask(question, corpus);
    }
    samples.push(performance.now() - asked);
  }
  console.log(
    JSON.stringify({
      count,
      stored,
      ingestMs,
      articlesPerSecond: (count * 1000) / ingestMs,
      storeOnlyPerSecond: (count * 1000) / storeMs,
      answer: { p50: percentile(samples, 50), p99: percentile(samples, 99), asks: samples.length },
      searchAndLoad: { p50: percentile(searchSamples, 50), p99: percentile(searchSamples, 99) },
      qa: typeof qa === 'string' ? qa : 'ok',
    }),
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
