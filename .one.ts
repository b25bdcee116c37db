import { readFileSync } from 'node:fs';
import { pipeline } from './packages/core/src/pipeline.ts';
const list = pipeline as unknown as { name: string }[];
list.splice(list.findIndex((p) => p.name === 'quotes') + 1);
const { parseArticle } = await import('./packages/core/src/index.ts');
const needle = process.argv[2] ?? '';
for (const f of ['polnear_dev.jsonl', 'polnear_train_part1.jsonl', 'polnear_train_part2.jsonl']) {
  for (const line of readFileSync(`/work/shared/eval/polnear/${f}`, 'utf8').split('\n')) {
    if (!line.includes(needle)) continue;
    const r = JSON.parse(line);
    const a = parseArticle(r.text);
    const at = r.text.indexOf(needle);
    for (const q of a.quotes) if (Math.abs(q.text.start - at) < 400) console.log(`  [${q.kind[0]}] ${q.speaker?.span.text ?? '-'} → ${q.speaker?.name ?? '-'} /${q.verb}/ ${q.text.start}: ${q.text.text.slice(0, 80)}`);
    console.log(at, JSON.stringify(a.paragraphs.filter(p => Math.abs(p.start - at) < 300).map(p => p.text.slice(0, 50))));
  }
}
