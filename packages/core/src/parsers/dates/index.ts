import type { ArticleParser, ParseContext } from '../../context.js';
import { findSpanIndex, overlaps } from '../../span.js';
import type { DateMention, Span } from '../../types.js';
import { utcNoon } from './calendar.js';
import { parseInPieces } from './news-chrono.js';
import { anniversaryIn, conflictNote } from './notes.js';
import { readsDayFirst } from './numeric.js';
import { keepsResult, resolveResult } from './resolve.js';
import { type MentionTense, sentenceTense, type Tense, tenseAt, tokenSpanFinder } from './tense.js';
import { bareYears, withoutOverlaps } from './years.js';

/**
 * A cheap test that a sentence may hold a date, so chrono runs only where it can find one: a calendar
 * word, or digits shaped like a date, a clock time or a year. Most wire sentences carry numbers
 * ("13.5 billion dlrs") and no date at all.
 */
const DATE_HINT =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|week|weekend|month|year|ago|morning|afternoon|evening|night|noon|midnight|decade)\b|\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b|\d:\d\d|\d\s?[ap]\.?m\b|\b(?:1[6-9]|20)\d\d\b/i;

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
    const { text, article, layout } = context;
    const published = context.options.published ?? article.published?.date ?? null;
    const reference = published ? utcNoon(published) : (context.options.reference ?? new Date());
    // Read only when a numeric date or a two-digit day after a month name needs the order.
    let dayFirst: boolean | undefined;
    const readsDayFirstOnce = () => (dayFirst ??= readsDayFirst(text));
    const tokenSpanOf = tokenSpanFinder(context.tokens, article.sentences.length);
    const storyParagraphs = new Set<number>();
    article.paragraphs.forEach((paragraph, index) => {
      const isStory =
        !layout.furniture.has(index) ||
        paragraph.start === article.headline?.start ||
        paragraph.start === article.standfirst?.start;
      if (isStory) storyParagraphs.add(index);
    });
    const handled: Span[] = [];
    if (article.dateline) handled.push(article.dateline.span);
    if (article.byline) handled.push(article.byline.span);

    const dates: DateMention[] = [];
    article.sentences.forEach((sentence, sentenceIndex) => {
      if (!DATE_HINT.test(sentence.text)) return;
      if (!storyParagraphs.has(findSpanIndex(article.paragraphs, sentence.start))) return;
      // The sentence's tokens and tense are read only by the mentions that need them: a weekday, a
      // month without a year, a date after publication, an anniversary. Most ("last year", "this
      // week", "March 2020") do not, and most sentences with a date word hold no date.
      let tokenSpan: [number, number] | undefined;
      const tokenSpanOnce = () => (tokenSpan ??= tokenSpanOf(sentenceIndex, sentence.start));
      let tense: Tense | undefined;
      // Made only when the sentence holds a mention.
      let found: DateMention[] | undefined;
      // Found once per sentence, not per mention: a sentence may hold thousands of dates.
      let anniversary: RegExpExecArray | false | undefined;
      parseInPieces(text, sentence, reference, readsDayFirstOnce, (result, piece) => {
        if (!result) {
          context.trace('dates', `chrono failed on sentence ${sentenceIndex}`);
          return;
        }
        if (!keepsResult(piece, result)) return;
        const offset = piece.start + result.index;
        let local: Tense | undefined;
        const mentionTense: MentionTense = {
          get local() {
            local ??= tenseAt(context.tokens, tokenSpanOnce(), offset);
            return local;
          },
          get sentence() {
            tense ??= sentenceTense(context.tokens, tokenSpanOnce());
            return tense;
          },
        };
        const mention = resolveResult(text, piece, result, mentionTense, reference);
        if (!mention || handled.some((span) => overlaps(span, mention.text))) return;
        anniversary ??= anniversaryIn(sentence.text) ?? false;
        const note = conflictNote(sentence, mention, anniversary || null, mentionTense, published);
        if (note) mention.note = note;
        found ??= [];
        found.push(mention);
      });
      const years = bareYears(text, sentence);
      if (!found && years.length === 0) return;
      found ??= [];
      // Loops, not spread arguments: a run-on sentence can hold more mentions than a call takes arguments.
      for (const year of withoutOverlaps(years, found)) found.push(year);
      found.sort((a, b) => a.text.start - b.text.start);
      for (const mention of found) dates.push(mention);
    });
    article.dates = dates;
    context.trace('dates', `${dates.length} dates`);
  },
};
