import { createRequire } from 'node:module';
import { parseArticle } from '@newsparse/core';
import { ask, type Corpus, createCorpus } from '@newsparse/qa';
import { type AskableArticle, corpusId, type Logger, type Services } from './command.js';
import type { BotConfig } from './config.js';
import { createRateLimiter } from './safety/rate-limit.js';
import { fetchArticle, type SafeFetchOptions } from './safety/safe-fetch.js';
import type { ArticleReader } from './store/sqlite-store.js';

/**
 * How the bot reads an article, and the version of @newsparse/core that reads it: the store reads a
 * stored article again when the parser that read it was another version.
 */
export const articleReader: ArticleReader = {
  version: (createRequire(import.meta.url)('@newsparse/core/package.json') as { version: string }).version,
  read: (text) => parseArticle(text),
};

export interface ServiceOverrides extends Partial<Services> {
  /** Resolver, transport and test-only switches for URL fetching. */
  fetchOptions?: SafeFetchOptions;
}

/** The real services: core's parser, qa's answers, the guarded URL fetcher and the configured limits. */
export function createServices(config: BotConfig, log: Logger, overrides: ServiceOverrides = {}): Services {
  const { fetchOptions, ...rest } = overrides;
  const corpora = createCorpusCache();
  return {
    parse: articleReader.read,
    ask: async (question, articles) => ask(question, corpora.corpusOf(articles)),
    fetchUrl: (url) => fetchArticle(url, { maxBytes: config.limits.maxUrlBytes, ...fetchOptions }),
    managePermission: config.managePermission,
    rateLimiter: createRateLimiter(config.rateLimits),
    limits: config.limits,
    log,
    ...rest,
  };
}

/** Indexing an article for qa costs more than answering from it (≈ 6 ms against ≈ 0.05 ms): keep the last few. */
const CORPUS_CACHE_SIZE = 64;

function createCorpusCache() {
  const cache = new Map<string, Corpus>();
  return {
    corpusOf(articles: AskableArticle[]): Corpus {
      const key = articles.map((entry) => entry.key).join('|');
      const cached = cache.get(key);
      if (cached) {
        cache.delete(key);
        cache.set(key, cached);
        return cached;
      }
      const corpus = createCorpus();
      for (const { id, article } of articles) corpus.add(article, corpusId(id));
      cache.set(key, corpus);
      if (cache.size > CORPUS_CACHE_SIZE) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return corpus;
    },
  };
}
