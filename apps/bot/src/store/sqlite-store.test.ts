import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@newsparse/core';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { HARBOUR_TEXT, MARKET_TEXT, tempDirectory } from '../../test/helpers.js';
import { normaliseForHash } from './article-store.js';
import { migrate, migrations, SCHEMA_VERSION } from './migrations.js';
import { ftsQuery, SqliteArticleStore } from './sqlite-store.js';

const harbour = parseArticle(HARBOUR_TEXT);
const market = parseArticle(MARKET_TEXT);
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function memoryStore(): SqliteArticleStore {
  const store = new SqliteArticleStore(':memory:');
  cleanups.push(() => void store.close());
  return store;
}

function add(store: SqliteArticleStore, guildId: string, text: string) {
  return store.add({ guildId, text, article: parseArticle(text), source: 'text', addedBy: 'user-1' });
}

describe('migrations', () => {
  it('brings a new database to the newest version and records every step', () => {
    const db = new BetterSqlite3(':memory:');
    expect(migrate(db)).toEqual(migrations.map((step) => step.version));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const recorded = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual(migrations.map((step) => ({ version: step.version })));
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('applies only the steps a database lacks, in order', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const next = {
      version: SCHEMA_VERSION + 1,
      name: 'test column',
      sql: 'ALTER TABLE articles ADD COLUMN note TEXT',
    };
    expect(migrate(db, [...migrations, next])).toEqual([next.version]);
    expect(db.pragma('user_version', { simple: true })).toBe(next.version);
    db.close();
  });

  it('refuses a database written by a newer bot', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, [...migrations, { version: 99, name: 'future', sql: 'SELECT 1' }]);
    expect(() => migrate(db)).toThrow(/schema version 99/);
    db.close();
  });

  it('rolls a failing step back whole', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const broken = {
      version: SCHEMA_VERSION + 1,
      name: 'broken',
      sql: 'CREATE TABLE half (x); SELECT * FROM missing',
    };
    expect(() => migrate(db, [...migrations, broken])).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });
});

