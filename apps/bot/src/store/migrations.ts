import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The schema, one step at a time. Never edit a step that has shipped: add the next one. Each step runs
 * in its own transaction together with its row in `schema_migrations`, so a crash leaves either the old
 * schema or the new one.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'articles with per-guild numbering, duplicate hash and full-text index',
    sql: `
      CREATE TABLE articles (
        row_id       INTEGER PRIMARY KEY,
        guild_id     TEXT NOT NULL,
        number       INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        headline     TEXT,
        published    TEXT,
        source       TEXT,
        added_by     TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        text         TEXT NOT NULL,
        article_json TEXT NOT NULL,
        UNIQUE (guild_id, number),
        UNIQUE (guild_id, content_hash)
      );
      -- Numbers are never reused after /forget, so "article 3" always means one article.
      CREATE TABLE guild_counters (
        guild_id    TEXT PRIMARY KEY,
        last_number INTEGER NOT NULL
      );
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        headline, text, content = 'articles', content_rowid = 'row_id', tokenize = 'porter unicode61'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, headline, text) VALUES (new.row_id, new.headline, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, headline, text)
          VALUES ('delete', old.row_id, old.headline, old.text);
      END;
    `,
  },
  {
    version: 2,
    name: 'the parser version of each stored parse, and the search index following a new headline',
    sql: `
      -- NULL: parsed before versions were kept, so read again like any parse of another version.
      ALTER TABLE articles ADD COLUMN parser_version TEXT;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, headline, text)
          VALUES ('delete', old.row_id, old.headline, old.text);
        INSERT INTO articles_fts (rowid, headline, text) VALUES (new.row_id, new.headline, new.text);
      END;
    `,
  },
];

export const SCHEMA_VERSION = migrations.reduce((max, migration) => Math.max(max, migration.version), 0);

/** Brings the database up to `SCHEMA_VERSION`; returns the versions it applied. */
export function migrate(db: Database, steps: readonly Migration[] = migrations): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map(
      (row) => row.version,
    ),
  );
  const newest = Math.max(0, ...applied);
  const known = Math.max(0, ...steps.map((step) => step.version));
  if (newest > known) {
    throw new Error(
      `the database has schema version ${newest}, newer than this bot knows (${known}); upgrade the bot`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const ran: number[] = [];
  for (const step of [...steps].sort((a, b) => a.version - b.version)) {
    if (applied.has(step.version)) continue;
    db.transaction(() => {
      db.exec(step.sql);
      record.run(step.version, step.name, new Date().toISOString());
      db.pragma(`user_version = ${step.version}`);
    })();
    ran.push(step.version);
  }
  return ran;
}
