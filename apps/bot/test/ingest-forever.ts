/**
 * Child process for the kill test: ingests distinct articles into the store at argv[2] as fast as it can
 * and reports each stored id on stdout, until it is killed.
 */
import type { Article } from '@newsparse/core';
import { SqliteArticleStore } from '../src/store/sqlite-store.js';

const store = new SqliteArticleStore(process.argv[2] as string);
for (let index = 1; ; index++) {
  const text = `Article number ${index}\n\nCITY (Agency) — Event ${index} happened. ${'Filler words here. '.repeat(200)}`;
  const article: Article = {
    text,
    headline: { start: 0, end: `Article number ${index}`.length, text: `Article number ${index}` },
    standfirst: null,
    published: null,
    byline: null,
    dateline: null,
    captions: [],
    paragraphs: [],
    sentences: [],
    entities: [],
    dates: [],
    quotes: [],
    casualties: [],
    claims: [],
    toll: { killed: null, injured: null, evidence: [] },
    events: [],
  };
  const result = await store.add({ guildId: 'guild-k', text, article, source: 'test', addedBy: 'child' });
  process.stdout.write(`stored ${result.id}\n`);
}
