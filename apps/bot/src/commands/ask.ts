import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import {
  booleanOption,
  type Command,
  type CommandContext,
  corpusId,
  integerOption,
  type Reply,
  stringOption,
} from '../command.js';
import { answerText, articleTitle } from '../render.js';
import type { StoredArticle } from '../store/article-store.js';

const definition = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the stored articles')
  .setContexts(InteractionContextType.Guild)
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('e.g. Who claimed the attack?')
      .setMaxLength(500)
      .setRequired(true),
  )
  .addIntegerOption((option) =>
    option
      .setName('article')
      .setDescription('Article number (default: the latest, then a search)')
      .setMinValue(1),
  )
  .addBooleanOption((option) => option.setName('public').setDescription('Show the answer to the channel'))
  .toJSON();

/** How many articles a search hands to qa when the question names something the latest does not. */
const SEARCH_LIMIT = 5;

export const askCommand = {
  definition,
  access: 'everyone',
  rateLimit: 'query',
  deferred: true,
  ephemeral: (options) => !booleanOption(options, 'public'),
  async execute(context) {
    const ephemeral = !booleanOption(context.options, 'public');
    const question = stringOption(context, 'question');
    if (!question)
      return { content: 'Ask a question: `/ask question:Who claimed the attack?`', ephemeral: true };
    const id = integerOption(context, 'article');
    if (id !== null) {
      const stored = await context.store.get(context.guildId, id);
      if (!stored) return { content: `There is no article #${id} in this server.`, ephemeral: true };
      return answer(context, question, [stored], ephemeral);
    }
    const latest = await context.store.latest(context.guildId);
    if (!latest) return { content: 'No articles yet. Add one with `/ingest`.', ephemeral: true };
    let fromLatest: Reply | null = null;
    if (mentionsOnly(question, latest)) {
      const reply = await answer(context, question, [latest], ephemeral);
      if (!reply.abstained) return reply;
      fromLatest = reply;
    }
    const found = await searchArticles(context, question, latest);
    if (fromLatest && found.length === 1 && found[0] === latest) return fromLatest;
    return answer(context, question, found, ephemeral);
  },
} satisfies Command;

/**
 * "Who claimed the attack?" is about the article just ingested; "Who claimed the Port Alder strike?" is
 * about the article that mentions Port Alder. So the latest article answers unless the question names
 * something (a capitalised word after the first) that the latest article does not contain.
 */
function mentionsOnly(question: string, latest: StoredArticle): boolean {
  return mentionsAll(latest, namesIn(question));
}

/** Capitalised words after the first: the names a question is about ("Port", "Alder", "Zebari"). */
function namesIn(question: string): string[] {
  return [...question.matchAll(/(?<=\s)[A-Z][\p{L}'’-]{2,}/gu)].map((match) => match[0].toLowerCase());
}

function mentionsAll(stored: StoredArticle, names: string[]): boolean {
  const text = stored.article.text.toLowerCase();
  return names.every((name) => text.includes(name));
}

async function searchArticles(
  context: CommandContext,
  question: string,
  latest: StoredArticle,
): Promise<StoredArticle[]> {
  const ids = await context.store.search(context.guildId, question, SEARCH_LIMIT);
  const found: StoredArticle[] = [];
  for (const id of ids) {
    const stored = id === latest.id ? latest : await context.store.get(context.guildId, id);
    if (stored) found.push(stored);
  }
  // Of the articles that share words with the question, those that name what it names. When none does,
  // the name is most likely misspelt ("Zebary"), and the question is about the latest article.
  const names = namesIn(question);
  const naming = found.filter((stored) => mentionsAll(stored, names));
  return naming.length > 0 ? naming : [latest];
}

async function answer(
  context: CommandContext,
  question: string,
  articles: StoredArticle[],
  ephemeral: boolean,
): Promise<Reply & { abstained: boolean }> {
  const result = await context.services.ask(
    question,
    articles.map((stored) => ({
      id: stored.id,
      article: stored.article,
      key: `${stored.guildId}/${stored.id}/${stored.contentHash}`,
    })),
  );
  const byId = new Map(articles.map((stored) => [corpusId(stored.id), stored]));
  const headlineOf = (articleId: string) => {
    const stored = byId.get(articleId);
    return stored ? articleTitle(stored.id, stored.headline) : null;
  };
  let content = answerText(result, headlineOf);
  if (result.answer === null && articles.length === 1 && articles[0]) {
    content += `\n— ${headlineOf(corpusId(articles[0].id))}`;
  }
  return { content, ephemeral, abstained: result.answer === null };
}
