import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Article, storyLead } from '@newsparse/core';
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

/**
 * The parser the store's articles come from. A stored parse made by another version is read again from
 * the stored text when it is next loaded, so a bot upgraded to a better parser answers from the better
 * parse, for articles added before the upgrade too.
 */
export interface ArticleReader {
  /** Changes whenever the parse may change: the version of @newsparse/core. */
  version: string;
  read(text: string): Article;
}

type SummaryRow = Omit<ArticleRow, 'article_json' | 'content_hash'>;
type ListedRow = SummaryRow & { content_hash: string; parser_version: string | null };

const SUMMARY_COLUMNS = 'number, guild_id, headline, published, source, added_by, created_at';
const FULL_COLUMNS = `${SUMMARY_COLUMNS}, content_hash, article_json`;

/** Words too common to help find an article ("who", "the", "attack" stays: it is what people ask about). */
const SEARCH_STOPWORDS = new Set(
  'a an and are as at be by did do does for from had has have how in is it its many much of on or said say says the this to was were what when where which who whom whose why will with'.split(
    ' ',
  ),
);

/** Parsed articles kept in memory: answering then costs no JSON.parse of a 40 kB article. */
const CACHE_SIZE = 256;

function prepareStatements(db: Database) {
  return {
    findHash: db.prepare('SELECT number FROM articles WHERE guild_id = ? AND content_hash = ?'),
    nextNumber: db.prepare(
      `INSERT INTO guild_counters (guild_id, last_number) VALUES (?, 1)
       ON CONFLICT (guild_id) DO UPDATE SET last_number = last_number + 1
       RETURNING last_number`,
    ),
    insert: db.prepare(
      `INSERT INTO articles (guild_id, number, content_hash, headline, published, source, added_by,
         created_at, text, article_json, parser_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    hashOf: db.prepare(
      'SELECT number, content_hash, parser_version FROM articles WHERE guild_id = ? AND number = ?',
    ),
    latestHash: db.prepare(
      `SELECT number, content_hash, parser_version FROM articles WHERE guild_id = ?
       ORDER BY number DESC LIMIT 1`,
    ),
    text: db.prepare('SELECT text FROM articles WHERE guild_id = ? AND number = ?'),
    reparsed: db.prepare(
      `UPDATE articles SET article_json = ?, headline = ?, published = ?, parser_version = ?
       WHERE guild_id = ? AND number = ? AND content_hash = ?`,
    ),
    full: db.prepare(`SELECT ${FULL_COLUMNS} FROM articles WHERE guild_id = ? AND number = ?`),
    list: db.prepare(
      `SELECT ${SUMMARY_COLUMNS}, content_hash, parser_version FROM articles WHERE guild_id = ?
       ORDER BY number DESC LIMIT ? OFFSET ?`,
    ),
    search: db.prepare(
      `SELECT a.number FROM articles_fts f JOIN articles a ON a.row_id = f.rowid
       WHERE articles_fts MATCH ? AND a.guild_id = ?
       ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT ?`,
    ),
    remove: db.prepare('DELETE FROM articles WHERE guild_id = ? AND number = ?'),
    count: db.prepare('SELECT COUNT(*) AS n FROM articles WHERE guild_id = ?'),
  };
}

/**
 * The embedded store: one SQLite file (`:memory:` for tests). WAL so readers never wait for the one
 * writer; `synchronous = FULL` and one transaction per ingest, so a process killed mid-ingest leaves the
 * article either fully stored or not at all.
 */
export class SqliteArticleStore implements ArticleStore {
  readonly db: Database;
  private readonly statements: ReturnType<typeof prepareStatements>;
  private readonly cache = new Map<string, StoredArticle>();

  /**
   * @param path - the SQLite file, or `:memory:`
   * @param reader - the parser of the articles added: each stored parse records its version, and one
   *   of another version is read again when loaded. Without it stored parses are served as they are.
   */
  constructor(
    path: string,
    private readonly reader: ArticleReader | null = null,
  ) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new BetterSqlite3(path);
    this.db.pragma('journal_mode = WAL');
    // Under WAL, NORMAL keeps every committed ingest when the process is killed (the WAL is in the OS's
    // hands at commit); only a power cut can lose the last ones. FULL cost 4 ms an article, half the ingest.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    this.statements = prepareStatements(this.db);
  }

  async add(input: NewArticle): Promise<AddResult> {
    const hash = contentHash(input.text);
    const { findHash, nextNumber, insert } = this.statements;
    const transaction = this.db.transaction((): AddResult => {
      const existing = findHash.get(input.guildId, hash) as { number: number } | undefined;
      if (existing) return { status: 'duplicate', id: existing.number };
      const counter = nextNumber.get(input.guildId) as { last_number: number };
      insert.run(
        input.guildId,
        counter.last_number,
        hash,
        titleOf(input.article),
        input.article.published?.date ?? null,
        input.source,
        input.addedBy,
        new Date().toISOString(),
        input.text,
        JSON.stringify(input.article),
        this.reader?.version ?? null,
      );
      return { status: 'added', id: counter.last_number };
    });
    // IMMEDIATE takes the write lock before the duplicate check, so two bots on one file cannot both
    // decide the text is new.
    return transaction.immediate();
  }

  async get(guildId: string, id: number): Promise<StoredArticle | null> {
    return this.load(guildId, this.statements.hashOf.get(guildId, id) as HashRow | undefined);
  }

  async latest(guildId: string): Promise<StoredArticle | null> {
    return this.load(guildId, this.statements.latestHash.get(guildId) as HashRow | undefined);
  }

  async list(guildId: string, page: { offset: number; limit: number }): Promise<ArticlePage> {
    const listed = () => this.statements.list.all(guildId, page.limit, page.offset) as ListedRow[];
    let rows = listed();
    // The page's headlines come from the parse: a page of parses by another version is read again.
    const { reader } = this;
    if (reader && rows.some((row) => row.parser_version !== reader.version)) {
      for (const row of rows) if (row.parser_version !== reader.version) this.readAgain(guildId, row, reader);
      rows = listed();
    }
    return { items: rows.map(toSummary), total: await this.count(guildId) };
  }

  async search(guildId: string, query: string, limit: number): Promise<number[]> {
    const match = ftsQuery(query);
    if (!match) return [];
    const rows = this.statements.search.all(match, guildId, limit) as Array<{ number: number }>;
    return rows.map((row) => row.number);
  }

  async remove(guildId: string, id: number): Promise<boolean> {
    this.cache.delete(cacheKey(guildId, id));
    return this.statements.remove.run(guildId, id).changes > 0;
  }

  async count(guildId: string): Promise<number> {
    return (this.statements.count.get(guildId) as { n: number }).n;
  }

  async close(): Promise<void> {
    this.cache.clear();
    if (this.db.open) this.db.close();
  }

  /**
   * The article a (cheap) row lookup found, from the cache when the cached copy has the same content
   * hash: the row is checked every time, so an article another process forgot is never served.
   */
  private load(guildId: string, row: HashRow | undefined): StoredArticle | null {
    if (!row) return null;
    if (this.reader && row.parser_version !== this.reader.version) this.readAgain(guildId, row, this.reader);
    const key = cacheKey(guildId, row.number);
    const cached = this.cache.get(key);
    if (cached && cached.contentHash === row.content_hash) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const full = this.statements.full.get(guildId, row.number) as ArticleRow | undefined;
    if (!full) return null;
    const stored = toStored(full);
    this.cache.set(key, stored);
    if (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    return stored;
  }

  /**
   * Parses the stored text again with `reader` and keeps the new parse, headline and publication date.
   * Only the row with the same text is updated: another process may have replaced it in between.
   */
  private readAgain(guildId: string, row: HashRow, reader: ArticleReader): void {
    const stored = this.statements.text.get(guildId, row.number) as { text: string } | undefined;
    if (!stored) return;
    const article = reader.read(stored.text);
    this.statements.reparsed.run(
      JSON.stringify(article),
      titleOf(article),
      article.published?.date ?? null,
      reader.version,
      guildId,
      row.number,
      row.content_hash,
    );
    this.cache.delete(cacheKey(guildId, row.number));
  }
}

interface HashRow {
  number: number;
  content_hash: string;
  parser_version: string | null;
}

function cacheKey(guildId: string, id: number): string {
  return `${guildId}\u0000${id}`;
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

/**
 * The headline, or for a text without one (a message of one paragraph) its lead sentence, cut to a
 * title's length: "#3 Gunmen killed 12 people in Kessling on Tuesday." reads better than "#3 (no headline)".
 */
function titleOf(article: Article): string | null {
  const title = article.headline?.text ?? storyLead(article)?.text ?? null;
  if (title === null) return null;
  const line = title.replace(/\s+/g, ' ').trim();
  return line.length > 0 ? line.slice(0, 200) : null;
}
