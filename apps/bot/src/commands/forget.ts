import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { type Command, integerOption } from '../command.js';
import { articleTitle } from '../render.js';

const definition = new SlashCommandBuilder()
  .setName('forget')
  .setDescription('Delete an article from this server')
  .setContexts(InteractionContextType.Guild)
  .addIntegerOption((option) =>
    option
      .setName('id')
      .setDescription('The article number (see /articles)')
      .setMinValue(1)
      .setRequired(true),
  )
  .toJSON();

export const forgetCommand = {
  definition,
  access: 'manage',
  rateLimit: 'ingest',
  deferred: false,
  ephemeral: () => true,
  async execute(context) {
    const id = integerOption(context, 'id');
    if (id === null) return { content: 'Which article? Give its number: `/forget id:3`.', ephemeral: true };
    const existing = await context.store.get(context.guildId, id);
    if (!existing || !(await context.store.remove(context.guildId, id))) {
      return { content: `There is no article #${id} in this server.`, ephemeral: true };
    }
    return { content: `Forgot ${articleTitle(id, existing.headline)}.`, ephemeral: true };
  },
} satisfies Command;
