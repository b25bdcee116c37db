import type { Article } from '@newsparse/core';
import type { Answer } from '@newsparse/qa';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { RateLimiter } from './safety/rate-limit.js';
import type { FetchedDocument } from './safety/safe-fetch.js';
import type { ArticleStore } from './store/article-store.js';

/**
 * A file the user attached (Discord) or named (`file:PATH` in the terminal). The adapter knows how to
 * read it; the command only sees its name and size, and asks for at most `maxBytes` of it.
 */
export interface AttachmentInput {
  name: string;
  size: number;
  contentType: string | null;
  read(maxBytes: number): Promise<Uint8Array>;
}

export type OptionValue = string | number | boolean | AttachmentInput;

export interface Logger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export interface Limits {
  /** Longest `text:` accepted, in characters. */
  maxTextChars: number;
  /** Largest attachment accepted, in bytes. */
  maxAttachmentBytes: number;
  /** Largest page body read from a `url:`, in bytes. */
  maxUrlBytes: number;
  /** Articles per page of `/articles`. */
  pageSize: number;
}

/**
 * How qa names an article in answers and evidence: "#3", as users see it, so an answer that compares
 * articles reads "9 killed according to #1; 6 killed according to #2".
 */
export function corpusId(id: number): string {
  return `#${id}`;
}

/** A parsed article with its store id, as handed to qa. */
export interface AskableArticle {
  id: number;
  article: Article;
  /** Names this stored version (guild, id, content hash), so qa's index of it can be reused. */
  key: string;
}

/** Everything a command needs besides the store; injected so tests can replace any piece. */
export interface Services {
  parse(text: string): Article;
  ask(question: string, articles: AskableArticle[]): Promise<Answer>;
  fetchUrl(url: string): Promise<FetchedDocument>;
  /** Permission bits a member needs for `/ingest` and `/forget`. */
  managePermission: bigint;
  rateLimiter: RateLimiter;
  limits: Limits;
  log: Logger;
}

/**
 * What a command sees: plain values, no Discord objects. The Discord adapter and the terminal adapter
 * both build one of these, so the same command runs behind either.
 */
export interface CommandContext {
  guildId: string;
  userId: string;
  /** The member's permission bits in this channel (Discord's `PermissionsBitField` value). */
  permissions: bigint;
  options: Readonly<Record<string, OptionValue | undefined>>;
  store: ArticleStore;
  services: Services;
}

export interface Reply {
  content: string;
  /** Only the asking user sees it. */
  ephemeral: boolean;
}

export interface Command {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** `manage`: the member needs `services.managePermission` (changes what the whole server sees). */
  access: 'everyone' | 'manage';
  /** Which per-user rate-limit bucket the command draws from. */
  rateLimit: 'ingest' | 'query';
  /** Slow work (parsing, fetching, answering): the Discord adapter defers the reply first. */
  deferred: boolean;
  /** Whether the reply will be ephemeral, known before `execute` so a deferred reply can say so. */
  ephemeral(options: CommandContext['options']): boolean;
  execute(context: CommandContext): Promise<Reply>;
}

export function stringOption(context: CommandContext, name: string): string | null {
  const value = context.options[name];
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : null;
}

export function integerOption(context: CommandContext, name: string): number | null {
  const value = context.options[name];
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

export function booleanOption(options: CommandContext['options'], name: string): boolean {
  return options[name] === true;
}

export function attachmentOption(context: CommandContext, name: string): AttachmentInput | null {
  const value = context.options[name];
  return typeof value === 'object' && value !== null ? value : null;
}
