import { readFileSync } from 'node:fs';
import { parseArticle } from './packages/core/src/index.ts';
const file = process.argv[2] ?? 'fixtures/articles/arab-weekly-2020-11-20-baghdad-embassy.txt';
const text = file.endsWith('.txt') ? readFileSync(file, 'utf8') : `Headline for a test story\n\n${file}`;
const article = parseArticle(text, { debug: true });
for (const q of article.quotes) console.log(`[${q.kind}] ${q.speaker?.name ?? '-'} {${q.speaker?.entityId}} (${q.speaker?.span.text ?? ''}) /${q.verb}/ :: ${q.text.text.slice(0, 100)}`);
if (process.argv[3]) console.log(article.entities.map(e => `${e.id} ${e.name} [${e.aliases}] roles=${e.roles}`));
