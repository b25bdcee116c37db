import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { type Command, integerOption } from '../command.js';
import { summaryLine } from '../render.js';

const definition = new SlashCommandBuilder()
  .setName('articles')
  .setDescription('List the articles stored for this server, newest first')
  .setContexts(InteractionContextType.Guild)
  .addIntegerOption((option) => option.setName('page').setDescription('Page number').setMinValue(1))
  .toJSON();

export const articlesCommand = {
  definition,
  access: 'everyone',
  rateLimit: 'query',
  deferred: false,
  ephemeral: () => true,
  async execute(context) {
    const size = context.services.limits.pageSize;
    const requested = Math.max(1, integerOption(context, 'page') ?? 1);
    const total = await context.store.count(context.guildId);
    if (total === 0) {
      return { content: 'No articles yet. Add one with `/ingest`.', ephemeral: true };
    }
    const pages = Math.ceil(total / size);
    const page = Math.min(requested, pages);
    const { items } = await context.store.list(context.guildId, { offset: (page - 1) * size, limit: size });
    const lines = [`**Articles** (page ${page} of ${pages}, ${total} in all)`, ...items.map(summaryLine)];
    if (page < pages) lines.push(`Next: \`/articles page:${page + 1}\``);
    return { content: lines.join('\n'), ephemeral: true };
  },
} satisfies Command;