describe('SqliteArticleStore', () => {
  it('numbers articles per guild and keeps the parsed article', async () => {
    const store = memoryStore();
    expect(await add(store, 'guild-a', HARBOUR_TEXT)).toEqual({ status: 'added', id: 1 });
    expect(await add(store, 'guild-a', MARKET_TEXT)).toEqual({ status: 'added', id: 2 });
    expect(await add(store, 'guild-b', MARKET_TEXT)).toEqual({ status: 'added', id: 1 });
    const stored = await store.get('guild-a', 1);
    expect(stored?.article).toEqual(JSON.parse(JSON.stringify(harbour)));
    expect(stored?.headline).toBe(harbour.headline?.text ?? null);
    expect((await store.latest('guild-a'))?.id).toBe(2);
  });

  it('titles a text without a headline by its first sentence', async () => {
    const store = memoryStore();
    const message =
      'Gunmen killed 12 people in Kessling on Tuesday. The Northern Dawn Brigade claimed responsibility, police said.';
    await add(store, 'guild-a', message);
    expect((await store.get('guild-a', 1))?.headline).toBe('Gunmen killed 12 people in Kessling on Tuesday.');
  });

  const duplicates: Array<[string, string]> = [
    ['the same text', HARBOUR_TEXT],
    ['Windows line endings', HARBOUR_TEXT.replace(/\n/g, '\r\n')],
    ['trailing spaces and blank lines', `${HARBOUR_TEXT.replace(/\n/g, '  \n')}\n\n`],
  ];
  it.each(duplicates)('reports a second ingest of %s as a duplicate', async (_label, again) => {
    const store = memoryStore();
    await add(store, 'guild-a', HARBOUR_TEXT);
    expect(await add(store, 'guild-a', again)).toEqual({ status: 'duplicate', id: 1 });
    expect(await store.count('guild-a')).toBe(1);
  });

  const notDuplicates: Array<[string, string]> = [
    ['a different article', MARKET_TEXT],
    ['a changed word', HARBOUR_TEXT.replace('Three workers', 'Four workers')],
  ];
  it.each(notDuplicates)('stores %s as new', async (_label, other) => {
    const store = memoryStore();
    await add(store, 'guild-a', HARBOUR_TEXT);
    expect((await add(store, 'guild-a', other)).status).toBe('added');
  });

  it('keeps guilds apart: get, latest, list, search, count and remove see only their own guild', async () => {
    const store = memoryStore();
    await add(store, 'guild-a', HARBOUR_TEXT);
    expect(await store.get('guild-b', 1)).toBeNull();
    expect(await store.latest('guild-b')).toBeNull();
    expect(await store.list('guild-b', { offset: 0, limit: 10 })).toEqual({ items: [], total: 0 });
    expect(await store.search('guild-b', 'drone silo Velmora', 5)).toEqual([]);
    expect(await store.count('guild-b')).toBe(0);
    expect(await store.remove('guild-b', 1)).toBe(false);
    expect(await store.count('guild-a')).toBe(1);
    // The same text in another guild is not a duplicate there.
    expect((await add(store, 'guild-b', HARBOUR_TEXT)).status).toBe('added');
  });

  it('finds the article among many with the full-text index', async () => {
    const store = memoryStore();
    await add(store, 'guild-a', HARBOUR_TEXT);
    await add(store, 'guild-a', MARKET_TEXT);
    expect(await store.search('guild-a', 'What happened at the Oskin market?', 5)).toEqual([2]);
    expect((await store.search('guild-a', 'Who claimed the drone strike on the silo?', 5))[0]).toBe(1);
    expect(await store.search('guild-a', 'who what when', 5)).toEqual([]);
    expect(await store.search('guild-a', 'silo" OR NEAR("x" AND', 5)).toEqual([1]);
  });

  it('never reuses a forgotten number and drops the article from search', async () => {
    const store = memoryStore();
    await add(store, 'guild-a', HARBOUR_TEXT);
    expect(await store.remove('guild-a', 1)).toBe(true);
    expect(await store.search('guild-a', 'Velmora', 5)).toEqual([]);
    expect(await add(store, 'guild-a', MARKET_TEXT)).toEqual({ status: 'added', id: 2 });
    expect(await store.get('guild-a', 1)).toBeNull();
  });

  describe('a parse made by another parser version', () => {
    /** A reader that counts its reads and marks its parse, so a re-read is seen in the article. */
    function readerOf(version: string) {
      const reader = {
        version,
        reads: 0,
        read(text: string) {
          reader.reads++;
          const article = parseArticle(text);
          return {
            ...article,
            headline: article.headline && {
              ...article.headline,
              text: `${version}: ${article.headline.text}`,
            },
          };
        },
      };
      return reader;
    }

    function fileStore(path: string, reader: ReturnType<typeof readerOf> | null) {
      const store = new SqliteArticleStore(path, reader);
      cleanups.push(() => void store.close());
      return store;
    }

    it('is read again from the stored text when loaded, and its new headline is searched', async () => {
      const directory = tempDirectory();
      cleanups.push(directory.remove);
      const path = join(directory.path, 'bot.sqlite');
      const older = readerOf('0.1.0');
      const before = fileStore(path, older);
      await before.add({
        guildId: 'guild-a',
        text: HARBOUR_TEXT,
        article: older.read(HARBOUR_TEXT),
        source: 'text',
        addedBy: 'user-1',
      });
      await before.close();

      const newer = readerOf('0.2.0');
      const after = fileStore(path, newer);
      const stored = await after.get('guild-a', 1);
      expect(newer.reads).toBe(1);
      expect(stored?.article.headline?.text).toBe('0.2.0: Drone strike hits grain silo in Velmora');
      expect(stored?.headline).toBe('0.2.0: Drone strike hits grain silo in Velmora');
      expect((await after.list('guild-a', { offset: 0, limit: 5 })).items[0]?.headline).toBe(
        stored?.headline,
      );
      expect(await after.search('guild-a', '0.2.0 grain', 5)).toEqual([1]);
      // Read once: the new parse is kept with its version.
      await after.close();
      const again = readerOf('0.2.0');
      expect((await fileStore(path, again).latest('guild-a'))?.article.headline?.text).toMatch(/^0\.2\.0: /);
      expect(again.reads).toBe(0);
    });

    /** A database file holding `texts`, stored by a store without a reader (no versions kept). */
    async function storedWithoutVersions(...texts: string[]): Promise<string> {
      const directory = tempDirectory();
      cleanups.push(directory.remove);
      const path = join(directory.path, 'bot.sqlite');
      const before = fileStore(path, null);
      for (const text of texts) await add(before, 'guild-a', text);
      await before.close();
      return path;
    }

    it('is read again when listed, so the list shows the new headline', async () => {
      const path = await storedWithoutVersions(HARBOUR_TEXT, MARKET_TEXT);
      const reader = readerOf('0.4.0');
      const page = await fileStore(path, reader).list('guild-a', { offset: 0, limit: 1 });
      expect(page.items.map((item) => item.headline)).toEqual(['0.4.0: Fire at Oskin market injures twelve']);
      expect(reader.reads).toBe(1);
    });

    it('is read again when it was stored without a version', async () => {
      const path = await storedWithoutVersions(HARBOUR_TEXT);
      const reader = readerOf('0.3.0');
      expect((await fileStore(path, reader).get('guild-a', 1))?.article.headline?.text).toMatch(/^0\.3\.0: /);
      expect(reader.reads).toBe(1);
    });
  });

  it('pages the list newest first', async () => {
    const store = memoryStore();
    await add(store, 'guild-a', HARBOUR_TEXT);
    await add(store, 'guild-a', MARKET_TEXT);
    const first = await store.list('guild-a', { offset: 0, limit: 1 });
    expect(first.total).toBe(2);
    expect(first.items.map((item) => item.id)).toEqual([2]);
    expect((await store.list('guild-a', { offset: 1, limit: 1 })).items.map((item) => item.id)).toEqual([1]);
  });

  it('keeps the data across a restart, in WAL mode', async () => {
    const directory = tempDirectory();
    cleanups.push(directory.remove);
    const path = join(directory.path, 'nested', 'bot.sqlite');
    const first = new SqliteArticleStore(path);
    expect(first.db.pragma('journal_mode', { simple: true })).toBe('wal');
    await first.add({ guildId: 'guild-a', text: MARKET_TEXT, article: market, source: null, addedBy: 'u' });
    // No close: as if the process were killed right after the ingest returned.
    const second = new SqliteArticleStore(path);
    expect((await second.get('guild-a', 1))?.article.text).toBe(MARKET_TEXT);
    expect(
      await second.add({
        guildId: 'guild-a',
        text: MARKET_TEXT,
        article: market,
        source: null,
        addedBy: 'u',
      }),
    ).toEqual({
      status: 'duplicate',
      id: 1,
    });
    await second.close();
    await first.close();
  });

  it('never serves a cached article that another process forgot', async () => {
    const directory = tempDirectory();
    cleanups.push(directory.remove);
    const path = join(directory.path, 'shared.sqlite');
    const first = new SqliteArticleStore(path);
    const second = new SqliteArticleStore(path);
    cleanups.push(
      () => void first.close(),
      () => void second.close(),
    );
    await first.add({ guildId: 'guild-a', text: MARKET_TEXT, article: market, source: null, addedBy: 'u' });
    const cached = await first.get('guild-a', 1);
    expect(await first.get('guild-a', 1)).toBe(cached);
    expect(await second.remove('guild-a', 1)).toBe(true);
    expect(await first.get('guild-a', 1)).toBeNull();
    expect(await first.latest('guild-a')).toBeNull();
  });

  it('leaves nothing behind when an ingest fails half-way', async () => {
    const store = memoryStore();
    store.db.exec(
      `CREATE TRIGGER fail_insert BEFORE INSERT ON articles BEGIN SELECT RAISE(ABORT, 'disk gone'); END`,
    );
    await expect(add(store, 'guild-a', HARBOUR_TEXT)).rejects.toThrow(/disk gone/);
    store.db.exec('DROP TRIGGER fail_insert');
    // The counter bump rolled back with the insert: the next article is still #1.
    expect(await add(store, 'guild-a', HARBOUR_TEXT)).toEqual({ status: 'added', id: 1 });
  });
});

