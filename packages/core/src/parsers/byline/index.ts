import type { ArticleParser, ParseContext } from '../../context.js';
import { spanOf, trimSpan } from '../../span.js';
import type { Byline, Span } from '../../types.js';
import { leadingLines } from './front.js';
import { type BylineParts, LINE_MAX, mergeParts, parseBylineLine } from './line.js';
import { TRAILER_PARAGRAPHS, trailerCandidates } from './trailers.js';

// The dateline reads the same front-matter lines and wires.
export { isAgencyName } from './agencies.js';
export { leadingLines } from './front.js';

/** How many paragraphs after the headline may carry the byline. */
const FRONT_PARAGRAPHS = 3;

/**
 * Finds who wrote the story: a byline line under the headline ("By Janie Gabbett, Reuters") and the
 * wire trailer at the end ("Reporting by A; Editing by B", "The Associated Press contributed to this
 * report"). A paragraph that is only a byline becomes furniture, so the body starts after it.
 */
export const bylineParser: ArticleParser = {
  name: 'byline',
  parse(context: ParseContext) {
    const { text, article, layout } = context;
    const paragraphs = article.paragraphs;
    const skip = new Set<number>([article.headline?.start ?? -1, article.published?.span?.start ?? -1]);
    for (const caption of article.captions) skip.add(caption.span.start);

    const parts: BylineParts = { authors: [], agencies: [] };
    let bylineSpan: Span | null = null;
    const bylineParagraphs: number[] = [];

    const consider = (line: Span, paragraphIndex: number): boolean => {
      if (line.text.length > LINE_MAX * 2) return false;
      const inner = /^\(.*\)$/s.test(line.text)
        ? trimSpan(text, spanOf(text, line.start + 1, line.end - 1))
        : line;
      const read = parseBylineLine(text, inner);
      if (!read) return false;
      mergeParts(parts, read);
      bylineSpan ??= line;
      const paragraph = paragraphs[paragraphIndex];
      if (paragraph && paragraph.start === line.start && paragraph.end === line.end) {
        bylineParagraphs.push(paragraphIndex);
      }
      context.trace('byline', `"${line.text}" in paragraph ${paragraphIndex}`);
      return true;
    };

    const frontEnd = Math.min(paragraphs.length, Math.max(layout.bodyStart, 0) + FRONT_PARAGRAPHS);
    front: for (let index = 0; index < frontEnd; index++) {
      const paragraph = paragraphs[index] as Span;
      if (skip.has(paragraph.start)) continue;
      for (const line of leadingLines(text, paragraph)) {
        if (consider(line, index)) break front;
      }
    }

    // Short stories: the trailer may sit in the first body paragraphs, read again for sentence credits.
    const trailerStart = Math.max(
      layout.bodyStart,
      (bylineParagraphs[0] ?? -1) + 1,
      paragraphs.length - TRAILER_PARAGRAPHS,
    );
    for (let index = trailerStart; index < paragraphs.length; index++) {
      const paragraph = paragraphs[index] as Span;
      if (skip.has(paragraph.start)) continue;
      for (const candidate of trailerCandidates(text, article.sentences, paragraph)) {
        if (consider(candidate, index)) break;
      }
    }

    if (!bylineSpan) {
      context.trace('byline', 'none');
      return;
    }
    const byline: Byline = { authors: parts.authors, agencies: parts.agencies, span: bylineSpan };
    article.byline = byline;
    for (const index of bylineParagraphs) {
      layout.furniture.add(index);
      if (index === layout.bodyStart) layout.bodyStart = index + 1;
    }
  },
};
