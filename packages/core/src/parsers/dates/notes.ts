import { wordTable } from '../../lexicon/word-table.js';
import type { DateMention, Span } from '../../types.js';
import type { MentionTense } from './tense.js';

const ANNIVERSARY =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\sanniversary\b/i;

const ORDINALS: Record<string, number> = wordTable({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
});

/** A literal the engine finds fast: the full pattern tries its alternatives at every position. */
const ANNIVERSARY_WORD = /anniversary/i;

/** The first "<ordinal> anniversary" of a sentence, which dates the event it marks. */
export function anniversaryIn(sentence: string): RegExpExecArray | null {
  return ANNIVERSARY_WORD.test(sentence) ? ANNIVERSARY.exec(sentence) : null;
}

/** Only a day (or time) with a publication date to compare can conflict. */
export function mayConflict(mention: DateMention, published: string | null): published is string {
  return Boolean(published) && mention.precision !== 'year' && mention.precision !== 'month';
}

/**
 * What a careful reader would flag: "the first anniversary of the killing on January 3, 2019" still to
 * come on 2020-11-20 means the killing was on 2020-01-03; a past-tense sentence dated after publication.
 */
export function conflictNote(
  sentence: Span,
  mention: DateMention,
  anniversary: RegExpExecArray | null,
  tense: MentionTense,
  published: string | null,
): string | null {
  if (!mayConflict(mention, published)) return null;
  const mentionOffset = mention.text.start - sentence.start;
  if (anniversary && anniversary.index < mentionOffset && tense.sentence === 'future') {
    const ordinal = (anniversary[1] as string).toLowerCase();
    const years = ORDINALS[ordinal] ?? Number.parseInt(ordinal, 10);
    const printedYear = Number(mention.date.slice(0, 4));
    const monthDay = mention.date.slice(5);
    const anniversaryDate = `${printedYear + years}-${monthDay}`;
    if (Number.isFinite(years) && anniversaryDate < published) {
      const publishedYear = Number(published.slice(0, 4));
      const nextAnniversaryYear =
        `${publishedYear}-${monthDay}` >= published ? publishedYear : publishedYear + 1;
      return `a ${ordinal} anniversary still to come after ${published} puts the event on ${nextAnniversaryYear - years}-${monthDay}; the printed year ${printedYear} conflicts (kept as printed)`;
    }
  }
  // The tense last: it is read only when asked, and most mentions are not after publication.
  if (mention.date.length === 10 && mention.date > published && tense.local === 'past') {
    return `a past-tense sentence dated after the publication date ${published}`;
  }
  return null;
}