describe('ftsQuery', () => {
  const rows: Array<[string, string | null]> = [
    ['Who claimed the attack?', '"claimed" OR "attack"'],
    ['Velmora "drone" NEAR/3 silo* AND', '"velmora" OR "drone" OR "near" OR "silo"'],
    ['who what when?', null],
  ];
  it.each(rows)('%s → %s', (question, expected) => {
    expect(ftsQuery(question)).toBe(expected);
  });
});

describe('normaliseForHash', () => {
  it('ignores line endings and trailing spaces, not words', () => {
    expect(normaliseForHash('a  \r\nb\r\n\n')).toBe('a\nb');
    expect(normaliseForHash('a b')).not.toBe(normaliseForHash('a  b'));
  });
});

describe('a process killed mid-ingest', () => {
  it('leaves a consistent store: every reported article is there, whole, and indexed', async () => {
    const directory = tempDirectory();
    cleanups.push(directory.remove);
    const path = join(directory.path, 'killed.sqlite');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('../../test/ingest-forever.ts', import.meta.url)), path],
      {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let reported = 0;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the child stored nothing in 20 s')), 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        for (const match of String(chunk).matchAll(/stored (\d+)/g))
          reported = Math.max(reported, Number(match[1]));
        if (reported >= 20) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => reject(new Error('the child exited by itself')));
    });
    await new Promise((resolve) => child.once('close', resolve));
    const store = new SqliteArticleStore(path);
    cleanups.push(() => void store.close());
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const count = await store.count('guild-k');
    expect(count).toBeGreaterThanOrEqual(reported);
    const last = await store.latest('guild-k');
    expect(last?.id).toBe(count);
    expect(last?.article.headline?.text).toBe(`Article number ${count}`);
    const indexed = store.db
      .prepare("SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH 'filler'")
      .get() as { n: number };
    expect(indexed.n).toBe(count);
    expect(
      await store.add({ guildId: 'guild-k', text: MARKET_TEXT, article: market, source: null, addedBy: 'u' }),
    ).toEqual({
      status: 'added',
      id: count + 1,
    });
  });
});
