// qa over growing corpora: ask latency at each size, and the process's memory once the largest corpus
// is built. The articles were parsed by another process (parse-articles.ts) and are read back from
// JSON lines, as a serving process reads them from the bot's store: RSS is that of the corpus and
// qa, not of the parser's garbage.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { benchQuestions } from '../corpus.js';
import { percentile } from '../measure.js';
import { loadQa } from '../packages.js';

const sizes = (process.argv[2] ?? '100,1000,10000').split(',').map(Number);
const asksPerSize = Number(process.argv[3] ?? 200);
const articlesFile = process.argv[4] as string;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

const qa = await loadQa();
if (typeof qa === 'string') {
  console.log(JSON.stringify({ skipped: qa }));
  process.exit(0);
}
gc();
const rssBaseline = process.memoryUsage().rss;
const storedArticles = createInterface({ input: createReadStream(articlesFile), crlfDelay: Infinity })[
  Symbol.asyncIterator
]();
const questions = benchQuestions(asksPerSize, 5);
const corpus = qa.createCorpus();

const rows = [];
let indexMs = 0;
let added = 0;
for (const size of [...sizes].sort((a, b) => a - b)) {
  for (; added < size; added++) {
    const line = await storedArticles.next();
    if (line.done) break;
    const article = JSON.parse(line.value);
    const started = performance.now();
    corpus.add(article, `a${added + 1}`);
    indexMs += performance.now() - started;
  }
  for (const question of questions.slice(0, 20)) qa.ask(question, corpus);
  const samples: number[] = [];
  let answered = 0;
  for (const question of questions) {
    const started = performance.now();
    const answer = qa.ask(question, corpus);
    samples.push(performance.now() - started);
    if (answer.answer !== null) answered++;
  }
  rows.push({
    size,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: Math.max(...samples),
    asks: samples.length,
    answered,
  });
}
gc();
const memory = process.memoryUsage();
console.log(
  JSON.stringify({
    rows,
    corpusSize: corpus.size,
    rss: memory.rss,
    rssBaseline,
    heapUsed: memory.heapUsed,
    indexMsPerArticle: indexMs / added,
  }),
);
