import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('loadConfig', () => {
  it('runs the terminal mode with the defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.token).toBeNull();
    expect(config.dbPath).toBe(join(repositoryRoot, 'data', 'newsparse.sqlite'));
    expect(config.managePermission).toBe(PermissionFlagsBits.ManageMessages);
    expect(config.rateLimits.ingest).toEqual({ limit: 5, windowMs: 60_000 });
  });

  const rows: Array<[Record<string, string>, (config: ReturnType<typeof loadConfig>) => unknown, unknown]> = [
    [{ DISCORD_TOKEN: '  abc.def  ' }, (config) => config.token, 'abc.def'],
    [{ DISCORD_TOKEN: '   ' }, (config) => config.token, null],
    [{ NEWSPARSE_DB: 'store/x.sqlite', INIT_CWD: '/tmp' }, (config) => config.dbPath, '/tmp/store/x.sqlite'],
    [{ NEWSPARSE_DB: '/var/lib/bot.sqlite' }, (config) => config.dbPath, '/var/lib/bot.sqlite'],
    [{ NEWSPARSE_DB: ':memory:' }, (config) => config.dbPath, ':memory:'],
    [{ NEWSPARSE_RATE_ASK: '3/10' }, (config) => config.rateLimits.query, { limit: 3, windowMs: 10_000 }],
    [
      { NEWSPARSE_MANAGE_PERMISSION: 'ManageGuild' },
      (config) => config.managePermission,
      PermissionFlagsBits.ManageGuild,
    ],
    [{ NEWSPARSE_MAX_TEXT_CHARS: '500' }, (config) => config.limits.maxTextChars, 500],
    [{ DISCORD_GUILD_ID: '123' }, (config) => config.registerGuildId, '123'],
  ];
  it.each(rows)('%o', (env, pick, expected) => {
    expect(pick(loadConfig(env))).toEqual(expected);
  });

  const bad: Array<[Record<string, string>, RegExp]> = [
    [{ NEWSPARSE_RATE_ASK: 'fast' }, /NEWSPARSE_RATE_ASK must look like "5\/60"/],
    [{ NEWSPARSE_MAX_TEXT_CHARS: '-1' }, /positive integer/],
    [{ NEWSPARSE_MANAGE_PERMISSION: 'Everything' }, /unknown Discord permission "Everything"/],
  ];
  it.each(bad)('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
