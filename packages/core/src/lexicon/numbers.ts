import { wordTable } from './word-table.js';

/**
 * Numbers as news text writes them: digits ("1,200", "2.5 million"), words ("six", "twenty-three",
 * "two hundred and fifty", "a dozen") and vague amounts ("dozens", "hundreds", "scores").
 */

/** A number read from text; vague amounts carry their lower bound and `approximate`. */
export interface NumberReading {
  /** The number to report: the stated value, or the lower bound of a vague amount. */
  value: number;
  /** True for vague amounts ("dozens", "hundreds") and hedged digits ("2 dozen"). */
  approximate: boolean;
  /** True when the amount is only a lower bound ("dozens": at least 24, no upper bound). */
  open: boolean;
  /** How many words were read. */
  words: number;
}

const UNITS: Readonly<Record<string, number>> = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

const TENS: Readonly<Record<string, number>> = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

const MULTIPLIERS: Readonly<Record<string, number>> = wordTable({
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  billion: 1_000_000_000,
});

/**
 * Vague plurals and their documented lower bounds: "dozens" is at least two dozen, "scores" at least
 * two score, "hundreds" at least two hundred. The reader gets `approximate` and an open upper bound.
 */
const VAGUE: Readonly<Record<string, number>> = wordTable({
  dozens: 24,
  scores: 40,
  tens: 20,
  hundreds: 200,
  thousands: 2000,
  millions: 2_000_000,
});

const NUMBER_INITIALS = [...'adefhmnostz'].reduce(
  (mask, letter) => mask | (1 << (letter.charCodeAt(0) - 97)),
  0,
);

/** Whole words that start a number: one lookup for most words of a text. */
const NUMBER_START_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(VAGUE),
]);

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * True when a number can start with this word ("six", "twenty-three", "1,200", "dozens", "a"): a cheap
 * test before {@link readNumberAt}, for scanning every word of a text.
 *
 * @param word - one word, any case
 */
export function mayStartNumber(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 48 && code <= 57) return true;
  // Number words start with one of a, d, e, f, h, m, n, o, s, t, z: reject the others cheaply.
  const letter = (code | 32) - 97;
  if (letter < 0 || letter > 25 || (NUMBER_INITIALS & (1 << letter)) === 0) return false;
  const lower = word.toLowerCase();
  if (NUMBER_START_WORDS.has(lower)) return true;
  // "twenty-three": a hyphenated number starts with a unit or a tens word.
  const hyphen = lower.indexOf('-');
  if (hyphen <= 0) return false;
  const head = lower.slice(0, hyphen);
  return UNITS[head] !== undefined || TENS[head] !== undefined;
}

/**
 * Reads the number that starts at `words[from]`, consuming as many words as belong to it.
 * Words are compared case-insensitively; hyphenated words ("twenty-three") count as one word.
 *
 * @param words - the words of a sentence, in order
 * @param from - index of the first word to read
 * @returns the reading, or `null` when no number starts there
 * @example
 * readNumberAt(['two', 'hundred', 'people'], 0); // { value: 200, approximate: false, open: false, words: 2 }
 */
export function readNumberAt(words: readonly string[], from: number): NumberReading | null {
  const first = words[from]?.toLowerCase();
  if (first === undefined) return null;
  // Most words start no number: one cheap test before the readings below (vague words included).
  if (!mayStartNumber(first)) return null;

  // "a dozen", "a hundred", "a thousand"; "a" alone is not a number.
  if ((first === 'a' || first === 'an') && from + 1 < words.length) {
    const next = (words[from + 1] as string).toLowerCase();
    if (next === 'dozen') return { value: 12, approximate: false, open: false, words: 2 };
    const multiplier = MULTIPLIERS[next];
    if (multiplier !== undefined) {
      const rest = readNumberAt(words, from + 2);
      // "a hundred and twenty"
      if (rest === null && words[from + 2]?.toLowerCase() === 'and') {
        const tail = readSmallWords(words, from + 3);
        if (tail)
          return { value: multiplier + tail.value, approximate: false, open: false, words: 3 + tail.words };
      }
      return { value: multiplier, approximate: false, open: false, words: 2 };
    }
    return null;
  }

  const vague = VAGUE[first];
  if (vague !== undefined) {
    // "tens of thousands", "hundreds of thousands"
    const of = words[from + 1]?.toLowerCase();
    const scale = words[from + 2]?.toLowerCase();
    if (of === 'of' && scale !== undefined && VAGUE[scale] !== undefined && vague < 1000) {
      return { value: (vague / 2) * (VAGUE[scale] as number), approximate: true, open: true, words: 3 };
    }
    return { value: vague, approximate: true, open: true, words: 1 };
  }

  const reading = readCompound(words, from);
  if (reading === null) return null;
  let { value, used } = reading;
  let approximate = false;
  if (words[from + used]?.toLowerCase() === 'dozen') {
    // "2 dozen others": an estimate.
    value *= 12;
    used++;
    approximate = true;
  }
  return { value, approximate, open: false, words: used };
}

