import { spanOf, trimSpan } from '../../span.js';
import type { Span } from '../../types.js';
import { LINE_MAX } from './line.js';

/** How many paragraphs at the end of a story may carry a credit. */
export const TRAILER_PARAGRAPHS = 4;

/**
 * The places in a closing paragraph where a wire prints its credit, in the order they are tried: the
 * whole paragraph when it is one short line ("Reporting by A; Editing by B"), the parenthesis that ends
 * it ("... (Editing by A)"), and its last sentence ("... hit the Green Zone. AP contributed to this
 * report.").
 */
export function* trailerCandidates(
  text: string,
  sentences: readonly Span[],
  paragraph: Span,
): Generator<Span> {
  if (paragraph.text.length <= LINE_MAX * 2 && !paragraph.text.includes('\n')) yield paragraph;
  const parenthesis = trailingParenthesis(text, paragraph);
  if (parenthesis) yield parenthesis;
  const lastSentence = lastSentenceOf(sentences, paragraph);
  if (lastSentence && lastSentence.start !== paragraph.start) yield lastSentence;
}

/** The text inside "( ... )" when a paragraph ends with a parenthesised credit ("... (Editing by A)"). */
function trailingParenthesis(text: string, paragraph: Span): Span | null {
  if (!paragraph.text.endsWith(')')) return null;
  const open = paragraph.text.lastIndexOf('(');
  if (open < 0) return null;
  return trimSpan(text, spanOf(text, paragraph.start + open + 1, paragraph.end - 1));
}

/** The last sentence inside the paragraph ("... hit the Green Zone. AP contributed to this report."). */
function lastSentenceOf(sentences: readonly Span[], paragraph: Span): Span | null {
  let low = 0;
  let high = sentences.length - 1;
  let found: Span | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid] as Span;
    if (sentence.end <= paragraph.end) {
      if (sentence.start >= paragraph.start) found = sentence;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
