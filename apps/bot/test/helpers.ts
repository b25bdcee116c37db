import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '@newsparse/core';
import type { Answer } from '@newsparse/qa';
import { PermissionFlagsBits } from 'discord.js';
import {
  type AskableArticle,
  type CommandContext,
  corpusId,
  type OptionValue,
  type Services,
} from '../src/command.js';
import { silentLogger } from '../src/log.js';
import { DEFAULT_LIMITS } from '../src/safety/input-limits.js';
import { createRateLimiter, unlimited } from '../src/safety/rate-limit.js';
import type { ArticleStore } from '../src/store/article-store.js';

/** A qa stand-in: answers "who claimed" from the first sentence holding "claimed responsibility". */
export function fakeAsk(calls: Array<{ question: string; ids: number[] }> = []): Services['ask'] {
  return async (question: string, articles: AskableArticle[]): Promise<Answer> => {
    calls.push({ question, ids: articles.map((entry) => entry.id) });
    for (const { id, article } of articles) {
      const at = article.text.indexOf('claimed responsibility');
      if (at < 0 || !/claim/i.test(question)) continue;
      const start = article.text.lastIndexOf('\n', at) + 1;
      const endLine = article.text.indexOf('\n', at);
      const end = endLine < 0 ? article.text.length : endLine;
      const sentence = { start, end, text: article.text.slice(start, end) };
      const who =
        /([A-Z][\w-]*(?: [A-Z][\w-]*)*) claimed responsibility/.exec(sentence.text)?.[1] ?? 'someone';
      const spanStart = start + sentence.text.indexOf(who);
      return {
        answer: who,
        kind: 'claimant',
        confidence: 0.9,
        evidence: [
          {
            articleId: corpusId(id),
            sentence,
            span: { start: spanStart, end: spanStart + who.length, text: who },
          },
        ],
      };
    }
    return { answer: null, kind: 'other', confidence: 0, evidence: [], reason: 'not in the fake' };
  };
}

export function testServices(overrides: Partial<Services> = {}): Services {
  return {
    parse: (text) => parseArticle(text),
    ask: fakeAsk(),
    fetchUrl: async () => {
      throw new Error('no network in this test');
    },
    managePermission: PermissionFlagsBits.ManageMessages,
    rateLimiter: unlimited,
    limits: DEFAULT_LIMITS,
    log: silentLogger,
    ...overrides,
  };
}

export function contextFor(
  store: ArticleStore,
  services: Services,
  options: Record<string, OptionValue>,
  who: { guildId?: string; userId?: string; permissions?: bigint } = {},
): CommandContext {
  return {
    guildId: who.guildId ?? 'guild-a',
    userId: who.userId ?? 'user-1',
    permissions: who.permissions ?? PermissionFlagsBits.ManageMessages,
    options,
    store,
    services,
  };
}

export { createRateLimiter };

/** A fresh directory for a file database; `remove` deletes it. */
export function tempDirectory(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'newsparse-bot-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Text written for the tests (fictional), with a responsibility claim on its own line. */
export const HARBOUR_TEXT = `Drone strike hits grain silo in Velmora

VELMORA (Tidewire) — Three workers were killed when a drone struck a grain silo in Velmora on Sunday, officials said.

The Northern Reed Front claimed responsibility for the strike in a video message.

"We will rebuild the silo within a month," said mayor Ilse Brandt.
`;

export const MARKET_TEXT = `Fire at Oskin market injures twelve

OSKIN (Tidewire) — Twelve people were injured in a fire at the covered market in Oskin on Friday, the fire service said.

Investigators said the fire started in a bakery and was not deliberate.
`;