/** "1,200", "2.5 million", "two hundred and fifty", "one thousand two hundred". */
function readCompound(words: readonly string[], from: number): { value: number; used: number } | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let any = false;
  const first = words[from]?.toLowerCase() ?? '';
  if (DIGITS.test(first)) {
    current = Number(first.replace(/,/g, ''));
    used = 1;
    any = true;
  }
  for (;;) {
    const word = words[from + used]?.toLowerCase();
    if (word === undefined) break;
    const multiplier = MULTIPLIERS[word];
    if (multiplier !== undefined && any) {
      if (multiplier === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * multiplier;
        current = 0;
      }
      used++;
      continue;
    }
    // Words after digits are not read ("20 twenty"), except the multipliers above.
    if (DIGITS.test(first)) break;
    const isAnd = word === 'and' && any && readSmallWords(words, from + used + 1) !== null;
    if (isAnd) {
      used++;
      continue;
    }
    const small = readSmallWords(words, from + used);
    if (small === null) break;
    // "two three" is two numbers, not one: a small number only follows a multiplier.
    if (any && current % 100 !== 0) break;
    current += small.value;
    used += small.words;
    any = true;
  }
  if (!any) return null;
  const value = total + current;
  return Number.isFinite(value) ? { value, used } : null;
}

/** "six", "twenty-three", "twenty three", and "Twenty 2" (digits replacing words in some copy). */
function readSmallWords(words: readonly string[], from: number): { value: number; words: number } | null {
  const word = words[from]?.toLowerCase();
  if (word === undefined) return null;
  const unit = UNITS[word];
  if (unit !== undefined) return { value: unit, words: 1 };
  const hyphen = word.indexOf('-');
  if (hyphen > 0) {
    const tens = TENS[word.slice(0, hyphen)];
    const rest = UNITS[word.slice(hyphen + 1)];
    if (tens !== undefined && rest !== undefined && rest > 0 && rest < 10)
      return { value: tens + rest, words: 1 };
    return null;
  }
  const tens = TENS[word];
  if (tens === undefined) return null;
  const next = words[from + 1]?.toLowerCase();
  if (next !== undefined) {
    const nextUnit = UNITS[next] ?? (/^[1-9]$/.test(next) ? Number(next) : undefined);
    if (nextUnit !== undefined && nextUnit > 0 && nextUnit < 10) return { value: tens + nextUnit, words: 2 };
  }
  return { value: tens, words: 1 };
}

/**
 * Reads a number written in digits or words. Vague amounts give their lower bound ("dozens" → 24,
 * "hundreds" → 200); use {@link readQuantity} to know whether the number was vague.
 *
 * @param text - the number as written ("six", "twenty-three", "a dozen", "1,200", "two hundred")
 * @returns the number, or `null` when the text is not a number
 * @example
 * readNumber('twenty-three'); // 23
 * readNumber('1,200'); // 1200
 * readNumber('dozens'); // 24
 */
export function readNumber(text: string): number | null {
  return readQuantity(text)?.value ?? null;
}

/**
 * Like {@link readNumber}, but tells whether the amount was vague and open-ended. The whole text must
 * be the number ("six people" is not).
 *
 * @param text - the number as written
 * @example
 * readQuantity('hundreds'); // { value: 200, approximate: true, open: true, words: 1 }
 */
export function readQuantity(text: string): NumberReading | null {
  const words = splitNumberWords(text);
  if (words.length === 0) return null;
  const reading = readNumberAt(words, 0);
  return reading && reading.words === words.length ? reading : null;
}

function splitNumberWords(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0);
}
