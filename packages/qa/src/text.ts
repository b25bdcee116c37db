import { readNumber } from '@newsparse/core';
/**
 * Word-level helpers shared by the question classifier, the index and the answerers: one notion of a
 * "word", one stemmer, one number reader, one fuzzy name match.
 */

/** A word of a text with its offsets, and its normalised (stemmed) form for matching. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case, possessive removed, suffix-stripped: "rockets" → "rocket", "landed" → "land". */
  stem: string;
}

// Letters (with accents and hyphen/apostrophe inside a word) or a number with separators.
const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*|\d+(?:[.,]\d+)*/g;

/** Every word of `text` (from `offset`), in order. Linear: one regex pass. */
export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const value = match[0];
    out.push({
      start: offset + match.index,
      end: offset + match.index + value.length,
      text: value,
      stem: stem(value),
    });
  }
  return out;
}

/** Words whose base form the suffix rules get wrong ("said" is not "sai" + "d"). */
const IRREGULAR = new Map<string, string>(
  Object.entries({
    said: 'say',
    says: 'say',
    told: 'tell',
    led: 'lead',
    leads: 'lead',
    leading: 'lead',
    died: 'die',
    dies: 'die',
    dying: 'die',
    wrote: 'write',
    written: 'write',
    hit: 'hit',
    men: 'man',
    women: 'woman',
    children: 'child',
    people: 'people',
    news: 'news',
    was: 'be',
    were: 'be',
    is: 'be',
    are: 'be',
    been: 'be',
    fought: 'fight',
    shot: 'shoot',
    struck: 'strike',
    won: 'win',
    began: 'begin',
    found: 'find',
    held: 'hold',
    left: 'leave',
    thought: 'think',
  }),
);

/**
 * A light English stemmer: enough to make "rockets"/"rocket", "landed"/"land", "injuries"/"injured"
 * meet, without a model. Both sides of every comparison go through it, so over-stemming is harmless.
 */
const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 200_000;

export function stem(word: string): string {
  // Every indexed word is stemmed; news vocabulary repeats, so a bounded cache saves most of the work.
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const result = stemUncached(word);
  if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
  stemCache.set(word, result);
  return result;
}

function stemUncached(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '');
  w = w.replace(/’/g, "'");
  // Irregular forms map to their base, which then takes the same suffix rules as the base itself.
  w = IRREGULAR.get(w) ?? w;
  if (/^\d/.test(w)) return w.replace(/,/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) w = `${w.slice(0, -3)}i`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const last = w[w.length - 1];
  if (w.length > 3 && last === w[w.length - 2] && last !== 'l' && last !== 's' && last !== 'z') {
    return w.slice(0, -1);
  }
  return w;
}

/** Words that carry no content for retrieval ("the", "did", question words). */
export const STOPWORDS = new Set(
  (
    'a an the and or but of in on at to for from by with about as into onto over under after before ' +
    "this that these those it its it’s it's they them their there here he she him her his hers we us our you your i me my " +
    'be is are was were been being am do does did done doing have has had having will would shall should can could may might must ' +
    "who whom whose what which when where why how whats who’s who's what’s " +
    'not no yes so than then too very just also only any some all each every other such same own ' +
    'if while because until up down out off again further once more most much many ' +
    'story article report'
  ).split(' '),
);

/** Content words of `text` as stems, stopwords removed. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (STOPWORDS.has(word.text.toLowerCase())) continue;
    if (word.stem.length < 2) continue;
    out.push(word.stem);
  }
  return out;
}

/** Words that count only in front of a noun ("a rocket", "no injuries"), and nouns read as one count. */
const ARTICLE_NUMBERS = new Map([
  ['a', 1],
  ['an', 1],
  ['no', 0],
]);
const COUNT_NOUNS = new Map([
  ['single', 1],
  ['dozen', 12],
  ['hundred', 100],
]);

/**
 * The value of a number word or numeral ("six", "twenty-five", "1,200", "12"), or null. "a"/"an"/"no"
 * count only when `allowArticles` is set, since they are numbers only in front of a noun. Vague plurals
 * ("dozens") are not a count here: an answer needs the number the text states.
 */
export function numberValue(word: string, allowArticles = false): number | null {
  const lower = word.toLowerCase();
  const articleNumber = ARTICLE_NUMBERS.get(lower);
  if (articleNumber !== undefined) return allowArticles ? articleNumber : null;
  const countNoun = COUNT_NOUNS.get(lower);
  if (countNoun !== undefined) return countNoun;
  if (/^\d+\.\d+$/.test(lower) || lower.endsWith('s')) return null;
  return readNumber(word);
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** Lower case, accents and "al-"-style hyphens kept, punctuation dropped: the key for name matching. */
export function nameKey(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: skip the Unicode normalisation, which dominates name matching otherwise.
  if (/^[a-z0-9-]+$/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']s$/, '')
    .replace(/[^a-z0-9-]/g, '');
}

/** Two name words match when equal or within a typo ("Zebary" / "Zebari": one edit in six letters). */
export function nameWordsMatch(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 3) return false;
  const x = nameKey(a);
  const y = nameKey(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 4) return false;
  const allowed = shorter >= 8 ? 2 : 1;
  return editDistance(x, y, allowed) <= allowed;
}

/** Title and filler words that do not identify a person ("President", "Mr", "the"). */
const NAME_FILLER = new Set(
  'the a an of mr mrs ms dr sir former late president minister prime secretary spokesman spokeswoman spokesperson chief chairman chairwoman interim retired gen general lt col sen rep gov governor mayor ambassador commander leader head director justice attorney city state us u.s. foreign'.split(
    ' ',
  ),
);

/** The identifying words of a name ("Homeland Security Secretary Jeh Johnson" → Homeland, Security, Jeh, Johnson). */
export function nameWords(name: string): string[] {
  return words(name)
    .map((word) => word.text)
    .filter((word) => !NAME_FILLER.has(word.toLowerCase()));
}

/**
 * How well `query` names `candidate`, 0..1: the share of the query's identifying words found in the
 * candidate, with the last word (the surname) required. "Zebary" → "Hoshyar Zebari" scores 1.
 */
export function nameMatchScore(query: string, candidate: string): number {
  const wanted = nameWords(query);
  const have = words(candidate).map((word) => word.text);
  if (wanted.length === 0 || have.length === 0) return 0;
  const last = wanted[wanted.length - 1] as string;
  const lastMatched = have.some((word) => nameWordsMatch(word, last));
  let matched = 0;
  for (const word of wanted) if (have.some((candidateWord) => nameWordsMatch(candidateWord, word))) matched++;
  if (!lastMatched) {
    // "Salami" asked, "Hossein Salami" known, or an organisation asked by its first word only.
    return matched === wanted.length ? 1 : matched > 0 ? (0.5 * matched) / wanted.length : 0;
  }
  return 0.5 + (0.5 * matched) / wanted.length;
}
