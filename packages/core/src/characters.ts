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

/** `/^\p{Lu}/u.test(text)`, answered from the character code for ASCII. */
export function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER_CASE_START.test(text);
}
const UPPER_CASE_START = /^\p{Lu}/u;
