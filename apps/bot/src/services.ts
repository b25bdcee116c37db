import { parseArticle } from '@newsparse/core';
import { ask, createCorpus } from '@newsparse/qa';
import { type AskableArticle, corpusId, type Logger, type Services } from './command.js';
import type { BotConfig } from './config.js';
import { createRateLimiter } from './safety/rate-limit.js';
import { fetchArticle, type SafeFetchOptions } from './safety/safe-fetch.js';

export interface ServiceOverrides extends Partial<Services> {
  /** Resolver, transport and test-only switches for URL fetching. */
  fetchOptions?: SafeFetchOptions;
}

/** The real services: core's parser, qa's answers, the guarded URL fetcher and the configured limits. */
export function createServices(config: BotConfig, log: Logger, overrides: ServiceOverrides = {}): Services {
  const { fetchOptions, ...rest } = overrides;
  return {
    parse: (text) => parseArticle(text),
    ask: async (question, articles) => ask(question, corpusOf(articles)),
    fetchUrl: (url) => fetchArticle(url, { maxBytes: config.limits.maxUrlBytes, ...fetchOptions }),
    managePermission: config.managePermission,
    rateLimiter: createRateLimiter(config.rateLimits),
    limits: config.limits,
    log,
    ...rest,
  };
}

function corpusOf(articles: AskableArticle[]) {
  const corpus = createCorpus();
  for (const { id, article } of articles) corpus.add(article, corpusId(id));
  return corpus;
}
