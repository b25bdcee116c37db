/**
 * The word pattern of the entity rules as a scanner over character codes:
 *
 *   (?:\p{Lu}\.){2,} | [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*
 *
 * a dotted acronym ("U.S.") or a word with inner hyphens and apostrophes ("al-Muhandis", "O'Neill").
 * It runs over every word of every article, where the `u`-flag regular expression and its match
 * arrays cost more than the rest of the word reading; ASCII is decided from the code, other code
 * points by the same Unicode properties, asked once per code point and remembered.
 */

const UPPER = 1;
const LOWER = 2;
export const LETTER = 4;
/** A letter or a number: may start a word. */
const ALNUM = 8;
/** A combining mark: may continue a word. */
export const MARK = 16;
const KNOWN = 128;

const IS_UPPER = /^\p{Lu}$/u;
const IS_LOWER = /^\p{Ll}$/u;
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_MARK = /^\p{M}$/u;

/** Classes of the code points below U+10000, filled as they are met; 0 is "not asked yet". */
const bmpClasses = new Uint8Array(0x10000);

function computeClass(code: number): number {
  // A lone surrogate is a code point of its own to a `u` expression, and in no letter class.
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  const char = String.fromCodePoint(code);
  const letter = IS_LETTER.test(char);
  return (
    (IS_UPPER.test(char) ? UPPER : 0) |
    (IS_LOWER.test(char) ? LOWER : 0) |
    (letter ? LETTER : 0) |
    (letter || IS_NUMBER.test(char) ? ALNUM : 0) |
    (IS_MARK.test(char) ? MARK : 0)
  );
}

/** The classes (`UPPER | LOWER | LETTER | ALNUM | MARK`) of a code point; 0 for none, -1 or NaN. */
export function classOf(code: number): number {
  if (!(code >= 0)) return 0; // -1 or NaN: past the end
  if (code < 0x10000) {
    const known = bmpClasses[code] as number;
    if (known !== 0) return known & ~KNOWN;
    const computed = computeClass(code);
    bmpClasses[code] = computed | KNOWN;
    return computed;
  }
  return computeClass(code);
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * The code point at `index` of the text up to `limit` (a lone surrogate as itself, also a high one
 * whose low half lies past the limit), or -1 at or past the limit.
 */
function codePointAt(text: string, index: number, limit: number): number {
  if (index >= limit) return -1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= limit) return code;
  return text.codePointAt(index) as number;
}

/** A letter or number starts at `index`, before `limit`. */
function startsAlnum(text: string, index: number, limit: number): boolean {
  if (index >= limit) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiAlnum(code);
  return (classOf(codePointAt(text, index, limit)) & ALNUM) !== 0;
}

/** End of "U.S." or "U.K." starting at `index` (two or more capitals each with a full stop), or -1. */
function dottedAcronymEnd(text: string, index: number, limit: number): number {
  let at = index;
  let count = 0;
  for (;;) {
    const point = codePointAt(text, at, limit);
    if (point < 0 || (classOf(point) & UPPER) === 0) break;
    const width = point > 0xffff ? 2 : 1;
    if (at + width >= limit || text.charCodeAt(at + width) !== 46) break;
    at += width + 1;
    count++;
  }
  return count >= 2 ? at : -1;
}

/**
 * Finds the words of a text from left to right, as `exec` with the pattern would: `next()` moves to
 * the next word and sets `start` and `end`, with what the scan saw on the way. Given `from` and
 * `limit`, it reads `text.slice(from, limit)` in place, with offsets into `text`: a paragraph's own
 * string is a slice of the article, slower to read character by character than the article itself.
 */
export class WordScanner {
  start = 0;
  end = 0;
  /** The word has a hyphen. */
  hyphenated = false;
  /** ASCII without capitals, so that its lower case is itself ("said", "al-kaabi", "2020"). */
  plainLower = false;

  private readonly limit: number;

  constructor(
    private readonly text: string,
    from = 0,
    limit = text.length,
  ) {
    this.end = from;
    this.limit = limit;
  }

  next(): boolean {
    const start = this.nextStart(this.end);
    if (start < 0) return false;
    this.start = start;
    this.end = this.endOf(start);
    return true;
  }

  private nextStart(from: number): number {
    const text = this.text;
    const limit = this.limit;
    let at = from;
    while (at < limit) {
      const code = text.charCodeAt(at);
      if (code < 128) {
        if (isAsciiAlnum(code)) return at;
        at++;
        continue;
      }
      const point = codePointAt(text, at, limit);
      if ((classOf(point) & ALNUM) !== 0) return at;
      at += point > 0xffff ? 2 : 1;
    }
    return -1;
  }

  /** End of the word starting at `index`, a letter or number. */
  private endOf(index: number): number {
    const text = this.text;
    const length = this.limit;
    const first = text.charCodeAt(index);
    const ascii = first < 128;
    const point = ascii ? first : codePointAt(text, index, length);
    const upper = ascii ? first >= 65 && first <= 90 : (classOf(point) & UPPER) !== 0;
    let at = index + (point > 0xffff ? 2 : 1);
    if (upper && at < length && text.charCodeAt(at) === 46) {
      const dotted = dottedAcronymEnd(text, index, length);
      if (dotted >= 0) {
        this.hyphenated = false;
        this.plainLower = false;
        return dotted;
      }
    }
    let hyphenated = false;
    let plainLower = ascii && !upper;
    while (at < length) {
      const code = text.charCodeAt(at);
      if (code < 128) {
        if (code >= 97 && code <= 122) {
          at++;
          continue;
        }
        if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
          if (code <= 90 && code >= 65) plainLower = false;
          at++;
          continue;
        }
        if (code !== 39 && code !== 45) break;
      } else if (code !== 0x2019) {
        const point = codePointAt(text, at, length);
        if ((classOf(point) & (ALNUM | MARK)) === 0) break;
        plainLower = false;
        at += point > 0xffff ? 2 : 1;
        continue;
      }
      // An apostrophe or hyphen joins only when a letter or number follows: "al-Muhandis", "O'Neill".
      if (!startsAlnum(text, at + 1, length)) break;
      if (code === 45) hyphenated = true;
      else if (code === 0x2019) plainLower = false;
      at++;
    }
    this.hyphenated = hyphenated;
    this.plainLower = plainLower;
    return at;
  }
}

/** Any lower-case letter (`\p{Ll}`) in the word. */
export function hasLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 128) {
      if (code >= 97 && code <= 122) return true;
      continue;
    }
    const point = word.codePointAt(i) as number;
    if ((classOf(point) & LOWER) !== 0) return true;
    if (point > 0xffff) i++;
  }
  return false;
}

/** The word of `text` at `index` starts with a capital letter: `startsUpperCase` without the slice. */
export function startsUpperCaseAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90;
  return index < text.length && (classOf(text.codePointAt(index) as number) & UPPER) !== 0;
}
