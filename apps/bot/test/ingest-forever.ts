/**
 * Child process for the kill test: ingests distinct articles into the store at argv[2] as fast as it can
 * and reports each stored id on stdout, until it is killed.
 */
import { type Article, parseArticle } from '@newsparse/core';
import { SqliteArticleStore } from '../src/store/sqlite-store.js';

const store = new SqliteArticleStore(process.argv[2] as string);
for (let index = 1; ; index++) {
  const text = `Article number ${index}\n\nCITY (Agency) — Event ${index} happened. ${'Filler words here. '.repeat(200)}`;
  // An empty article (blank text skips every parser) with this text: the kill test measures the store.
  const headline = `Article number ${index}`;
  const article: Article = {
    ...parseArticle(''),
    text,
    headline: { start: 0, end: headline.length, text: headline },
  };
  const result = await store.add({ guildId: 'guild-k', text, article, source: 'test', addedBy: 'child' });
  process.stdout.write(`stored ${result.id}\n`);
}
