// Parses `count` distinct articles in a loop, keeping none, and samples the heap after a full GC.
// A cache keyed by text or word that never evicts shows up as a heap that climbs with the count.
import { seededRandom, syntheticArticle } from '../corpus.js';
import { loadCore } from '../packages.js';

const count = Number(process.argv[2] ?? 10_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const { createParser } = await loadCore();
const parser = createParser();
const random = seededRandom(11);
const warmUp = Math.min(500, Math.floor(count / 10));
for (let i = 0; i < warmUp; i++) parser.parse(syntheticArticle(random, 2500));
const before = heap();
const samples: Array<[number, number]> = [[0, before]];
const started = performance.now();
let sink = 0;
let parserErrors = 0;
for (let i = 1; i <= count; i++) {
  const article = parser.parse(syntheticArticle(random, 2500));
  sink += article.sentences.length;
  parserErrors += article.parserErrors?.length ?? 0;
  if (i % Math.max(1, Math.floor(count / 10)) === 0) samples.push([i, heap()]);
}
const milliseconds = performance.now() - started;
const after = heap();
console.log(
  JSON.stringify({ count, warmUp, before, after, samples, milliseconds, sentences: sink, parserErrors }),
);
