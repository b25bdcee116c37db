import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { attachmentOption, type Command, type CommandContext, type Reply, stringOption } from '../command.js';
import { articleCard, articleTitle } from '../render.js';
import { checkText, InputRefusedError, readAttachmentText } from '../safety/input-limits.js';

const definition = new SlashCommandBuilder()
  .setName('ingest')
  .setDescription('Add a news article: paste its text, attach a .txt/.md/.html file, or give a link')
  .setContexts(InteractionContextType.Guild)
  .addStringOption((option) =>
    option.setName('text').setDescription('The article text').setMaxLength(6000).setRequired(false),
  )
  .addAttachmentOption((option) =>
    option.setName('attachment').setDescription('A .txt, .md or .html file').setRequired(false),
  )
  .addStringOption((option) =>
    option.setName('url').setDescription('A link to the article (http or https)').setRequired(false),
  )
  .toJSON();

export const ingestCommand = {
  definition,
  access: 'manage',
  rateLimit: 'ingest',
  deferred: true,
  ephemeral: () => true,
  async execute(context) {
    const { text, source } = await readInput(context);
    if (text.trim().length === 0) return reply('That article is empty.');
    checkText(text, context.services.limits);
    const article = context.services.parse(text);
    const result = await context.store.add({
      guildId: context.guildId,
      text,
      article,
      source,
      addedBy: context.userId,
    });
    if (result.status === 'duplicate') {
      const existing = await context.store.get(context.guildId, result.id);
      return reply(
        `Already stored: this text is ${articleTitle(result.id, existing?.headline ?? null)}. Ask about it with \`/ask article:${result.id}\`.`,
      );
    }
    return reply(`Stored.\n${articleCard(result.id, article)}\nAsk about it with \`/ask\`.`);
  },
} satisfies Command;

async function readInput(context: CommandContext): Promise<{ text: string; source: string | null }> {
  const text = stringOption(context, 'text');
  const attachment = attachmentOption(context, 'attachment');
  const url = stringOption(context, 'url');
  const given = [text, attachment, url].filter((value) => value !== null).length;
  if (given === 0) throw new InputRefusedError('Give the article as `text`, an `attachment`, or a `url`.');
  if (given > 1) throw new InputRefusedError('Give only one of `text`, `attachment` or `url`.');
  if (text !== null) return { text, source: 'text' };
  if (attachment !== null) {
    return {
      text: await readAttachmentText(attachment, context.services.limits),
      source: `file:${attachment.name}`,
    };
  }
  const page = await context.services.fetchUrl(url as string);
  return { text: page.text, source: page.url };
}

function reply(content: string): Reply {
  return { content, ephemeral: true };
}
