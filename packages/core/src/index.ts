export { describeCount, tollStatement } from './count-text.js';
export type { NewsparseErrorCode } from './errors.js';
export { InputTooLargeError, NewsparseError } from './errors.js';
export { readNumber, readQuantity } from './lexicon/numbers.js';
export type { NewsParser, ParsedArticle } from './parser.js';
export { createParser, DEFAULT_MAX_LENGTH, parseArticle } from './parser.js';
export { perpetratorOf } from './perpetrator.js';
export { findSpanIndex, isValidSpan, overlaps, spanOf, trimSpan } from './span.js';
export type * from './types.js';
