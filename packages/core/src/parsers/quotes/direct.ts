import { isWhiteSpaceCode, startsUpperCase, wordCount } from '../../characters.js';
import { spanOf, trimSpan } from '../../span.js';
import type { Span } from '../../types.js';

/** A stretch of text between quotation marks, found before anyone is attributed to it. */
export interface QuotedSegment {
  /** From the opening mark to the closing mark (or the paragraph end when no mark closes it). */
  span: Span;
  /** What is inside the marks, trimmed of white space and a trailing comma. */
  content: Span;
  firstParagraph: number;
  lastParagraph: number;
  /** False when the paragraph ended with the quote still open and no paragraph continued it. */
  closed: boolean;
}

type MarkRole = 'open' | 'close' | null;

/**
 * Every character that can be a quotation mark: the scan looks at no other. A regular expression
 * finds the next one far faster than a loop over the characters of the story.
 */
const MARK = /["'«»‘’“”„]/g;

/**
 * The next quotation mark at or after an offset. A search may run past the paragraph it was made
 * for; what it found is kept, and the next paragraph's search starts from it when it lies between.
 */
class MarkFinder {
  /** No mark stands in [searchedFrom, found); `found` is a mark or the text's length. */
  private searchedFrom = 0;
  private found = -1;

  constructor(private readonly text: string) {}

  next(from: number): number {
    if (from >= this.searchedFrom && from <= this.found) return this.found;
    MARK.lastIndex = from;
    this.searchedFrom = from;
    this.found = MARK.test(this.text) ? MARK.lastIndex - 1 : this.text.length;
    return this.found;
  }
}

const OPENING_DOUBLE = new Set(['“', '„', '«']);
const CLOSING_DOUBLE = new Set(['”', '»']);
// The tests below read one character each, on every mark and apostrophe of the story: they answer
// from the character code, and leave to a regular expression only the letters past ASCII.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** `/\s/.test(char)` for one character. */
export function isSpaceChar(char: string): boolean {
  return isWhiteSpaceCode(char.charCodeAt(0));
}

/** `/[\s([{\u2014\u2013/-]/.test(char)`: a character after which a straight mark opens a quote (start, space, bracket or dash). */
export function isBeforeOpening(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    isWhiteSpaceCode(code) ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x7b ||
    code === 0x2014 ||
    code === 0x2013 ||
    code === 0x2f ||
    code === 0x2d
  );
}

/** `/[\s,.;:!?]/.test(char)`: what may follow a closing mark typed the wrong way round. */
export function isAfterClosing(char: string): boolean {
  return isWhiteSpaceCode(char.charCodeAt(0)) || (char.length === 1 && ',.;:!?'.includes(char));
}

/** `/[\p{L}\p{N}]/u.test(char)` for one character. */
export function isLetterOrDigitChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(char);
}

/** `/\p{L}/u.test(char)` for one character. */
export function isLetterChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return LETTER.test(char);
}

/**
 * The straight double mark at `index`: `"`, or `''` (two apostrophes, as some archives print it:
 * ''This isn't reform,'' he said). Empty when there is none.
 */
function straightMark(text: string, index: number): string {
  const char = text[index];
  if (char === '"') return '"';
  return char === "'" && text[index + 1] === "'" ? "''" : '';
}

/** Whether a double mark at `index` opens or closes a quote. A straight mark is read from its neighbours. */
function doubleMarkRole(text: string, index: number): MarkRole {
  const char = text[index] ?? '';
  if (OPENING_DOUBLE.has(char) || CLOSING_DOUBLE.has(char)) {
    // Typed the wrong way round: “...here,“ said Clyburn — an opening mark after a word and before a
    // space closes; a closing mark after a space and before a letter opens.
    const before = index === 0 ? ' ' : (text[index - 1] ?? ' ');
    const after = text[index + 1] ?? ' ';
    if (OPENING_DOUBLE.has(char)) {
      return !isSpaceChar(before) && !isBeforeOpening(before) && isAfterClosing(after) ? 'close' : 'open';
    }
    return isSpaceChar(before) && isLetterOrDigitChar(after) ? 'open' : 'close';
  }
  const mark = straightMark(text, index);
  if (!mark) return null;
  const before = index === 0 ? ' ' : (text[index - 1] ?? ' ');
  const after = text[index + mark.length] ?? ' ';
  const openingContext = isBeforeOpening(before) || OPENING_DOUBLE.has(before);
  if (openingContext) return isSpaceChar(after) ? null : 'open';
  return 'close';
}

/**
 * Single marks open a top-level quote only after a space and before a letter ("‘we will win’"), and
 * close it only when no letter follows: the apostrophe of "Iran’s" is neither.
 */
function singleMarkRole(text: string, index: number): MarkRole {
  const char = text[index] ?? '';
  if (char !== '‘' && char !== '’' && char !== "'") return null;
  const before = index === 0 ? ' ' : (text[index - 1] ?? ' ');
  const after = text[index + 1] ?? ' ';
  if (char !== '’' && isBeforeOpening(before) && isLetterChar(after)) return 'open';
  if (char !== '‘' && !isSpaceChar(before) && !isLetterOrDigitChar(after)) return 'close';
  return null;
}

function firstVisibleChar(text: string, span: Span): number {
  let index = span.start;
  while (index < span.end && isWhiteSpaceCode(text.charCodeAt(index))) index++;
  return index;
}

