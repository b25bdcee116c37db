import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Limits } from './command.js';
import { DEFAULT_LIMITS } from './safety/input-limits.js';
import { parsePermission } from './safety/permissions.js';
import type { RateLimitRule } from './safety/rate-limit.js';

export interface BotConfig {
  /** From `DISCORD_TOKEN` only; `null` runs the terminal mode. Never logged. */
  token: string | null;
  applicationId: string | null;
  /** `DISCORD_GUILD_ID`: register commands in this one server (instant) instead of globally. */
  registerGuildId: string | null;
  dbPath: string;
  /** Where relative paths (`NEWSPARSE_DB`, `/ingest file:`) are resolved: where the command was typed. */
  workingDirectory: string;
  managePermission: bigint;
  limits: Limits;
  rateLimits: Record<'ingest' | 'query', RateLimitRule>;
}

/**
 * Reads the configuration from the environment. `pnpm start` runs the bot inside apps/bot, so relative
 * paths are resolved against `INIT_CWD` (the directory `pnpm` was run from), and the default database is
 * `data/newsparse.sqlite` at the repository root, wherever the command was typed.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const workingDirectory = env.INIT_CWD && existsSync(env.INIT_CWD) ? env.INIT_CWD : process.cwd();
  const dbSetting = env.NEWSPARSE_DB?.trim();
  const dbPath =
    dbSetting === ':memory:'
      ? ':memory:'
      : dbSetting
        ? resolve(workingDirectory, dbSetting)
        : join(repositoryRoot() ?? workingDirectory, 'data', 'newsparse.sqlite');
  return {
    token: nonEmpty(env.DISCORD_TOKEN),
    applicationId: nonEmpty(env.DISCORD_APPLICATION_ID),
    registerGuildId: nonEmpty(env.DISCORD_GUILD_ID),
    dbPath,
    workingDirectory,
    managePermission: parsePermission(env.NEWSPARSE_MANAGE_PERMISSION),
    limits: {
      maxTextChars: positiveInteger(env, 'NEWSPARSE_MAX_TEXT_CHARS', DEFAULT_LIMITS.maxTextChars),
      maxAttachmentBytes: positiveInteger(
        env,
        'NEWSPARSE_MAX_ATTACHMENT_BYTES',
        DEFAULT_LIMITS.maxAttachmentBytes,
      ),
      maxUrlBytes: positiveInteger(env, 'NEWSPARSE_MAX_URL_BYTES', DEFAULT_LIMITS.maxUrlBytes),
      pageSize: DEFAULT_LIMITS.pageSize,
    },
    rateLimits: {
      ingest: rateRule(env, 'NEWSPARSE_RATE_INGEST', { limit: 5, windowMs: 60_000 }),
      query: rateRule(env, 'NEWSPARSE_RATE_ASK', { limit: 20, windowMs: 60_000 }),
    },
  };
}

function repositoryRoot(): string | null {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(join(directory, 'pnpm-workspace.yaml'))) return directory;
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return null;
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** "5/60": five requests per 60 seconds. */
function rateRule(env: NodeJS.ProcessEnv, name: string, fallback: RateLimitRule): RateLimitRule {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(raw.trim());
  if (!match) throw new Error(`${name} must look like "5/60" (requests per seconds), got "${raw}"`);
  return { limit: Number(match[1]), windowMs: Number(match[2]) * 1000 };
}
