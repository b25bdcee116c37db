import { storyLead } from '@newsparse/core';
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { type Command, integerOption } from '../command.js';
import { findArticle } from '../find-article.js';
import { articleCard, truncate } from '../render.js';

const definition = new SlashCommandBuilder()
  .setName('article')
  .setDescription('Show what was read from an article')
  .setContexts(InteractionContextType.Guild)
  .addIntegerOption((option) =>
    option.setName('id').setDescription('Article number (default: the latest)').setMinValue(1),
  )
  .toJSON();

export const articleCommand = {
  definition,
  access: 'everyone',
  rateLimit: 'query',
  deferred: false,
  ephemeral: () => true,
  async execute(context) {
    const found = await findArticle(context, integerOption(context, 'id'));
    if (!found.ok) return { content: found.message, ephemeral: true };
    const { article, id, source, createdAt } = found.stored;
    const lines = [articleCard(id, article)];
    const people = article.entities
      .filter((entity) => entity.kind === 'person')
      .slice(0, 8)
      .map((entity) => (entity.roles[0] ? `${entity.name} (${truncate(entity.roles[0], 60)})` : entity.name));
    if (people.length > 0) lines.push(`People: ${people.join(', ')}`);
    // The paragraph that holds the story's lead sentence, dateline and all.
    const leadSentence = storyLead(article);
    const lead = leadSentence
      ? article.paragraphs.find((paragraph) => paragraph.end > leadSentence.start)
      : undefined;
    if (lead) lines.push(`> ${truncate(lead.text.replace(/\s+/g, ' '), 400)}`);
    lines.push(`Added ${createdAt.slice(0, 10)}${source ? ` from ${truncate(source, 100)}` : ''}`);
    return { content: lines.join('\n'), ephemeral: true };
  },
} satisfies Command;
