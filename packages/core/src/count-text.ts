import { overlaps } from './span.js';
import type { Article, CasualtyCount } from './types.js';

/**
 * A casualty count in words, hedged as the text hedges it: "at least 9" (open), "more than 20",
 * "10 to 15" (a range), "about 30" (approximate), or the bare number. A reader who sees "9" for
 * "at least nine" is told more than the article knows.
 */
export function describeCount(
  casualty: Pick<CasualtyCount, 'count' | 'min' | 'max' | 'approximate'>,
): string {
  const { count, min, max, approximate } = casualty;
  if (max === null) return min > count ? `more than ${count}` : `at least ${count}`;
  if (max > min) return `${min} to ${max}`;
  return approximate ? `about ${count}` : String(count);
}

/**
 * The casualty count that states the toll's number for `kind`, or null: the first in the story, else
 * the headline's ("kills nine"), whose words are shorter and hedge less ("at least nine" in the story).
 */
export function tollStatement(article: Article, kind: 'killed' | 'injured'): CasualtyCount | null {
  const count = article.toll[kind];
  if (count === null) return null;
  let inHeadline: CasualtyCount | null = null;
  for (const casualty of article.casualties) {
    if (casualty.kind !== kind || casualty.count !== count) continue;
    if (!article.headline || !overlaps(article.headline, casualty.span)) return casualty;
    inHeadline ??= casualty;
  }
  return inHeadline;
}
