import { readFileSync } from 'node:fs';
import { pipeline } from './packages/core/src/pipeline.ts';
import { emptyArticle } from './packages/core/src/parser.ts';
const list = pipeline as unknown as { name: string; parse(c: unknown): void }[];
const texts = readFileSync('/work/shared/eval/polnear/polnear_dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
const totals = new Map<string, number>();
for (let round = 0; round < 3; round++) for (const text of texts) {
  const context = { text, options: { published: null, maxLength: 2e6, debug: false }, tokens: [], sentenceTokenRanges: [], layout: { bodyStart: 0, furniture: new Set() }, article: emptyArticle(text), trace() {} };
  for (const parser of list) {
    if (parser.name === 'casualties') break;
    const t = performance.now();
    parser.parse(context);
    totals.set(parser.name, (totals.get(parser.name) ?? 0) + performance.now() - t);
  }
}
console.log([...totals].map(([k, v]) => `${k}: ${v.toFixed(0)} ms`).join('\n'));
