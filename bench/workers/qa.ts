// qa over growing corpora: ask latency at each size, and the process's memory once the largest corpus
// is built. Articles are parsed here, as the bot does before indexing, so RSS is that of a process
// holding the model, the parsed articles and the index.
import { benchQuestions, syntheticCorpus } from '../corpus.js';
import { percentile } from '../measure.js';
import { loadCore, loadQa } from '../packages.js';

const sizes = (process.argv[2] ?? '100,1000,10000').split(',').map(Number);
const asksPerSize = Number(process.argv[3] ?? 200);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

const qa = await loadQa();
if (typeof qa === 'string') {
  console.log(JSON.stringify({ skipped: qa }));
  process.exit(0);
}
const { createParser } = await loadCore();
const parser = createParser();
gc();
const rssBaseline = process.memoryUsage().rss;
const largest = Math.max(...sizes);
const texts = syntheticCorpus(largest, 21);
const questions = benchQuestions(asksPerSize, 5);
const corpus = qa.createCorpus();

const rows = [];
let parseMs = 0;
let indexMs = 0;
let added = 0;
for (const size of [...sizes].sort((a, b) => a - b)) {
  for (; added < size; added++) {
    let started = performance.now();
    const article = parser.parse(texts[added] as string);
    parseMs += performance.now() - started;
    started = performance.now();
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
    parseMsPerArticle: parseMs / added,
    indexMsPerArticle: indexMs / added,
  }),
);
