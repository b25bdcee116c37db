import type { ArticleParser, ParseContext } from '../context.js';
import { createContext } from '../parser.js';
import { sentencesParser } from './sentences.js';
import { structureParser } from './structure.js';

/**
 * For parsers' tests: the context of `text` after `parsers` ran on it (structure and sentences by
 * default), with the options of a plain parse, `published` when given, and the trace collected in
 * `trace`. A test then runs the parser it checks alone, so a failing row points at that parser.
 */
export function contextAfter(
  text: string,
  parsers: readonly ArticleParser[] = [structureParser, sentencesParser],
  { trace, published = null }: { trace?: string[]; published?: string | null } = {},
): ParseContext {
  const context = createContext(
    text,
    { published, reference: null, maxLength: 2_000_000, debug: trace !== undefined },
    trace,
  );
  for (const parser of parsers) parser.parse(context);
  return context;
}
