import type { ParseContext, ResolvedOptions } from './context.js';
import { InputTooLargeError, NewsparseError } from './errors.js';
import { loadNlp } from './nlp.js';
import { isoDate } from './parsers/publication-date.js';
import { pipeline } from './pipeline.js';
import type { Article, ParseOptions } from './types.js';

export const DEFAULT_MAX_LENGTH = 2_000_000;

/** An `Article`, plus the parser trace when `options.debug` is set. */
export interface ParsedArticle extends Article {
  trace?: string[];
  /**
   * Set only when a parser failed on this input: its fields stay empty and the others still run, so
   * one bug never loses the whole article. Please report these with the input.
   */
  parserErrors?: { parser: string; message: string }[];
}

export interface NewsParser {
  /** Parses one article. Throws `TypeError` for non-string input and `InputTooLargeError` past `maxLength`. */
  parse(text: string, options?: ParseOptions): ParsedArticle;
}

/**
 * Loads the language model once and returns a parser to reuse for many articles.
 *
 * @param defaults - options applied to every `parse` call unless the call overrides them
 * @example
 * const parser = createParser();
 * const article = parser.parse(text, { published: '2020-11-20' });
 */
export function createParser(defaults: ParseOptions = {}): NewsParser {
  loadNlp();
  return {
    parse(text, options) {
      return runPipeline(text, { ...defaults, ...options });
    },
  };
}

let defaultParser: NewsParser | null = null;

/**
 * Parses the plain text of a news article into an `Article`: every value with the span it came from.
 *
 * @param text - the article as plain text (pasted from a page, a wire story, a file)
 * @param options - `published` when the publication date is known, `maxLength` to change the size limit
 * @example
 * import { parseArticle } from '@newsparse/core';
 * const article = parseArticle('BAGHDAD – Six civilians were killed ...', { published: '2020-11-20' });
 * article.dateline?.place; // 'BAGHDAD'
 */
export function parseArticle(text: string, options?: ParseOptions): ParsedArticle {
  defaultParser ??= createParser();
  return defaultParser.parse(text, options);
}

function emptyArticle(text: string): Article {
  return {
    text,
    headline: null,
    standfirst: null,
    published: null,
    byline: null,
    dateline: null,
    captions: [],
    paragraphs: [],
    sentences: [],
    entities: [],
    dates: [],
    quotes: [],
    casualties: [],
    claims: [],
    toll: { killed: null, injured: null, evidence: [] },
    events: [],
  };
}

function runPipeline(text: unknown, options: ParseOptions): ParsedArticle {
  if (typeof text !== 'string') {
    throw new TypeError(
      `@newsparse/core: parseArticle expects the article text as a string, got ${text === null ? 'null' : typeof text}`,
    );
  }
  const resolved = resolveOptions(options);
  if (text.length > resolved.maxLength) throw new InputTooLargeError(text.length, resolved.maxLength);
  const trace: string[] = [];
  const context = createContext(text, resolved, trace);
  const parserErrors: { parser: string; message: string }[] = [];
  if (text.trim().length > 0) {
    for (const parser of pipeline) {
      try {
        parser.parse(context);
      } catch (error) {
        parserErrors.push({
          parser: parser.name,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }
  const article: ParsedArticle = context.article;
  if (resolved.debug) article.trace = trace;
  if (parserErrors.length > 0) article.parserErrors = parserErrors;
  return article;
}

/**
 * A fresh context for one article; the trace collects messages when `options.debug` is set. Tests
 * that run a few parsers alone build theirs here too.
 */
export function createContext(text: string, options: ResolvedOptions, trace: string[] = []): ParseContext {
  return {
    text,
    options,
    tokens: [],
    layout: { bodyStart: 0, furniture: new Set() },
    article: emptyArticle(text),
    trace: options.debug ? (parser, message) => trace.push(`${parser}: ${message}`) : () => {},
  };
}

function resolveOptions(options: ParseOptions): ResolvedOptions {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (!Number.isFinite(maxLength) || maxLength < 0) {
    throw new NewsparseError('INVALID_OPTION', `maxLength must be a non-negative number, got ${maxLength}`);
  }
  return {
    published: resolvePublishedOption(options.published),
    reference: resolveReferenceOption(options.reference),
    maxLength,
    debug: options.debug === true,
  };
}

function resolveReferenceOption(reference: ParseOptions['reference']): Date | null {
  if (reference === undefined || reference === null) return null;
  const date =
    reference instanceof Date ? reference : typeof reference === 'string' ? new Date(reference) : null;
  if (date && !Number.isNaN(date.getTime())) return new Date(date.getTime());
  throw new NewsparseError(
    'INVALID_OPTION',
    `reference must be an ISO date-time string or a valid Date, got ${JSON.stringify(reference)}`,
  );
}

function resolvePublishedOption(published: ParseOptions['published']): string | null {
  if (published === undefined || published === null) return null;
  if (published instanceof Date) {
    if (Number.isNaN(published.getTime())) {
      throw new NewsparseError('INVALID_OPTION', 'published is an invalid Date');
    }
    return published.toISOString().slice(0, 10);
  }
  if (typeof published === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
    const date = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
    if (date) return date;
    const parsed = new Date(published);
    if (!Number.isNaN(parsed.getTime())) return parsed.toISOString().slice(0, 10);
  }
  throw new NewsparseError(
    'INVALID_OPTION',
    `published must be an ISO date string (YYYY-MM-DD) or a Date, got ${JSON.stringify(published)}`,
  );
}
