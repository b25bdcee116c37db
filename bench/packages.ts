import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Article } from '../packages/core/src/index.js';

/**
 * The packages under test, loaded from their build (`pnpm bench` builds first), since the build is what
 * users run. NEWSPARSE_BENCH_FROM=src measures the TypeScript sources instead (no build needed).
 * qa and the bot store are typed here by the few calls the bench makes, so the bench still compiles
 * (and reports "skipped") while those packages are being written.
 */
export type CoreModule = typeof import('../packages/core/src/index.js');

export interface QaAnswer {
  answer: string | null;
  kind: string;
  confidence: number;
  evidence: Array<{ articleId: string }>;
}
export interface QaCorpus {
  add(article: Article, id: string): QaCorpus;
  readonly size: number;
}
export interface QaModule {
  createCorpus(): QaCorpus;
  ask(question: string, articles: Article[] | QaCorpus): QaAnswer;
}

export interface StoreModule {
  SqliteArticleStore: new (
    path: string,
  ) => {
    add(input: {
      guildId: string;
      text: string;
      article: Article;
      source: string | null;
      addedBy: string;
    }): Promise<{
      status: string;
      id: number;
    }>;
    get(guildId: string, id: number): Promise<{ article: Article } | null>;
    search(guildId: string, query: string, limit: number): Promise<number[]>;
    count(guildId: string): Promise<number>;
    close(): Promise<void>;
  };
}

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const fromSource = process.env.NEWSPARSE_BENCH_FROM === 'src';
const entry = (pkg: string) => `../packages/${pkg}/${fromSource ? 'src/index.ts' : 'dist/index.js'}`;

export async function loadCore(): Promise<CoreModule> {
  return (await import(entry('core'))) as CoreModule;
}

/** qa, or the reason it cannot be loaded (not written yet, not built). */
export async function loadQa(): Promise<QaModule | string> {
  try {
    const qa = (await import(entry('qa'))) as Partial<QaModule>;
    if (typeof qa.createCorpus !== 'function' || typeof qa.ask !== 'function') {
      return '@newsparse/qa does not export createCorpus and ask';
    }
    return qa as QaModule;
  } catch (error) {
    return `@newsparse/qa not loadable: ${(error as Error).message.split('\n')[0]}`;
  }
}

/** The bot's SQLite store (the bot runs from source with tsx, so there is no build to load). */
export async function loadStore(): Promise<StoreModule | string> {
  try {
    const store = (await import('../apps/bot/src/store/sqlite-store.ts' as string)) as Partial<StoreModule>;
    if (typeof store.SqliteArticleStore !== 'function')
      return 'apps/bot store does not export SqliteArticleStore';
    return store as StoreModule;
  } catch (error) {
    return `apps/bot store not loadable: ${(error as Error).message.split('\n')[0]}`;
  }
}

export interface WinkLike {
  readDoc(text: string): { tokens(): { length(): number } };
}

/** wink-nlp and its model, resolved from core's own dependencies so the versions are the ones core uses. */
export function loadWink(): { winkNLP: (model: unknown, pipe?: string[]) => WinkLike; model: unknown } {
  const requireFromCore = createRequire(new URL('../packages/core/package.json', import.meta.url));
  return { winkNLP: requireFromCore('wink-nlp'), model: requireFromCore('wink-eng-lite-web-model') };
}
