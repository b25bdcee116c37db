// Where parse time goes: each parser of the pipeline timed on its own, from the TypeScript sources
// (the build bundles the pipeline out of reach). Read with the throughput rows: the `sentences` parser
// holds the one wink-nlp pass, everything else is our own cost.
import { pipeline } from '../../packages/core/src/pipeline.js';
import { evalTexts, syntheticCorpus } from '../corpus.js';
import { repoRoot } from '../packages.js';

const count = Number(process.argv[2] ?? 200);
const texts = evalTexts(repoRoot, count)?.texts ?? syntheticCorpus(count, 1);
const totals = new Map<string, number>();
for (const parser of pipeline) {
  const original = parser.parse.bind(parser);
  totals.set(parser.name, 0);
  // The pipeline's parser objects are plain objects: wrapping `parse` times it without touching the source.
  (parser as { parse: typeof parser.parse }).parse = (context) => {
    const started = performance.now();
    original(context);
    totals.set(parser.name, (totals.get(parser.name) ?? 0) + performance.now() - started);
  };
}
const { createParser } = await import('../../packages/core/src/index.js');
const parser = createParser();
// Warm passes first: a cold first pass times the JIT and wink's growing lexicon, not the parsers.
const PASSES = 3;
for (let pass = 0; pass < PASSES; pass++) for (const text of texts) parser.parse(text);
for (const name of totals.keys()) totals.set(name, 0);
const started = performance.now();
for (let pass = 0; pass < PASSES; pass++) for (const text of texts) parser.parse(text);
const total = (performance.now() - started) / PASSES;
for (const [name, ms] of totals) totals.set(name, ms / PASSES);
console.log(
  JSON.stringify({
    articles: texts.length,
    totalMs: total,
    parsers: [...totals].map(([name, ms]) => ({ name, msPerArticle: ms / texts.length, share: ms / total })),
  }),
);
