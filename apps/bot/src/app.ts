import type { Readable, Writable } from 'node:stream';
import type { Client, ClientOptions } from 'discord.js';
import { startDiscordBot } from './adapters/discord.js';
import { runTerminal, TERMINAL_GUILD_ID, TERMINAL_USER_ID } from './adapters/terminal.js';
import type { Command, Logger } from './command.js';
import { loadCommands } from './commands/index.js';
import type { BotConfig } from './config.js';
import { unlimited } from './safety/rate-limit.js';
import { seedIfEmpty } from './seed.js';
import { articleReader, createServices, type ServiceOverrides } from './services.js';
import type { ArticleStore } from './store/article-store.js';
import { SqliteArticleStore } from './store/sqlite-store.js';

export interface TerminalModeOptions {
  config: BotConfig;
  log: Logger;
  input: Readable;
  output: Writable;
  interactive?: boolean;
  overrides?: ServiceOverrides;
}

/**
 * The embedded default: the store at `config.dbPath` (seeded with the sample article when the local
 * server has none), commands read from `input` until it ends, replies written to `output`. One local
 * user types every command, so rate limits do not apply.
 */
export async function runTerminalMode(options: TerminalModeOptions): Promise<void> {
  const store = new SqliteArticleStore(options.config.dbPath, articleReader);
  try {
    const services = createServices(options.config, options.log, {
      rateLimiter: unlimited,
      ...options.overrides,
    });
    await seedIfEmpty(store, services, TERMINAL_GUILD_ID, TERMINAL_USER_ID);
    await runTerminal({
      input: options.input,
      output: options.output,
      commands: loadCommands(),
      store,
      services,
      workingDirectory: options.config.workingDirectory,
      ...(options.interactive === undefined ? {} : { interactive: options.interactive }),
    });
  } finally {
    await store.close();
  }
}

export interface DiscordMode {
  client: Client;
  store: ArticleStore;
  /** Logs out and closes the store. */
  stop(): Promise<void>;
}

export async function startDiscordMode(
  config: BotConfig & { token: string },
  log: Logger,
  options: {
    overrides?: ServiceOverrides;
    clientOptions?: Partial<ClientOptions>;
    /** Default: every command in `commands/`. */
    commands?: readonly Command[];
    /** Default: Discord's CDN (see `DISCORD_ATTACHMENT_ORIGINS`). */
    attachmentOrigins?: readonly string[];
  } = {},
): Promise<DiscordMode> {
  const store = new SqliteArticleStore(config.dbPath, articleReader);
  try {
    const client = await startDiscordBot({
      token: config.token,
      commands: loadCommands(options.commands),
      store,
      services: createServices(config, log, options.overrides),
      ...(options.clientOptions ? { clientOptions: options.clientOptions } : {}),
      ...(options.attachmentOrigins ? { attachmentOrigins: options.attachmentOrigins } : {}),
    });
    return {
      client,
      store,
      async stop() {
        await client.destroy();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
