import {
  type Attachment,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import type { AttachmentInput, Command, CommandContext, OptionValue, Reply, Services } from '../command.js';
import { gate, run } from '../dispatch.js';
import { InputRefusedError } from '../safety/input-limits.js';
import type { ArticleStore } from '../store/article-store.js';
import { DISCORD_MESSAGE_LIMIT, splitMessage } from './split-message.js';

export interface DiscordBotOptions {
  token: string;
  commands: Map<string, Command>;
  store: ArticleStore;
  services: Services;
  /** Extra client options (tests point `rest.api` and the gateway at a local fake). */
  clientOptions?: Partial<ClientOptions>;
  /**
   * Origins attachments may be downloaded from. Default: Discord's CDN over https. Tests add their local
   * fake's origin; an attachment URL anywhere else is refused before any connection.
   */
  attachmentOrigins?: readonly string[];
}

/** Where Discord serves attachments: an attachment URL must point here, nowhere else. */
export const DISCORD_ATTACHMENT_ORIGINS: readonly string[] = [
  'https://cdn.discordapp.com',
  'https://media.discordapp.net',
];

/**
 * Whether an attachment URL points at one of `origins` (scheme, host and port compared exactly). The URL
 * comes from Discord's payload; checking it keeps a forged or proxied payload from making the bot fetch
 * a private address.
 */
export function isAllowedAttachmentUrl(url: string, origins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return origins.includes(parsed.origin);
}

/** A long answer becomes at most this many messages; the rest is cut with a note. */
const MAX_MESSAGES = 5;

/**
 * Logs the bot in and routes slash commands to the command objects. Resolves once the client is ready.
 * The token is passed to discord.js only; it is never logged or echoed.
 */
export async function startDiscordBot(options: DiscordBotOptions): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], ...options.clientOptions });
  client.on(Events.InteractionCreate, (interaction) => {
    void onInteraction(interaction, options).catch((error: unknown) =>
      options.services.log.error('could not answer an interaction', error),
    );
  });
  client.on(Events.Error, (error) => options.services.log.error('discord client error', error));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(options.token);
  await ready;
  options.services.log.info(`logged in as ${client.user?.tag ?? 'the bot'}`);
  return client;
}

async function onInteraction(interaction: Interaction, options: DiscordBotOptions): Promise<void> {
  if (!interaction.isChatInputCommand()) return;
  const { services } = options;
  const command = options.commands.get(interaction.commandName);
  if (!command) {
    await interaction.reply({
      content: `Unknown command /${interaction.commandName}.`,
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  if (!interaction.inGuild()) {
    await interaction.reply({ content: 'Use this bot in a server channel.', flags: MessageFlags.Ephemeral });
    return;
  }
  const context: CommandContext = {
    guildId: interaction.guildId,
    userId: interaction.user.id,
    permissions: interaction.memberPermissions?.bitfield ?? 0n,
    options: readOptions(interaction, services, options.attachmentOrigins ?? DISCORD_ATTACHMENT_ORIGINS),
    store: options.store,
    services,
  };
  const refusal = gate(command, context);
  if (refusal) {
    await send(interaction, refusal, false);
    return;
  }
  if (command.deferred) {
    // Parsing, fetching and answering can take longer than the 3 s Discord waits for a first answer.
    const ephemeral = command.ephemeral(context.options);
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  }
  const reply = await run(command, context);
  await send(interaction, reply, command.deferred);
}

async function send(
  interaction: ChatInputCommandInteraction,
  reply: Reply,
  deferred: boolean,
): Promise<void> {
  let parts = splitMessage(reply.content, DISCORD_MESSAGE_LIMIT);
  if (parts.length > MAX_MESSAGES) {
    parts = [
      ...parts.slice(0, MAX_MESSAGES - 1),
      `${splitMessage(parts[MAX_MESSAGES - 1] ?? '', 1900)[0]}\n…(cut)`,
    ];
  }
  // Article text can contain "@everyone": a reply never pings anyone.
  const base = {
    allowedMentions: { parse: [] },
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
  const [first = '(empty reply)', ...more] = parts;
  if (deferred) await interaction.editReply({ content: first, allowedMentions: { parse: [] } });
  else await interaction.reply({ ...base, content: first } as Parameters<typeof interaction.reply>[0]);
  for (const content of more) {
    await interaction.followUp({ ...base, content } as Parameters<typeof interaction.followUp>[0]);
  }
}

function readOptions(
  interaction: ChatInputCommandInteraction,
  services: Services,
  attachmentOrigins: readonly string[],
): Record<string, OptionValue | undefined> {
  const options: Record<string, OptionValue | undefined> = {};
  for (const option of interaction.options.data) {
    if (option.attachment)
      options[option.name] = discordAttachment(option.attachment, services, attachmentOrigins);
    else if (option.value !== undefined) options[option.name] = option.value;
  }
  return options;
}

/** Reads an attachment from Discord's CDN, stopping at `maxBytes` whatever the announced size. */
function discordAttachment(
  attachment: Attachment,
  services: Services,
  origins: readonly string[],
): AttachmentInput {
  return {
    name: attachment.name,
    size: attachment.size,
    contentType: attachment.contentType,
    async read(maxBytes) {
      if (!isAllowedAttachmentUrl(attachment.url, origins))
        throw new InputRefusedError('attachments are read from Discord’s CDN only');
      const response = await fetch(attachment.url, { signal: AbortSignal.timeout(10_000) });
      if (!response.ok || !response.body)
        throw new Error(`attachment download failed: HTTP ${response.status}`);
      const chunks: Uint8Array[] = [];
      let size = 0;
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        chunks.push(value);
        if (size > maxBytes) {
          services.log.warn(`attachment ${attachment.name} is over ${maxBytes} bytes; stopped reading`);
          await reader.cancel();
          break;
        }
      }
      return Buffer.concat(chunks);
    },
  };
}
