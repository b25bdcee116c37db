import { trimmedWordCount } from '../../characters.js';
import { MONTHS } from '../../lexicon/common.js';

/** A word of a person's name: "Janie", "D'AFFLISIO", "O'Neill", "Jean-Loup", "J.R.", "al-Kaabi". */
const NAME_WORD =
  /^(?:[A-Z\u00C0-\u00DE][\p{L}\p{M}'’.-]*|(?:al|el|ad|as|an|ar|at|az|ibn|bin|d|l)['’-][A-Z\u00C0-\u00DE][\p{L}\p{M}'’.-]*)$/u;
const NAME_PARTICLE =
  /^(?:de|da|del|della|di|du|dos|das|van|von|der|den|ter|la|le|bin|ibn|bint|al|el|y|e|abu|ben)$/;
/**
 * Capitalised words that open sentences rather than names: "By Tuesday evening, ...", "By Christmas
 * Day the ...", "By The Time ...".
 */
const NOT_NAME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|morning|evening|afternoon|night|noon|midnight|week|weekend|month|year|christmas|easter|ramadan|eid|then|now|contrast|comparison|far|law|order|the|a|an|and|or|of|in|on|at|for|to|with|from|by|this|that|these|those|its|their|his|her|our|my|your|all|some|most|end|time|way|mid|early|late|next|last|staff)$/i;

/** Months open a date, not a name ("By March the ..."), but end some names ("Roger May"). */
function isMonthWord(word: string): boolean {
  return MONTHS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Two to five capitalised words that are not calendar words or sentence openers. */
export function isPersonName(name: string): boolean {
  const count = trimmedWordCount(name, 6);
  if (count < 2 || count > 5) return false;
  const words = name.trim().split(/\s+/);
  if (/\d/.test(name)) return false;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (!NAME_WORD.test(first) || !NAME_WORD.test(last) || isMonthWord(first)) return false;
  return words.every(
    (word) =>
      (NAME_WORD.test(word) || NAME_PARTICLE.test(word)) && !NOT_NAME_WORD.test(word.replace(/[.,]$/, '')),
  );
}

/** "keith grant" → "Keith Grant": a name typed in lower case, to test it as a name. */
export function capitalise(words: string): string {
  return words.replace(
    /(^|\s)(\p{Ll})/gu,
    (_match, space: string, letter: string) => space + letter.toUpperCase(),
  );
}
