import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { type Command, integerOption, stringOption } from '../command.js';
import { findArticle } from '../find-article.js';
import { articleTitle, quoteLine } from '../render.js';

const definition = new SlashCommandBuilder()
  .setName('quotes')
  .setDescription('List who said what in an article')
  .setContexts(InteractionContextType.Guild)
  .addStringOption((option) =>
    option.setName('speaker').setDescription('Only this speaker, by name or role, e.g. Zebari or governor'),
  )
  .addIntegerOption((option) =>
    option.setName('article').setDescription('Article number (default: the latest)').setMinValue(1),
  )
  .toJSON();

export const quotesCommand = {
  definition,
  access: 'everyone',
  rateLimit: 'query',
  deferred: false,
  ephemeral: () => true,
  async execute(context) {
    const found = await findArticle(context, integerOption(context, 'article'));
    if (!found.ok) return { content: found.message, ephemeral: true };
    const { article, id, headline } = found.stored;
    const speaker = stringOption(context, 'speaker')?.toLowerCase() ?? null;
    // "governor" finds Governor Amira Castell: the roles the article gives each speaker count too.
    const rolesById = new Map(
      article.entities.map((entity) => [entity.id, entity.roles.join(' | ').toLowerCase()] as const),
    );
    const quotes = article.quotes.filter(
      (quote) =>
        speaker === null ||
        (quote.speaker !== null &&
          (quote.speaker.name.toLowerCase().includes(speaker) ||
            quote.speaker.span.text.toLowerCase().includes(speaker) ||
            (rolesById.get(quote.speaker.entityId ?? '') ?? '').includes(speaker))),
    );
    const title = articleTitle(id, headline);
    if (quotes.length === 0) {
      const who = speaker === null ? '' : ` from "${stringOption(context, 'speaker')}"`;
      return { content: `No quotes${who} in ${title}.`, ephemeral: true };
    }
    return { content: [`**Quotes in ${title}**`, ...quotes.map(quoteLine)].join('\n'), ephemeral: true };
  },
} satisfies Command;
