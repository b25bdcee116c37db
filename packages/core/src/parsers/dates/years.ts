import { overlaps, spanOf } from '../../span.js';
import type { DateMention, Span } from '../../types.js';

/** A year on its own, which chrono leaves alone: "acquired in 1985", "since 2003". */
const BARE_YEAR =
  /\b(?:in|since|until|till|before|after|during|throughout|from|early|late|mid-)\s((?:1[6-9]|20)\d\d)\b(?![-/.,]?\d)/gi;

/** What every bare year holds; far cheaper to look for than the words before it. */
const YEAR_DIGITS = /(?:1[6-9]|20)\d\d/;

const NONE: readonly DateMention[] = [];

export function bareYears(text: string, sentence: Span): readonly DateMention[] {
  if (!YEAR_DIGITS.test(sentence.text)) return NONE;
  const mentions: DateMention[] = [];
  // An exec loop, not matchAll: matchAll copies the pattern on every call.
  BARE_YEAR.lastIndex = 0;
  for (let match = BARE_YEAR.exec(sentence.text); match; match = BARE_YEAR.exec(sentence.text)) {
    const year = match[1] as string;
    const start = sentence.start + match.index + match[0].length - year.length;
    mentions.push({ text: spanOf(text, start, start + year.length), date: year, precision: 'year' });
  }
  return mentions;
}

/** The mentions of `extra` that overlap none of `known`; both are in text order. */
export function withoutOverlaps(extra: readonly DateMention[], known: readonly DateMention[]): DateMention[] {
  const kept: DateMention[] = [];
  let cursor = 0;
  for (const mention of extra) {
    while (cursor < known.length && (known[cursor] as DateMention).text.end <= mention.text.start) cursor++;
    const next = known[cursor];
    if (!next || !overlaps(next.text, mention.text)) kept.push(mention);
  }
  return kept;
}
