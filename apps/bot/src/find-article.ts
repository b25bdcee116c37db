import type { CommandContext } from './command.js';
import type { StoredArticle } from './store/article-store.js';

export type FoundArticle = { ok: true; stored: StoredArticle } | { ok: false; message: string };

/** The article a command is about: the one named by id, else the guild's latest. */
export async function findArticle(context: CommandContext, id: number | null): Promise<FoundArticle> {
  const stored =
    id === null ? await context.store.latest(context.guildId) : await context.store.get(context.guildId, id);
  if (stored) return { ok: true, stored };
  return {
    ok: false,
    message:
      id === null ? 'No articles yet. Add one with `/ingest`.' : `There is no article #${id} in this server.`,
  };
}
