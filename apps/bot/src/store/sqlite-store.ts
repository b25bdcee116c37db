import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article } from '@newsparse/core';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import {
  type AddResult,
  type ArticlePage,
  type ArticleStore,
  type ArticleSummary,
  type NewArticle,
  normaliseForHash,
  type StoredArticle,
} from './article-store.js';
import { migrate } from './migrations.js';

interface ArticleRow {
  number: number;
  guild_id: string;
  headline: string | null;
  published: string | null;
  source: string | null;
  added_by: string;
  created_at: string;
  content_hash: string;
  article_json: string;
}

type SummaryRow = Omit<ArticleRow, 'article_json' | 'content_hash'>;

const SUMMARY_COLUMNS = 'number, guild_id, headline, published, source, added_by, created_at';
const FULL_COLUMNS = `${SUMMARY_COLUMNS}, content_hash, article_json`;

/** Words too common to help find an article ("who", "the", "attack" stays: it is what people ask about). */
const SEARCH_STOPWORDS = new Set(
  'a an and are as at be by did do does for from had has have how in is it its many much of on or said say says the this to was were what when where which who whom whose why will with'.split(
    ' ',
  ),
);

/**
 * The embedded store: one SQLite file (`:memory:` for tests). WAL so readers never wait for the one
 * writer; `synchronous = FULL` and one transaction per ingest, so a process killed mid-ingest leaves the
 * article either fully stored or not at all.
 */
export class SqliteArticleStore implements ArticleStore {
  readonly db: Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new BetterSqlite3(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
  }

  async add(input: NewArticle): Promise<AddResult> {
    const hash = contentHash(input.text);
    const insert = this.db.transaction((): AddResult => {
      const existing = this.db
        .prepare('SELECT number FROM articles WHERE guild_id = ? AND content_hash = ?')
        .get(input.guildId, hash) as { number: number } | undefined;
      if (existing) return { status: 'duplicate', id: existing.number };
      const counter = this.db
        .prepare(
          `INSERT INTO guild_counters (guild_id, last_number) VALUES (?, 1)
           ON CONFLICT (guild_id) DO UPDATE SET last_number = last_number + 1
           RETURNING last_number`,
        )
        .get(input.guildId) as { last_number: number };
      this.db
        .prepare(
          `INSERT INTO articles (guild_id, number, content_hash, headline, published, source, added_by,
             created_at, text, article_json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.guildId,
          counter.last_number,
          hash,
          input.article.headline?.text ?? null,
          input.article.published?.date ?? null,
          input.source,
          input.addedBy,
          new Date().toISOString(),
          input.text,
          JSON.stringify(input.article),
        );
      return { status: 'added', id: counter.last_number };
    });
    // IMMEDIATE takes the write lock before the duplicate check, so two bots on one file cannot both
    // decide the text is new.
    return insert.immediate();
  }

  async get(guildId: string, id: number): Promise<StoredArticle | null> {
    const row = this.db
      .prepare(`SELECT ${FULL_COLUMNS} FROM articles WHERE guild_id = ? AND number = ?`)
      .get(guildId, id) as ArticleRow | undefined;
    return row ? toStored(row) : null;
  }

  async latest(guildId: string): Promise<StoredArticle | null> {
    const row = this.db
      .prepare(`SELECT ${FULL_COLUMNS} FROM articles WHERE guild_id = ? ORDER BY number DESC LIMIT 1`)
      .get(guildId) as ArticleRow | undefined;
    return row ? toStored(row) : null;
  }

  async list(guildId: string, page: { offset: number; limit: number }): Promise<ArticlePage> {
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE guild_id = ? ORDER BY number DESC LIMIT ? OFFSET ?`,
      )
      .all(guildId, page.limit, page.offset) as SummaryRow[];
    return { items: rows.map(toSummary), total: await this.count(guildId) };
  }

  async search(guildId: string, query: string, limit: number): Promise<number[]> {
    const match = ftsQuery(query);
    if (!match) return [];
    const rows = this.db
      .prepare(
        `SELECT a.number FROM articles_fts f JOIN articles a ON a.row_id = f.rowid
         WHERE articles_fts MATCH ? AND a.guild_id = ?
         ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT ?`,
      )
      .all(match, guildId, limit) as Array<{ number: number }>;
    return rows.map((row) => row.number);
  }

  async remove(guildId: string, id: number): Promise<boolean> {
    return (
      this.db.prepare('DELETE FROM articles WHERE guild_id = ? AND number = ?').run(guildId, id).changes > 0
    );
  }

  async count(guildId: string): Promise<number> {
    const row = this.db.prepare('SELECT COUNT(*) AS n FROM articles WHERE guild_id = ?').get(guildId) as {
      n: number;
    };
    return row.n;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text)).digest('hex');
}

/**
 * The question's content words, each quoted (so FTS5 syntax in a question is just text) and OR-ed:
 * bm25 then ranks the articles that share the most, and the rarest, words first.
 */
export function ftsQuery(query: string): string | null {
  const words = new Set<string>();
  for (const match of query.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (word.length > 1 && !SEARCH_STOPWORDS.has(word)) words.add(word);
  }
  if (words.size === 0) return null;
  return [...words]
    .slice(0, 32)
    .map((word) => `"${word}"`)
    .join(' OR ');
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.number,
    guildId: row.guild_id,
    headline: row.headline,
    published: row.published,
    source: row.source,
    addedBy: row.added_by,
    createdAt: row.created_at,
  };
}

function toStored(row: ArticleRow): StoredArticle {
  return {
    ...toSummary(row),
    contentHash: row.content_hash,
    article: JSON.parse(row.article_json) as Article,
  };
}
