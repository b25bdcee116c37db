import { PRONOUNS } from '../../lexicon/common.js';
import {
  KNOWN_ORGANISATION_PHRASES,
  KNOWN_ORGANISATIONS,
  NOT_ACRONYMS,
  ORGANISATION_HEADS,
} from '../../lexicon/organisations.js';
import { lookupKey } from './places.js';
import { ShapedWordSet } from './word-shapes.js';

// The word lists asked about the words of every run, behind the table of their shapes (`word-shapes.ts`).
const ORGANISATION_HEAD_SET = new ShapedWordSet(ORGANISATION_HEADS);

/** A name ending in an organisation word: "Kurdistan Democratic Party", "Quds Force" (`lastWord` in lower case). */
export function endsInOrganisationHead(lastWord: string, wordCount: number): boolean {
  return wordCount >= 2 && ORGANISATION_HEAD_SET.has(lastWord);
}

/** An organisation word: "party", "force", "ministry" (`word` in lower case). */
export function isOrganisationHead(word: string): boolean {
  return ORGANISATION_HEAD_SET.has(word);
}

/** A well-known organisation written as one word or a fixed phrase ("Pentagon", "White House"). */
export function knownOrganisation(name: string, allCaps: boolean): boolean {
  return knownOrganisationKey(lookupKey(undotted(name)), allCaps);
}

/** `knownOrganisation` of a name already undotted and in its `lookupKey` form. */
export function knownOrganisationKey(key: string, allCaps: boolean): boolean {
  if (ORGANISATION_PHRASES.has(key)) return true;
  // "WHO" is the World Health Organization; "Who" starting a question is not.
  return ORGANISATION_WORDS.has(key) && (allCaps || !PRONOUNS.has(key));
}

/** The lists of known organisations behind the table of their shapes: most names asked are none. */
const ORGANISATION_PHRASES = new ShapedWordSet(KNOWN_ORGANISATION_PHRASES);
const ORGANISATION_WORDS = new ShapedWordSet(KNOWN_ORGANISATIONS);

/** An acronym that can name an organisation on its own: two to six capitals, not "TV" or "US". */
export function isAcronym(word: string): boolean {
  const letters = undotted(word);
  return /^[A-Z][A-Z0-9&]{1,5}$/.test(letters) && !NOT_ACRONYMS.has(letters.toLowerCase());
}

/** "S.E.C." → "SEC", "U.N." → "UN". */
export function undotted(word: string): string {
  return /^(?:[A-Z]\.){2,}$/.test(word) ? word.replace(/\./g, '') : word;
}

/**
 * True when `acronym` is made of the initials of `name`: "IRGC" for "Islamic Revolutionary Guards
 * Corps", "PMF" for "Popular Mobilisation Forces"; small words may be skipped ("Organisation of the
 * Petroleum Exporting Countries" → "OPEC").
 */
export function acronymFits(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0] ?? '');
  let at = 0;
  for (const initial of initials) {
    if (at < acronym.length && initial.toUpperCase() === acronym[at]) at++;
  }
  return at === acronym.length && acronym[0] === (initials[0] ?? '').toUpperCase();
}
