import { lastWord } from '../../characters.js';
import { spanOf } from '../../span.js';
import type { Span } from '../../types.js';
import { isAgencyName } from './agencies.js';
import { isPersonName } from './names.js';

/** The last word of a staff title: "Staff Writer", "Associated Press Writer", "Bureau Chief". */
const TITLE_HEADS = new Set([
  'staff',
  'writer',
  'writers',
  'reporter',
  'reporters',
  'correspondent',
  'correspondents',
  'editor',
  'editors',
  'columnist',
  'contributor',
  'contributors',
  'chief',
]);
/** Words that qualify a title: "Chief Economics Correspondent", "White House Reporter". */
const TITLE_WORDS = new Set([
  ...TITLE_HEADS,
  'senior',
  'special',
  'foreign',
  'political',
  'diplomatic',
  'economic',
  'economics',
  'business',
  'science',
  'sport',
  'sports',
  'energy',
  'defence',
  'defense',
  'security',
  'health',
  'legal',
  'court',
  'white',
  'house',
  'washington',
  'middle',
  'east',
  'regional',
  'national',
  'international',
  'investigative',
  'contributing',
  'managing',
  'deputy',
  'news',
  'bureau',
]);

export interface Signature {
  name: Span;
  agency: string | null;
}

/**
 * A person followed, without a comma, by a wire and/or a staff title: "ZEKE ROE Associated Press",
 * "ANN LEE AP Economics Writer", "Jane Roe Staff Writer". Null when the piece is anything else,
 * including a plain name.
 */
export function splitSignature(text: string, piece: Span): Signature | null {
  const words = [...piece.text.matchAll(/\S+/g)];
  let end = words.length;
  const lastWord = (words[end - 1]?.[0] ?? '').toLowerCase();
  if (TITLE_HEADS.has(lastWord)) {
    while (end > 0 && TITLE_WORDS.has((words[end - 1]?.[0] ?? '').toLowerCase())) end--;
  }
  const nameOf = (count: number): Span | null => {
    const last = words[count - 1];
    if (count < 2 || !last) return null;
    const name = spanOf(text, piece.start, piece.start + (last.index ?? 0) + last[0].length);
    return isPersonName(name.text) && !isAgencyName(name.text) ? name : null;
  };
  for (let agencyWords = 1; agencyWords <= 3 && end - agencyWords >= 2; agencyWords++) {
    const first = words[end - agencyWords];
    const last = words[end - 1];
    if (!first || !last) break;
    const agency = piece.text.slice(first.index ?? 0, (last.index ?? 0) + last[0].length);
    const name = isAgencyName(agency) ? nameOf(end - agencyWords) : null;
    if (name) return { name, agency };
  }
  if (end < words.length) {
    const name = nameOf(end);
    if (name) return { name, agency: null };
  }
  return null;
}

export function isStaffTitle(piece: string): boolean {
  const last = lastWord(piece);
  return last.length <= LONGEST_TITLE_HEAD && TITLE_HEADS.has(last.toLowerCase());
}
const LONGEST_TITLE_HEAD = Math.max(...[...TITLE_HEADS].map((word) => word.length));

/** "Associated Press Writer" → "Associated Press"; "Chief Economics Correspondent" → "". */
export function withoutStaffTitle(piece: string): string {
  const words = piece.trim().split(/\s+/);
  while (words.length > 0 && TITLE_WORDS.has((words[words.length - 1] as string).toLowerCase())) words.pop();
  return words.join(' ');
}
