import type { Article } from '@newsparse/core';

/**
 * One stored article: the text, its parse, and where it came from. Ids are numbered per guild.
 * Read-only: a store may hand the same object to several callers.
 */
export interface StoredArticle {
  id: number;
  guildId: string;
  headline: string | null;
  published: string | null;
  source: string | null;
  addedBy: string;
  createdAt: string;
  contentHash: string;
  article: Article;
}

export type ArticleSummary = Omit<StoredArticle, 'article' | 'contentHash'>;

export interface NewArticle {
  guildId: string;
  text: string;
  article: Article;
  /** `file:name.txt`, a URL, or `text`. */
  source: string | null;
  addedBy: string;
}

export type AddResult = { status: 'added'; id: number } | { status: 'duplicate'; id: number };

export interface ArticlePage {
  items: ArticleSummary[];
  total: number;
}

/**
 * Where articles live. Every method takes the guild: no call can reach another guild's rows.
 * Async so a networked store (PostgreSQL for deployments that outgrow one machine) fits the same shape.
 */
export interface ArticleStore {
  /** Stores the article, or reports the id of the same text already stored in this guild. */
  add(input: NewArticle): Promise<AddResult>;
  get(guildId: string, id: number): Promise<StoredArticle | null>;
  /** The most recently added article. */
  latest(guildId: string): Promise<StoredArticle | null>;
  /** Newest first. */
  list(guildId: string, page: { offset: number; limit: number }): Promise<ArticlePage>;
  /** Ids of the articles whose headline or text best match the words of `query`, best first. */
  search(guildId: string, query: string, limit: number): Promise<number[]>;
  remove(guildId: string, id: number): Promise<boolean>;
  count(guildId: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Same article, same hash: line endings and trailing spaces do not make a copy-paste a new article.
 * The normalised form is hashed only; the stored text is the text as given.
 */
export function normaliseForHash(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}
