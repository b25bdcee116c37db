import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../command.js';

const definition = new SlashCommandBuilder()
  .setName('help')
  .setDescription('What this bot does and how to use it')
  .setContexts(InteractionContextType.Guild)
  .toJSON();

export const helpCommand = {
  definition,
  access: 'everyone',
  rateLimit: 'query',
  deferred: false,
  ephemeral: () => true,
  async execute() {
    return {
      content: [
        '**newsparse** reads news articles and answers questions about them, quoting the sentence that proves it.',
        '`/ingest text:… | attachment:… | url:…` add an article (needs the manage permission)',
        '`/ask question:Who claimed the attack? [article:ID] [public:true]` ask about the latest article, or one by number',
        '`/article [id:N]` what was read from an article',
        '`/quotes [speaker:Name] [article:ID]` who said what',
        '`/articles [page:N]` the stored articles, newest first',
        '`/forget id:N` delete an article (needs the manage permission)',
      ].join('\n'),
      ephemeral: true,
    };
  },
} satisfies Command;
