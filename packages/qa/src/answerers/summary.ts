import { overlaps, type Span } from '@newsparse/core';
import { type Doc, trimmed } from '../document.js';
import { type Answerer, abstain, type DocResult, spanAnswer } from './answerer.js';

/**
 * "What happened?" → the lede: the story's first sentence, which in news writing says what happened,
 * to whom, where and when. It starts after the headline, standfirst, date line and byline, skips photo
 * captions, and leaves out the dateline ("PORT ALDER (Meridian Press) —").
 */
export const summaryAnswerer: Answerer = {
  kinds: ['summary'],
  answer(_question, doc): DocResult {
    const lede = ledeOf(doc);
    return lede ? spanAnswer(doc, lede, 0.7) : abstain('the article has no story text');
  },
};

function ledeOf(doc: Doc): Span | null {
  const { article } = doc;
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
  for (const sentence of doc.sentences) {
    if (
      sentence.end <= storyStart ||
      (sentence.start < frontEnd && !(dateline && overlaps(dateline, sentence)))
    )
      continue;
    if (article.captions.some((caption) => overlaps(caption.span, sentence))) continue;
    const start =
      dateline && overlaps(dateline, sentence) ? Math.max(dateline.end, sentence.start) : sentence.start;
    const lede = trimmed(article.text, start, sentence.end, '—–-:');
    if (lede.text.length > 0) return lede;
  }
  // A story of one paragraph, read as a headline ("At least 45 people were killed in two car bombings
  // …"): its first sentence says what happened.
  const only = doc.sentences[0];
  return article.paragraphs.length === 1 && only ? only : null;
}
