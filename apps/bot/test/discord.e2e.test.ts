import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordMode, startDiscordMode } from '../src/app.js';
import type { Command } from '../src/command.js';
import { allCommands } from '../src/commands/index.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import type { RequestFunction, Resolver } from '../src/safety/safe-fetch.js';
import { FakeDiscord } from './fake-discord.js';
import { tempDirectory } from './helpers.js';

/** End to end: the real discord.js Client, logged in to a fake Discord on 127.0.0.1. */
const GUILD_A = '100000000000000001';
const GUILD_B = '100000000000000002';
const MODERATOR = '700000000000000010';
const MEMBER = '700000000000000020';
const TOKEN = 'fake-bot-token.for-loopback-tests.0123456789';
const MANAGE = PermissionFlagsBits.ManageMessages | PermissionFlagsBits.SendMessages;
const SEED = readFileSync(
  fileURLToPath(
    new URL('../../../fixtures/articles/arab-weekly-2020-11-20-baghdad-embassy.txt', import.meta.url),
  ),
  'utf8',
);
const STRING = 3;
const INTEGER = 4;
const BOOLEAN = 5;
const ATTACHMENT = 11;

/** 30 lines of 150 characters: a reply that needs three messages. */
const LONG_REPLY = Array.from(
  { length: 30 },
  (_, line) => `Line ${String(line).padStart(2, '0')} ${'word '.repeat(28)}end.`,
).join('\n');
const longCommand = {
  definition: new SlashCommandBuilder().setName('long').setDescription('A long reply, for the test').toJSON(),
  access: 'everyone',
  rateLimit: 'query',
  deferred: false,
  ephemeral: () => true,
  execute: async () => ({ content: LONG_REPLY, ephemeral: true }),
} satisfies Command;

