import type { Token } from './nlp.js';
import type { Article } from './types.js';

/** How the structure parser read the article's lines; later parsers skip the furniture. */
export interface Layout {
  /** Index in `paragraphs` of the first paragraph of the story body. */
  bodyStart: number;
  /** Indexes in `paragraphs` that are not story text (headline, date line, captions, page furniture). */
  furniture: Set<number>;
}

export interface ResolvedOptions {
  /** `YYYY-MM-DD` from `options.published`, when given. */
  published: string | null;
  /** `options.reference`, when given: what relative dates are read against without a publication date. */
  reference: Date | null;
  maxLength: number;
  debug: boolean;
}

/** What every parser reads and adds to. Parsers run in the order of `pipeline.ts`. */
export interface ParseContext {
  readonly text: string;
  readonly options: ResolvedOptions;
  /** Every token of the text, in order: set once by the sentences parser, empty before it. */
  tokens: Token[];
  readonly layout: Layout;
  /** The article being built; each parser fills its own fields. */
  readonly article: Article;
  trace(parser: string, message: string): void;
}

/** One capability: reads the context, adds its results to `context.article`. */
export interface ArticleParser {
  readonly name: string;
  parse(context: ParseContext): void;
}
