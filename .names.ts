import { readFileSync } from 'node:fs';
import { pipeline } from './packages/core/src/pipeline.ts';
const list = pipeline as unknown as { name: string }[];
list.splice(list.findIndex((p) => p.name === 'quotes') + 1);
const { parseArticle } = await import('./packages/core/src/index.ts');
const lines = readFileSync('/work/shared/eval/polnear/polnear_dev.jsonl', 'utf8').split('\n').filter(Boolean);
const pick = Number(process.argv[2] ?? 0);
for (const line of lines.slice(pick, pick + 3)) {
  const r = JSON.parse(line);
  const a = parseArticle(r.text);
  console.log('=====', r.id);
  for (const q of a.quotes) console.log(`  [${q.kind[0]}] ${q.speaker?.span.text ?? '-'} → ${q.speaker?.name ?? '-'} {${q.speaker?.entityId}} /${q.verb}/ ${q.text.text.slice(0, 60)}`);
}