/**
 * Finds every quoted stretch in the paragraphs, in one pass over the characters. Curly marks nest
 * (“he called it “madness””); single marks inside a double quote are part of its content. A paragraph
 * that ends inside a quote continues into the next paragraph when that one opens with a mark — the
 * convention for a quote running over several paragraphs; otherwise the quote ends with its
 * paragraph. Unbalanced marks are skipped, never fatal.
 *
 * @param paragraphs - the story's paragraphs in order
 * @param isSkipped - paragraphs that are not story text (headline, captions)
 */
export function findQuotedSegments(
  text: string,
  paragraphs: readonly Span[],
  isSkipped: (index: number) => boolean = () => false,
): QuotedSegment[] {
  const segments: QuotedSegment[] = [];
  let openAt = -1;
  let openParagraph = -1;
  /** The straight mark that opened the current quote (`"` or `''`), empty for curly marks. */
  let straight = '';
  let depth = 0;
  let continuationMark = -1;

  const emit = (end: number, contentEnd: number, lastParagraph: number, closed: boolean) => {
    const content = trimSpan(text, spanOf(text, openAt + Math.max(1, straight.length), contentEnd), ',');
    if (content.text.length > 0) {
      segments.push({
        span: spanOf(text, openAt, end),
        content,
        firstParagraph: openParagraph,
        lastParagraph,
        closed,
      });
    }
    openAt = -1;
    depth = 0;
  };

  const marks = new MarkFinder(text);
  for (let index = 0; index < paragraphs.length; index++) {
    if (isSkipped(index)) continue;
    const paragraph = paragraphs[index] as Span;
    let singleOpenAt = -1;
    // `at` visits the marks only: a `continue` below moves on to the next mark after it.
    for (let at = marks.next(paragraph.start); at < paragraph.end; at = marks.next(at + 1)) {
      if (at === continuationMark) {
        at += straightMark(text, at).length > 1 ? 1 : 0;
        continue;
      }
      const role = doubleMarkRole(text, at);
      const mark = straightMark(text, at);
      if (openAt < 0) {
        if (role === 'open') {
          openAt = at;
          openParagraph = index;
          straight = mark;
          depth = 1;
          singleOpenAt = -1;
          at += mark.length > 1 ? 1 : 0;
          continue;
        }
        if (mark.length > 1) {
          at++;
          continue;
        }
        const single = singleMarkRole(text, at);
        if (single === 'open' && singleOpenAt < 0) singleOpenAt = at;
        else if (single === 'close' && singleOpenAt >= 0 && at - singleOpenAt > 1) {
          openAt = singleOpenAt;
          openParagraph = index;
          emit(at + 1, at, index, true);
          singleOpenAt = -1;
        }
        continue;
      }
      // A straight mark with spaces on both sides closes an open quote: ...important,' " Magel said.
      if (role === null && mark === '') continue;
      const length = Math.max(1, mark.length);
      if (role === 'open' && mark !== '' && mark === straight && depth === 1) {
        // A straight mark in opening position inside a straight quote means the closing one is
        // missing; start again here rather than pair every later mark the wrong way round.
        emit(at, at, index, false);
        openAt = at;
        openParagraph = index;
        straight = mark;
        depth = 1;
      } else if (role === 'open' && !(mark !== '' && mark === straight)) depth++;
      else if (--depth <= 0) {
        // Any closing mark ends the quote: “Immunity deals are wrong," he said — mixed marks happen.
        emit(at + length, at, index, true);
        straight = '';
      }
      at += length - 1;
    }
    if (openAt < 0) continue;
    let next = index + 1;
    while (next < paragraphs.length && isSkipped(next)) next++;
    const nextParagraph = paragraphs[next];
    const markAt = nextParagraph ? firstVisibleChar(text, nextParagraph) : -1;
    if (nextParagraph && doubleMarkRole(text, markAt) === 'open') {
      continuationMark = markAt;
      depth = 1;
    } else {
      emit(paragraph.end, paragraph.end, index, false);
      straight = '';
    }
  }
  return segments;
}

/** One of these ending a word is punctuation, not part of the word. */
const TRAILING_MARKS = '.,!?;:';

/** Small words a title leaves in lower case: "Legend in the Coal Fields". */
const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'by',
  'with',
  'is',
]);

/**
 * A short phrase in title case names a show, book or song ("told “Morning Joe”", "sang “A Change Is
 * Gonna Come”"), even next to a reporting verb.
 */
export function looksLikeTitle(content: string): boolean {
  if (content.length > 80) return false;
  if (wordCount(content) > 7) return false;
  // The words as `content.split(/\s+/)` gives them, each read without one trailing mark.
  let capitalised = 0;
  let start = 0;
  for (let end = 0; end <= content.length; end++) {
    if (end < content.length && !isWhiteSpaceCode(content.charCodeAt(end))) continue;
    const trimmedEnd = end > start && TRAILING_MARKS.includes(content.charAt(end - 1)) ? end - 1 : end;
    if (trimmedEnd > start && startsUpperCase(content.slice(start, trimmedEnd))) capitalised++;
    else if (!TITLE_SMALL_WORDS.has(content.slice(start, trimmedEnd))) return false;
    while (end + 1 < content.length && isWhiteSpaceCode(content.charCodeAt(end + 1))) end++;
    start = end + 1;
  }
  // "No," and "I agree" are speech: a title has at least two capitalised words.
  return capitalised >= 2 && !/^I\b/.test(content);
}
