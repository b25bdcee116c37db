import { parseArticle } from '@newsparse/core';
import { PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  contextFor,
  createRateLimiter,
  fakeAsk,
  HARBOUR_TEXT,
  MARKET_TEXT,
  testServices,
} from '../../test/helpers.js';
import type { AttachmentInput, OptionValue, Services } from '../command.js';
import { handle } from '../dispatch.js';
import { SqliteArticleStore } from '../store/sqlite-store.js';
import { loadCommands } from './index.js';

const commands = loadCommands();
const stores: SqliteArticleStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

function setup(overrides: Partial<Services> = {}) {
  const store = new SqliteArticleStore(':memory:');
  stores.push(store);
  const services = testServices(overrides);
  const run = (
    name: string,
    options: Record<string, OptionValue> = {},
    who: Parameters<typeof contextFor>[3] = {},
  ) => {
    const command = commands.get(name);
    if (!command) throw new Error(`no command ${name}`);
    return handle(command, contextFor(store, services, options, who));
  };
  return { store, services, run };
}

function file(name: string, content: string, size = Buffer.byteLength(content)): AttachmentInput {
  return { name, size, contentType: null, read: async () => Buffer.from(content) };
}

describe('the command set', () => {
  it('has one object per command, each with its definition name as key', () => {
    expect([...commands.keys()]).toEqual([
      'ingest',
      'ask',
      'article',
      'quotes',
      'articles',
      'forget',
      'help',
    ]);
    for (const [name, command] of commands) expect(command.definition.name).toBe(name);
  });
});

