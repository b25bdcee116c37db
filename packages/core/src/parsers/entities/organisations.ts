import { PRONOUNS } from '../../lexicon/common.js';
import {
  KNOWN_ORGANISATION_PHRASES,
  KNOWN_ORGANISATIONS,
  NOT_ACRONYMS,
  ORGANISATION_HEADS,
} from '../../lexicon/organisations.js';
import { lookupKey } from './places.js';

/** A name ending in an organisation word: "Kurdistan Democratic Party", "Quds Force". */
export function endsInOrganisationHead(lastWord: string, wordCount: number): boolean {
  return wordCount >= 2 && ORGANISATION_HEADS.has(lastWord.toLowerCase());
}

export function isOrganisationHead(word: string): boolean {
  return ORGANISATION_HEADS.has(word.toLowerCase());
}

/** A well-known organisation written as one word or a fixed phrase ("Pentagon", "White House"). */
export function knownOrganisation(name: string, allCaps: boolean): boolean {
  const key = lookupKey(undotted(name));
  if (KNOWN_ORGANISATION_PHRASES.has(key)) return true;
  // "WHO" is the World Health Organization; "Who" starting a question is not.
  return KNOWN_ORGANISATIONS.has(key) && (allCaps || !PRONOUNS.has(key));
}

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
