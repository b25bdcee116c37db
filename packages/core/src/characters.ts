/**
 * White space as the `\s` of a regular expression reads it, by character code: the parsers count
 * words and skip spaces on every quotation and name, where a split or a regex would build strings only
 * to count them.
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `text.split(/\s+/).length`: one more than the runs of white space, empty words at the ends included. */
export function wordCount(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let index = 0; index < text.length; index++) {
    const space = isWhiteSpaceCode(text.charCodeAt(index));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

/**
 * How many words `text.trim().split(/\s+/)` would give (1 for blank text), counting no further than
 * `limit`: a check for "two to five words" stops at the sixth instead of splitting a long sentence.
 */
export function trimmedWordCount(text: string, limit = Number.POSITIVE_INFINITY): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length && words < limit; index++) {
    const word = !isWhiteSpaceCode(text.charCodeAt(index));
    if (word && !inWord) words++;
    inWord = word;
  }
  return Math.max(words, 1);
}

/** The last white-space separated word of `text`, or '' when it has none. */
export function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isWhiteSpaceCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** `/^\p{Lu}/u.test(text)`, answered from the character code for ASCII. */
export function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER_CASE_START.test(text);
}
const UPPER_CASE_START = /^\p{Lu}/u;

/** `/^\p{Ll}/u.test(text)`, answered from the character code for ASCII. */
export function startsLowerCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER_CASE_START.test(text);
}
const LOWER_CASE_START = /^\p{Ll}/u;

/**
 * `text.replace(/\s+/g, ' ')`, returning the text itself when it has no white space but single spaces:
 * a name read from wrapped wire copy ("John\nTower") is written with one space ("John Tower").
 */
export function collapseWhiteSpace(text: string): string {
  let previousSpace = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const space = isWhiteSpaceCode(code);
    if (space && (code !== 0x20 || previousSpace)) return text.replace(WHITE_SPACE_RUN, ' ');
    previousSpace = space;
  }
  return text;
}
const WHITE_SPACE_RUN = /\s+/g;

/** A letter or digit of any script, by code: a cheap test where everything above ASCII counts. */
export function isLetterOrDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code > 127;
}

/** `text.slice(start, end)` is white space only (`/^\s+$/`), and not empty. */
export function allWhitespace(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) if (!isWhiteSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
