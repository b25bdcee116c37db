// Parses the synthetic corpus once and writes one Article JSON a line, as the bot's store keeps them,
// so the qa worker can build its corpus the way a serving process does: from stored articles.
import { createWriteStream } from 'node:fs';
import { syntheticCorpus } from '../corpus.js';
import { loadCore } from '../packages.js';

const count = Number(process.argv[2] ?? 10_000);
const outFile = process.argv[3] as string;
const { createParser } = await loadCore();
const parser = createParser();
const out = createWriteStream(outFile);
let parseMs = 0;
for (const text of syntheticCorpus(count, 21)) {
  const started = performance.now();
  const article = parser.parse(text);
  parseMs += performance.now() - started;
  if (!out.write(`${JSON.stringify(article)}\n`))
    await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}
await new Promise<void>((resolve) => out.end(() => resolve()));
console.log(JSON.stringify({ parseMsPerArticle: parseMs / count }));
