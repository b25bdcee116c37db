import { readFileSync } from 'node:fs';
import type { Logger, Services } from './command.js';
import type { ArticleStore } from './store/article-store.js';

/** The sample article the project wrote (fictional), so a fresh store has something to ask about. */
export const SAMPLE_ARTICLE_URL = new URL(
  '../../../fixtures/articles/sample-port-alder-depot.txt',
  import.meta.url,
);

/**
 * Adds the sample article when the guild has none; returns its id, or `null` when nothing was added
 * (the guild has articles, or the sample is not shipped with this copy of the bot).
 */
export async function seedIfEmpty(
  store: ArticleStore,
  services: Pick<Services, 'parse'> & { log: Logger },
  guildId: string,
  addedBy: string,
): Promise<number | null> {
  if ((await store.count(guildId)) > 0) return null;
  let text: string;
  try {
    text = readFileSync(SAMPLE_ARTICLE_URL, 'utf8');
  } catch (error) {
    services.log.warn('the sample article is missing; starting with an empty store', error);
    return null;
  }
  const result = await store.add({ guildId, text, article: services.parse(text), source: 'sample', addedBy });
  return result.id;
}
