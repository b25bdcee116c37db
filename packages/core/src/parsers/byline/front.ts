import { spanOf, trimSpan } from '../../span.js';
import type { Span } from '../../types.js';
import { LINE_MAX } from './line.js';

/**
 * The lines of a paragraph that may be front matter: the first, and each next one while all before it
 * are headings (no lower-case letter) or bylines. Hard-wrapped wire copy runs the title, the byline and
 * the dateline together ("TITLE\nby A, Reuters\nHOUSTON, Feb 26 - ..."); a wrapped body line never
 * follows only headings.
 */
export function leadingLines(text: string, paragraph: Span, maxLines = 4): Span[] {
  const lines: Span[] = [];
  let lineStart = paragraph.start;
  while (lineStart < paragraph.end && lines.length < maxLines) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > paragraph.end ? paragraph.end : newline;
    const line = trimSpan(text, spanOf(text, lineStart, lineEnd));
    if (line.text.length > 0) lines.push(line);
    const isHeading =
      line.text.length <= LINE_MAX && (!/\p{Ll}/u.test(line.text) || /^by\s/i.test(line.text));
    if (!isHeading) break;
    lineStart = lineEnd + 1;
  }
  return lines;
}