describe('the Discord bot against a loopback fake Discord', () => {
  let fake: FakeDiscord;
  let bot: DiscordMode | null = null;
  const directory = tempDirectory();
  const logs: string[] = [];
  const sockets: string[] = [];
  // Names a user might paste; the resolver is the only DNS these tests use.
  const resolver: Resolver = async (hostname) =>
    hostname === 'intranet.test' ? [{ address: '10.20.30.40', family: 4 }] : [];
  // Records every socket the URL fetcher opens; only the fake's own 127.0.0.1 server is reachable.
  const request: RequestFunction = (url, options) => {
    sockets.push(url.href);
    if (url.hostname !== '127.0.0.1') throw new Error(`no socket may open to ${url.hostname} in this test`);
    return http.request(url, options);
  };

  async function startBot(): Promise<DiscordMode> {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      NEWSPARSE_DB: join(directory.path, 'bot.sqlite'),
      NEWSPARSE_RATE_ASK: '6/60',
      NEWSPARSE_RATE_INGEST: '10/60',
    });
    return startDiscordMode(
      { ...config, token: TOKEN },
      createLogger([TOKEN], (line) => logs.push(line)),
      {
        commands: [...allCommands, longCommand],
        clientOptions: { rest: { api: fake.api, timeout: 5_000, retries: 0 } },
        attachmentOrigins: [new URL(fake.fileUrl('x')).origin],
        overrides: { fetchOptions: { resolver, request, timeoutMs: 2_000, testOnlyAllowLoopback127: true } },
      },
    );
  }

  beforeAll(async () => {
    fake = await new FakeDiscord([GUILD_A, GUILD_B]).start();
    fake.files.set('baghdad.txt', SEED);
    bot = await startBot();
  });

  afterAll(async () => {
    await bot?.stop();
    await fake.stop();
    directory.remove();
  });

  const ask = (guildId: string, question: string, extra: { userId?: string; public?: boolean } = {}) =>
    fake.interact({
      guildId,
      name: 'ask',
      userId: extra.userId ?? MEMBER,
      permissions: PermissionFlagsBits.SendMessages,
      options: [
        { name: 'question', type: STRING, value: question },
        ...(extra.public ? [{ name: 'public', type: BOOLEAN, value: true }] : []),
      ],
    });

  const ingestAttachment = (id: string, file: { filename: string; size: number; url: string }) =>
    fake.interact({
      guildId: GUILD_A,
      name: 'ingest',
      userId: MODERATOR,
      permissions: MANAGE,
      options: [{ name: 'attachment', type: ATTACHMENT, value: id }],
      attachments: { [id]: file },
    });

  it('logs in over the gateway with the token from the configuration', () => {
    expect(fake.identifies.map((identify) => identify.token)).toEqual([TOKEN]);
    expect(fake.connectedGateways).toBe(1);
  });

  it('ingests an attachment with a deferred, ephemeral reply carrying the card', async () => {
    const responses = await ingestAttachment('300000000000000001', {
      filename: 'baghdad.txt',
      size: Buffer.byteLength(SEED),
      url: fake.fileUrl('baghdad.txt'),
    });
    expect(responses.map((response) => response.kind)).toEqual(['callback', 'edit']);
    expect(responses[0]).toMatchObject({ type: 5, flags: MessageFlags.Ephemeral });
    expect(responses[1]?.content).toMatch(
      /^Stored\.\n\*\*#1 Iraqis brace for escalation on Soleimani killing’s anniversary\*\*/,
    );
    // Interaction callbacks and webhook edits are authorised by the interaction token, not the bot token.
    expect(responses.every((response) => response.authorization === null)).toBe(true);
  });

  it('refuses an attachment whose URL is not on the allowed origins, before any download', async () => {
    const before = fake.requests.length;
    const responses = await ingestAttachment('300000000000000002', {
      filename: 'metadata.txt',
      size: 100,
      // Another origin on the loopback address: were the check missing, no socket leaves 127.0.0.1.
      url: 'http://127.0.0.1:1/latest/meta-data/',
    });
    expect(responses.at(-1)?.content).toMatch(/attachments are read from Discord’s CDN only/);
    // Only the interaction's own callback and reply reached the fake: no file was requested.
    expect(fake.requests.slice(before).some((request) => request.path.startsWith('/files/'))).toBe(false);
  });

  it('answers who claimed the attack, publicly when asked, quoting the evidence', async () => {
    const responses = await ask(GUILD_A, 'Who claimed the attack?', { public: true });
    expect(responses[0]).toMatchObject({ kind: 'callback', type: 5 });
    expect((responses[0]?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    const answer = responses[1]?.content ?? '';
    expect(answer).toMatch(/^\*\*.*Ahl al-Kahf.*\*\*\n> .*claimed responsibility/);
    expect(answer).toContain('— #1 Iraqis brace for escalation');
  });

  it('says a second ingest of the same text is a duplicate', async () => {
    const responses = await fake.interact({
      guildId: GUILD_A,
      name: 'ingest',
      userId: MODERATOR,
      permissions: MANAGE,
      options: [{ name: 'text', type: STRING, value: SEED.slice(0, 5_000) }],
    });
    expect(responses.at(-1)?.content).toMatch(/^Stored\.\n\*\*#2 /);
    const again = await fake.interact({
      guildId: GUILD_A,
      name: 'ingest',
      userId: MODERATOR,
      permissions: MANAGE,
      options: [{ name: 'text', type: STRING, value: SEED.slice(0, 5_000) }],
    });
    expect(again.at(-1)?.content).toMatch(/^Already stored: this text is #2 /);
  });

  it("never shows one guild's articles to another", async () => {
    expect((await ask(GUILD_B, 'Who claimed the attack?')).at(-1)?.content).toBe(
      'No articles yet. Add one with `/ingest`.',
    );
    const article = await fake.interact({
      guildId: GUILD_B,
      name: 'article',
      permissions: PermissionFlagsBits.SendMessages,
      options: [{ name: 'id', type: INTEGER, value: 1 }],
    });
    expect(article).toEqual([
      {
        kind: 'callback',
        type: 4,
        content: 'There is no article #1 in this server.',
        flags: MessageFlags.Ephemeral,
        authorization: null,
      },
    ]);
    const list = await fake.interact({
      guildId: GUILD_B,
      name: 'articles',
      permissions: PermissionFlagsBits.SendMessages,
    });
    expect(list.at(-1)?.content).toBe('No articles yet. Add one with `/ingest`.');
  });

  it('refuses /ingest and /forget to a member without Manage Messages, before any work', async () => {
    for (const [name, options] of [
      ['ingest', [{ name: 'text', type: STRING, value: 'CITY (Agency) — Something happened.' }]],
      ['forget', [{ name: 'id', type: INTEGER, value: 1 }]],
    ] as const) {
      const responses = await fake.interact({
        guildId: GUILD_A,
        name,
        userId: MEMBER,
        permissions: PermissionFlagsBits.SendMessages,
        options: [...options],
      });
      expect(responses).toEqual([
        {
          kind: 'callback',
          type: 4,
          content: `You need the Manage Messages permission to use /${name}.`,
          flags: MessageFlags.Ephemeral,
          authorization: null,
        },
      ]);
    }
    expect((await ask(GUILD_A, 'Who claimed the attack?')).at(-1)?.content).toMatch(/Ahl al-Kahf/);
  });

  it('rate-limits a user who asks too often, with a clear message', async () => {
    const heavy = '700000000000000030';
    for (let index = 0; index < 6; index++) {
      const responses = await ask(GUILD_B, `question ${index}?`, { userId: heavy });
      expect(responses.at(-1)?.content).toBe('No articles yet. Add one with `/ingest`.');
    }
    const refused = await ask(GUILD_B, 'one more?', { userId: heavy });
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ kind: 'callback', type: 4, flags: MessageFlags.Ephemeral });
    expect(refused[0]?.content).toMatch(/^Slow down: you have used \/ask too often\. Try again in \d+ s\.$/);
    // Someone else is not held back.
    expect((await ask(GUILD_B, 'another?', { userId: '700000000000000031' })).at(-1)?.content).toMatch(
      /No articles yet/,
    );
  });

  it('refuses a URL that resolves to a private address, without opening a socket', async () => {
    const responses = await fake.interact({
      guildId: GUILD_A,
      name: 'ingest',
      userId: MODERATOR,
      permissions: MANAGE,
      options: [{ name: 'url', type: STRING, value: 'http://intranet.test/news/today' }],
    });
    expect(responses.at(-1)?.content).toBe(
      'Could not ingest that link: refused: intranet.test points to a private address, not a public site.',
    );
    const metadata = await fake.interact({
      guildId: GUILD_A,
      name: 'ingest',
      userId: MODERATOR,
      permissions: MANAGE,
      options: [{ name: 'url', type: STRING, value: 'http://169.254.169.254/latest/meta-data/' }],
    });
    expect(metadata.at(-1)?.content).toMatch(/^Could not ingest that link: refused: .*link-local/);
    expect(sockets).toEqual([]);
  });

  it('ingests a web page from an allowed URL through Readability', async () => {
    const paragraphs = SEED.split('\n\n').slice(2, 12);
    fake.files.set(
      'page.html',
      `<html><head><title>Iraqis brace for escalation | The Weekly</title></head><body><nav>Menu Home World</nav>
       <article><h1>Iraqis brace for escalation</h1>${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></body></html>`,
    );
    const url = fake.fileUrl('page.html');
    const responses = await fake.interact({
      guildId: GUILD_B,
      name: 'ingest',
      userId: MODERATOR,
      permissions: MANAGE,
      options: [{ name: 'url', type: STRING, value: url }],
    });
    expect(responses.at(-1)?.content).toMatch(/^Stored\.\n\*\*#1 Iraqis brace for escalation\*\*/);
    expect(sockets).toEqual([url]);
  });

  it('splits a reply over 2,000 characters into clean follow-up messages', async () => {
    // Wait for all three messages, not just the first.
    const responses = await fake.interact(
      { guildId: GUILD_A, name: 'long', permissions: PermissionFlagsBits.SendMessages },
      15_000,
      3,
    );
    expect(responses[0]).toMatchObject({ kind: 'callback', type: 4, flags: MessageFlags.Ephemeral });
    expect(responses.slice(1).map((response) => response.kind)).toEqual(['followup', 'followup']);
    expect(responses.map((response) => response.content).join('\n')).toBe(LONG_REPLY);
    for (const response of responses) {
      expect(response.content?.length).toBeLessThanOrEqual(2000);
      expect(response.flags).toBe(MessageFlags.Ephemeral);
    }
  });

  it('keeps the articles across a restart', async () => {
    await bot?.stop();
    bot = null;
    expect(fake.connectedGateways).toBe(0);
    bot = await startBot();
    expect(fake.identifies).toHaveLength(2);
    const responses = await ask(GUILD_A, 'Who claimed responsibility for the Tuesday attacks?', {
      userId: MODERATOR,
    });
    expect(responses.at(-1)?.content).toMatch(/Ahl al-Kahf/);
    const list = await fake.interact({
      guildId: GUILD_A,
      name: 'articles',
      permissions: PermissionFlagsBits.SendMessages,
    });
    expect(list.at(-1)?.content).toMatch(/^\*\*Articles\*\* \(page 1 of 1, 2 in all\)/);
  });

  it('stayed within its bounds: known routes only, few requests, the token never logged', () => {
    expect(fake.unknownRoutes).toEqual([]);
    expect(logs.filter((line) => / error /.test(line))).toEqual([]);
    expect(fake.requests.length).toBeLessThan(80);
    expect(
      fake.requests.filter((request) => request.authorization !== null).map((request) => request.path),
    ).toEqual(
      fake.requests
        .filter((request) => request.path === '/api/v10/gateway/bot')
        .map((request) => request.path),
    );
    expect(logs.join('\n')).not.toContain(TOKEN);
  });
});
