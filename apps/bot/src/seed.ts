import { readFileSync } from 'node:fs';
import type { Services } from './command.js';
import type { ArticleStore } from './store/article-store.js';

/** The sample article the project wrote (fictional), so a fresh store has something to ask about. */
export const SAMPLE_ARTICLE_URL = new URL(
  '../../../fixtures/articles/sample-port-alder-depot.txt',
  import.meta.url,
);

/** Adds the sample article when the guild has none; returns its id, or `null` when nothing was added. */
export async function seedIfEmpty(
  store: ArticleStore,
  services: Pick<Services, 'parse'>,
  guildId: string,
  addedBy: string,
): Promise<number | null> {
  if ((await store.count(guildId)) > 0) return null;
  const text = readFileSync(SAMPLE_ARTICLE_URL, 'utf8');
  const result = await store.add({ guildId, text, article: services.parse(text), source: 'sample', addedBy });
  return result.id;
}
