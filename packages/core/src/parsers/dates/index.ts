import type { ArticleParser, ParseContext } from '../../context.js';
import { findSpanIndex, overlaps } from '../../span.js';
import type { DateMention, Span } from '../../types.js';
import { utcNoon } from './calendar.js';
import { dateHintIn } from './filters.js';
import { parseInPieces } from './news-chrono.js';
import { anniversaryIn, conflictNote, mayConflict } from './notes.js';
import { readsDayFirst } from './numeric.js';
import { keepsResult, resolveResult } from './resolve.js';
import { SentenceTenses, tokenSpanFinder } from './tense.js';
import { bareYears, withoutOverlaps } from './years.js';

/**
 * Every date and time expression, resolved against the publication date with chrono-node, plus the
 * rules of news writing on top: a weekday in a past-tense sentence is the most recent one before
 * publication, numeric dates follow the order the article itself uses, and a conflict gets a note.
 * The headline and standfirst are read; the publication date line, captions, byline and dateline are
 * not (they are already in `published`, `captions`, `byline` and `dateline`).
 */
export const datesParser: ArticleParser = {
  name: 'dates',
  parse(context: ParseContext) {
    const { text, article } = context;
    const published = context.options.published ?? article.published?.date ?? null;
    const reference = published ? utcNoon(published) : (context.options.reference ?? new Date());
    // Read only when a numeric date or a two-digit day after a month name needs the order.
    let dayFirst: boolean | undefined;
    const readsDayFirstOnce = () => (dayFirst ??= readsDayFirst(text));
    const tokenSpanOf = tokenSpanFinder(context.tokens, article.sentences.length);
    const handled: Span[] = [];
    if (article.dateline) handled.push(article.dateline.span);
    if (article.byline) handled.push(article.byline.span);

    const dates: DateMention[] = [];
    const { sentences, paragraphs } = article;
    // A loop, and closures only for sentences with a date hint: three in four have none.
    for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
      const sentence = sentences[sentenceIndex] as Span;
      const hint = dateHintIn(sentence.text);
      if (hint === 'none') continue;
      if (!isStoryParagraph(context, findSpanIndex(paragraphs, sentence.start))) continue;
      // The sentence's tokens and tense are read only by the mentions that need them: a weekday, a
      // month without a year, a date after publication, an anniversary. Most ("last year", "this
      // week", "March 2020") do not, and most sentences with a date word hold no date.
      let tenses: SentenceTenses | undefined;
      // Made only when the sentence holds a mention.
      let found: DateMention[] | undefined;
      // Found once per sentence, not per mention: a sentence may hold thousands of dates.
      let anniversary: RegExpExecArray | false | undefined;
      // Every hint but a bare year passes `mayHoldLikelyDate`: the sentence need not be tested again.
      const holdsLikelyDate = hint === 'date';
      parseInPieces(text, sentence, reference, readsDayFirstOnce, holdsLikelyDate, (result, piece) => {
        if (!result) {
          context.trace('dates', `chrono failed on sentence ${sentenceIndex}`);
          return;
        }
        if (!keepsResult(piece, result)) return;
        tenses ??= new SentenceTenses(context.tokens, tokenSpanOf, sentenceIndex, sentence.start);
        const mentionTense = tenses.at(piece.start + result.index);
        const mention = resolveResult(text, piece, result, mentionTense, reference);
        if (!mention || overlapsAny(handled, mention.text)) return;
        if (mayConflict(mention, published)) {
          anniversary ??= anniversaryIn(sentence.text) ?? false;
          const note = conflictNote(sentence, mention, anniversary || null, mentionTense, published);
          if (note) mention.note = note;
        }
        found ??= [];
        found.push(mention);
      });
      const years = bareYears(text, sentence);
      if (!found && years.length === 0) continue;
      found ??= [];
      // Loops, not spread arguments: a run-on sentence can hold more mentions than a call takes arguments.
      for (const year of withoutOverlaps(years, found)) found.push(year);
      found.sort((a, b) => a.text.start - b.text.start);
      for (const mention of found) dates.push(mention);
    }
    article.dates = dates;
    context.trace('dates', `${dates.length} dates`);
  },
};

/** A paragraph of the story: not furniture, or the headline or standfirst (which are read). */
function isStoryParagraph({ article, layout }: ParseContext, index: number): boolean {
  const paragraph = article.paragraphs[index];
  if (!paragraph) return false;
  return (
    !layout.furniture.has(index) ||
    paragraph.start === article.headline?.start ||
    paragraph.start === article.standfirst?.start
  );
}

function overlapsAny(spans: readonly Span[], span: Span): boolean {
  for (const other of spans) if (overlaps(other, span)) return true;
  return false;
}
