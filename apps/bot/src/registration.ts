import { REST, Routes } from 'discord.js';
import type { Command } from './command.js';
import { allCommands } from './commands/index.js';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in one server (takes effect at once) instead of globally (may take up to an hour). */
  guildId?: string | null;
  commands?: readonly Command[];
  /** Tests point this at a local fake. */
  api?: string;
}

/** Replaces the application's slash commands with ours (one PUT: stale commands disappear too). */
export async function registerCommands(options: RegisterOptions): Promise<number> {
  const rest = new REST(options.api ? { api: options.api } : {}).setToken(options.token);
  const body = (options.commands ?? allCommands).map((command) => command.definition);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const result = (await rest.put(route, { body })) as unknown[];
  return result.length;
}
