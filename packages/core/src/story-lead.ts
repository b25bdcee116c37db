import { overlaps, spanOf, trimSpan } from './span.js';
import type { Article, Span } from './types.js';

/**
 * The story's lead: its first sentence, which in news writing says what happened, to whom, where and
 * when. It comes after the headline, standfirst, date line and byline, is no photo caption, and leaves
 * out the dateline ("PORT ALDER (Meridian Press) —"). A text that is only a headline leads with it.
 * Null for a text with no sentence.
 */
export function storyLead(
  article: Pick<
    Article,
    | 'text'
    | 'sentences'
    | 'paragraphs'
    | 'headline'
    | 'standfirst'
    | 'published'
    | 'byline'
    | 'dateline'
    | 'captions'
  >,
): Span | null {
  const dateline = article.dateline?.span;
  // A dateline opens the story itself: whatever comes before it is front matter or a photo caption.
  const storyStart = dateline?.start ?? 0;
  const frontEnd = Math.max(
    storyStart,
    article.headline?.end ?? 0,
    article.standfirst?.end ?? 0,
    article.published?.span?.end ?? 0,
    article.byline?.span.end ?? 0,
  );
  for (const sentence of article.sentences) {
    const opensWithDateline = dateline !== undefined && overlaps(dateline, sentence);
    if (sentence.end <= storyStart || (sentence.start < frontEnd && !opensWithDateline)) continue;
    if (article.captions.some((caption) => overlaps(caption.span, sentence))) continue;
    const start = opensWithDateline ? Math.max(dateline.end, sentence.start) : sentence.start;
    const lead = trimSpan(article.text, spanOf(article.text, start, sentence.end), '—–-:');
    if (lead.text.length > 0) return lead;
  }
  const only = article.sentences[0];
  return article.paragraphs.length === 1 && only ? only : null;
}