describe('/ingest', () => {
  const accepted: Array<[string, Record<string, OptionValue>, RegExp]> = [
    ['text', { text: HARBOUR_TEXT }, /^Stored\.\n\*\*#1 Drone strike hits grain silo in Velmora\*\*/],
    ['a .txt attachment', { attachment: file('silo.txt', HARBOUR_TEXT) }, /^Stored\.\n\*\*#1 Drone strike/],
    ['a .md attachment', { attachment: file('silo.md', HARBOUR_TEXT) }, /^Stored\./],
    [
      'an .html attachment',
      {
        attachment: file(
          'silo.html',
          `<html><head><title>Drone strike hits grain silo in Velmora</title></head><body><article><h1>Drone strike hits grain silo in Velmora</h1>${HARBOUR_TEXT.split(
            '\n\n',
          )
            .slice(1)
            .map((paragraph) => `<p>${paragraph}</p>`)
            .join('')}</article></body></html>`,
        ),
      },
      /^Stored\.\n\*\*#1 Drone strike hits grain silo in Velmora\*\*/,
    ],
  ];
  it.each(accepted)('stores %s and replies with the card', async (_label, options, expected) => {
    const { run, store } = setup();
    const reply = await run('ingest', options);
    expect(reply.content).toMatch(expected);
    expect(reply.ephemeral).toBe(true);
    expect(await store.count('guild-a')).toBe(1);
  });

  it('reads a URL through the fetch service and records where it came from', async () => {
    const fetched: string[] = [];
    const { run, store } = setup({
      fetchUrl: async (url) => {
        fetched.push(url);
        return { url: 'https://news.example/velmora', title: null, text: HARBOUR_TEXT };
      },
    });
    expect((await run('ingest', { url: 'https://news.example/v' })).content).toMatch(/^Stored\./);
    expect(fetched).toEqual(['https://news.example/v']);
    expect((await store.get('guild-a', 1))?.source).toBe('https://news.example/velmora');
  });

  it('says so when the same text is ingested again, instead of storing it twice', async () => {
    const { run, store } = setup();
    await run('ingest', { text: HARBOUR_TEXT });
    const again = await run('ingest', { attachment: file('copy.txt', HARBOUR_TEXT.replace(/\n/g, '\r\n')) });
    expect(again.content).toMatch(/^Already stored: this text is #1 Drone strike/);
    expect(await store.count('guild-a')).toBe(1);
  });

  const refused: Array<[string, Record<string, OptionValue>, RegExp]> = [
    ['nothing', {}, /Give the article as `text`/],
    ['two inputs', { text: HARBOUR_TEXT, url: 'https://news.example/' }, /only one of/],
    ['blank text', { text: '   ' }, /Give the article/],
    ['a .pdf', { attachment: file('report.pdf', 'x') }, /only \.txt, \.md and \.html/],
    ['an oversized file', { attachment: file('big.txt', 'x', 5_000_000) }, /larger than the 1,000 kB limit/],
    [
      'a file that is not UTF-8',
      { attachment: { ...file('bad.txt', ''), read: async () => Buffer.from([0xff, 0xfe, 0xfd]) } },
      /not UTF-8/,
    ],
    ['text over the limit', { text: 'word '.repeat(30_000) }, /the limit is 100,000/],
  ];
  it.each(refused)('refuses %s with a short message', async (_label, options, expected) => {
    const { run, store } = setup();
    const reply = await run('ingest', options);
    expect(reply.content).toMatch(expected);
    expect(reply.ephemeral).toBe(true);
    expect(await store.count('guild-a')).toBe(0);
  });
});

describe('/ask', () => {
  it('answers with the evidence sentence as a quote block and the headline', async () => {
    const { run } = setup();
    await run('ingest', { text: HARBOUR_TEXT });
    const reply = await run('ask', { question: 'Who claimed the attack?' });
    expect(reply.content).toBe(
      [
        '**The Northern Reed Front**',
        '> The Northern Reed Front claimed responsibility for the strike in a video message.',
        '— #1 Drone strike hits grain silo in Velmora',
      ].join('\n'),
    );
    expect(reply.ephemeral).toBe(true);
  });

  it('is public only when asked to be', async () => {
    const { run } = setup();
    await run('ingest', { text: HARBOUR_TEXT });
    expect((await run('ask', { question: 'Who claimed it?', public: true })).ephemeral).toBe(false);
  });

  it('says "not stated" when qa abstains', async () => {
    const { run } = setup();
    await run('ingest', { text: MARKET_TEXT });
    const reply = await run('ask', { question: 'Who claimed the fire?' });
    expect(reply.content).toBe(
      'Not stated in the article. (not in the fake)\n— #1 Fire at Oskin market injures twelve',
    );
  });

  it('asks the latest article, and searches the others when the question names something it lacks', async () => {
    const calls: Array<{ question: string; ids: number[] }> = [];
    const { run } = setup({ ask: fakeAsk(calls) });
    await run('ingest', { text: HARBOUR_TEXT });
    await run('ingest', { text: MARKET_TEXT });
    await run('ask', { question: 'How many were injured?' });
    await run('ask', { question: 'Who claimed the strike on the Velmora silo?' });
    await run('ask', { question: 'Who claimed it?', article: 1 });
    // Both share a word with the question ("injured", "Velmora"); only #1 names Velmora.
    await run('ask', { question: 'Who claimed what injured people in Velmora?' });
    // A name no article holds is taken for a typo: the question goes to the latest article.
    await run('ask', { question: 'Who claimed the silo strike, says Brandtt?' });
    // The first question is asked once: the search finds only the latest article, which already abstained.
    expect(calls.map((call) => call.ids)).toEqual([[2], [1], [1], [1], [2]]);
  });

  const unanswerable: Array<[string, Record<string, OptionValue>, RegExp]> = [
    ['an empty store', { question: 'Who claimed the attack?' }, /No articles yet/],
    ['an unknown article', { question: 'Who?', article: 42 }, /no article #42/],
  ];
  it.each(unanswerable)('explains %s', async (_label, options, expected) => {
    const { run } = setup();
    expect((await run('ask', options)).content).toMatch(expected);
  });

  it('turns a crash into a short message with a reference, and logs the detail', async () => {
    const logged: string[] = [];
    const { run } = setup({
      ask: async () => {
        throw new Error('index exploded');
      },
      log: {
        info: () => {},
        warn: () => {},
        error: (message, detail) => logged.push(`${message} ${String(detail)}`),
      },
    });
    await run('ingest', { text: HARBOUR_TEXT });
    const reply = await run('ask', { question: 'Who claimed it?' });
    expect(reply.content).toMatch(/^Something went wrong with \/ask \(ref [0-9a-f]{8}\)\.$/);
    expect(reply.content).not.toContain('exploded');
    expect(logged.join('\n')).toContain('index exploded');
  });
});

describe('/article, /quotes, /articles, /forget', () => {
  it('shows the card of the latest article or one by id', async () => {
    const { run } = setup();
    await run('ingest', { text: HARBOUR_TEXT });
    await run('ingest', { text: MARKET_TEXT });
    expect((await run('article')).content).toMatch(/^\*\*#2 Fire at Oskin market/);
    const first = await run('article', { id: 1 });
    expect(first.content).toMatch(/^\*\*#1 Drone strike hits grain silo in Velmora\*\*/);
    expect(first.content).toContain('> VELMORA (Tidewire) — Three workers were killed');
    expect((await run('article', { id: 3 })).content).toBe('There is no article #3 in this server.');
  });

  it('lists quotes, filtered by speaker', async () => {
    const { run } = setup({
      parse: (text) => {
        const article = parseArticle(text);
        const at = text.indexOf('We will rebuild');
        const said = 'We will rebuild the silo within a month,';
        const name = text.indexOf('Ilse Brandt');
        article.quotes = [
          {
            kind: 'direct',
            text: { start: at, end: at + said.length, text: said },
            speaker: {
              name: 'Ilse Brandt',
              entityId: null,
              span: { start: name, end: name + 11, text: 'Ilse Brandt' },
            },
            verb: 'said',
            span: { start: at, end: name + 11, text: text.slice(at, name + 11) },
          },
        ];
        return article;
      },
    });
    await run('ingest', { text: HARBOUR_TEXT });
    expect((await run('quotes', { speaker: 'brandt' })).content).toBe(
      '**Quotes in #1 Drone strike hits grain silo in Velmora**\n• **Ilse Brandt** (said): “We will rebuild the silo within a month,”',
    );
    expect((await run('quotes', { speaker: 'Zebari' })).content).toBe(
      'No quotes from "Zebari" in #1 Drone strike hits grain silo in Velmora.',
    );
  });

  it('finds a speaker by the role the article gives them', async () => {
    const { run } = setup();
    await run('ingest', { text: HARBOUR_TEXT });
    const reply = (await run('quotes', { speaker: 'mayor' })).content;
    expect(reply).toMatch(/^\*\*Quotes in #1 Drone strike hits grain silo in Velmora\*\*/);
    expect(reply).toContain('**Ilse Brandt**');
  });

  it('pages the article list', async () => {
    const { run } = setup({ limits: { ...testServices().limits, pageSize: 1 } });
    expect((await run('articles')).content).toMatch(/No articles yet/);
    await run('ingest', { text: HARBOUR_TEXT });
    await run('ingest', { text: MARKET_TEXT });
    expect((await run('articles')).content).toBe(
      '**Articles** (page 1 of 2, 2 in all)\n#2 Fire at Oskin market injures twelve\nNext: `/articles page:2`',
    );
    expect((await run('articles', { page: 9 })).content).toBe(
      '**Articles** (page 2 of 2, 2 in all)\n#1 Drone strike hits grain silo in Velmora',
    );
  });

  it('forgets an article', async () => {
    const { run, store } = setup();
    await run('ingest', { text: HARBOUR_TEXT });
    expect((await run('forget', { id: 1 })).content).toBe(
      'Forgot #1 Drone strike hits grain silo in Velmora.',
    );
    expect((await run('forget', { id: 1 })).content).toBe('There is no article #1 in this server.');
    expect(await store.count('guild-a')).toBe(0);
  });
});

describe('guild isolation', () => {
  const otherGuild: Array<[string, Record<string, OptionValue>, RegExp]> = [
    ['ask', { question: 'Who claimed the attack?' }, /^No articles yet/],
    ['ask', { question: 'Who claimed the attack?', article: 1 }, /^There is no article #1/],
    ['article', { id: 1 }, /^There is no article #1/],
    ['article', {}, /^No articles yet/],
    ['quotes', {}, /^No articles yet/],
    ['articles', {}, /^No articles yet/],
    ['forget', { id: 1 }, /^There is no article #1/],
  ];
  it.each(otherGuild)(
    "/%s in another guild never sees guild A's article",
    async (name, options, expected) => {
      const { run, store } = setup();
      await run('ingest', { text: HARBOUR_TEXT }, { guildId: 'guild-a' });
      const reply = await run(name, options, { guildId: 'guild-b' });
      expect(reply.content).toMatch(expected);
      expect(reply.content).not.toContain('Velmora');
      expect(await store.count('guild-a')).toBe(1);
    },
  );

  it('does not call a text another guild already stored a duplicate', async () => {
    const { run } = setup();
    await run('ingest', { text: HARBOUR_TEXT }, { guildId: 'guild-a' });
    expect((await run('ingest', { text: HARBOUR_TEXT }, { guildId: 'guild-b' })).content).toMatch(
      /^Stored\./,
    );
  });
});

describe('permissions and rate limits', () => {
  const denied: Array<[string, Record<string, OptionValue>, bigint]> = [
    ['ingest', { text: HARBOUR_TEXT }, 0n],
    ['ingest', { text: HARBOUR_TEXT }, PermissionFlagsBits.SendMessages],
    ['forget', { id: 1 }, PermissionFlagsBits.ManageChannels],
  ];
  it.each(denied)('refuses /%s without Manage Messages', async (name, options, permissions) => {
    const { run, store } = setup();
    const reply = await run(name, options, { permissions });
    expect(reply).toEqual({
      content: `You need the Manage Messages permission to use /${name}.`,
      ephemeral: true,
    });
    expect(await store.count('guild-a')).toBe(0);
  });

  const allowed: Array<[string, bigint]> = [
    ['Manage Messages', PermissionFlagsBits.ManageMessages],
    ['Administrator', PermissionFlagsBits.Administrator],
  ];
  it.each(allowed)('lets a member with %s ingest', async (_label, permissions) => {
    const { run } = setup();
    expect((await run('ingest', { text: HARBOUR_TEXT }, { permissions })).content).toMatch(/^Stored\./);
  });

  it('lets anyone ask', async () => {
    const { run } = setup();
    await run('ingest', { text: HARBOUR_TEXT });
    expect((await run('ask', { question: 'Who claimed it?' }, { permissions: 0n })).content).toMatch(
      /Northern Reed/,
    );
  });

  it('rate-limits each user per bucket with a clear message', async () => {
    let now = 0;
    const { run } = setup({
      rateLimiter: createRateLimiter(
        { ingest: { limit: 1, windowMs: 60_000 }, query: { limit: 2, windowMs: 10_000 } },
        () => now,
      ),
    });
    expect((await run('ingest', { text: HARBOUR_TEXT })).content).toMatch(/^Stored/);
    expect((await run('ingest', { text: MARKET_TEXT })).content).toBe(
      'Slow down: you have used /ingest too often. Try again in 60 s.',
    );
    // Another user has their own allowance; questions have their own bucket.
    expect((await run('ingest', { text: MARKET_TEXT }, { userId: 'user-2' })).content).toMatch(/^Stored/);
    expect((await run('articles')).content).toMatch(/^\*\*Articles/);
    expect((await run('articles')).content).toMatch(/^\*\*Articles/);
    now = 4_000;
    expect((await run('articles')).content).toBe(
      'Slow down: you have used /articles too often. Try again in 6 s.',
    );
    now = 10_001;
    expect((await run('articles')).content).toMatch(/^\*\*Articles/);
  });
});
