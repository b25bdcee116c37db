import { isLetterOrDigitCode, isWhiteSpaceCode } from '../../characters.js';
import { PRONOUNS } from '../../lexicon/common.js';
import {
  KNOWN_ORGANISATION_PHRASES,
  KNOWN_ORGANISATIONS,
  NOT_ACRONYMS,
  ORGANISATION_HEADS,
  ORGANISATION_LAST_WORDS,
  ORGANISATIONS_ACROSS_RUNS,
} from '../../lexicon/organisations.js';
import { wordSet } from '../../lexicon/words.js';
import { lookupKey } from './places.js';
import { type ListedWord, ListedWords } from './word-lists.js';
import { ShapedWordSet } from './word-shapes.js';

// The word lists asked about the words of every run, as bits of the made words (`word-lists.ts`).
const ORGANISATION_HEAD_LIST = new ListedWords(ORGANISATION_HEADS);
const ORGANISATION_LAST_WORD_LIST = new ListedWords(ORGANISATION_LAST_WORDS);

/** A name ending in an organisation word: "Kurdistan Democratic Party", "Quds Force", "Capital Markets". */
export function endsInOrganisationHead(lastWord: ListedWord, wordCount: number): boolean {
  return (
    wordCount >= 2 && (ORGANISATION_HEAD_LIST.holds(lastWord) || ORGANISATION_LAST_WORD_LIST.holds(lastWord))
  );
}

/** `ORGANISATIONS_ACROSS_RUNS` by first word ("moody's", "standard", "securities"). */
const ACROSS_RUNS_BY_FIRST_WORD = new Map<string, string[]>();
for (const phrase of ORGANISATIONS_ACROSS_RUNS) {
  const firstWord = phrase.split(' ')[0] as string;
  ACROSS_RUNS_BY_FIRST_WORD.set(firstWord, [...(ACROSS_RUNS_BY_FIRST_WORD.get(firstWord) ?? []), phrase]);
}

/**
 * The first words of `ORGANISATIONS_ACROSS_RUNS` by first letter and length, with and without the
 * possessive the words are cut from: a word of another shape starts none, and costs no string to rule out.
 */
const ACROSS_RUNS_SHAPES = new Set<number>();
for (const firstWord of ACROSS_RUNS_BY_FIRST_WORD.keys()) {
  ACROSS_RUNS_SHAPES.add(firstWord.charCodeAt(0) * 64 + firstWord.length);
  // "MOODY'S" in capitals keeps its possessive; "Moody's" loses it.
  if (firstWord.endsWith("'s")) ACROSS_RUNS_SHAPES.add(firstWord.charCodeAt(0) * 64 + firstWord.length - 2);
}

/** A word starting with `firstCode` (either case) and `length` long may start an organisation across runs. */
export function mayStartOrganisationAcrossRuns(firstCode: number, length: number): boolean {
  return length < 64 && ACROSS_RUNS_SHAPES.has((firstCode | 32) * 64 + length);
}

/**
 * The end of a name of `ORGANISATIONS_ACROSS_RUNS` written at `start` ("Moody’s", "Standard and
 * Poor's", "Securities and Exchange Commission"), or -1. `firstWord` is the lower case of the word at
 * `start` without its possessive.
 */
export function organisationAcrossRunsEnd(text: string, start: number, firstWord: string): number {
  const phrases = ACROSS_RUNS_BY_FIRST_WORD.get(firstWord) ?? ACROSS_RUNS_BY_FIRST_WORD.get(`${firstWord}'s`);
  if (!phrases) return -1;
  for (const phrase of phrases) {
    const end = phraseEndAt(text, start, phrase);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * Where `phrase` (lower case, single spaces, straight apostrophes) ends when written at `start`, in
 * any case, with any white space between its words and either apostrophe; -1 when it is not there
 * or runs into a longer word.
 */
function phraseEndAt(text: string, start: number, phrase: string): number {
  let at = start;
  for (let index = 0; index < phrase.length; index++) {
    const wanted = phrase.charCodeAt(index);
    if (wanted === 32) {
      if (!isWhiteSpaceCode(text.charCodeAt(at))) return -1;
      while (isWhiteSpaceCode(text.charCodeAt(at))) at++;
      continue;
    }
    const code = text.charCodeAt(at);
    const same =
      wanted === 39
        ? code === 39 || code === 0x2019
        : (code >= 65 && code <= 90 ? code + 32 : code) === wanted;
    if (!same) return -1;
    at++;
  }
  return isLetterOrDigitCode(text.charCodeAt(at)) ? -1 : at;
}

/** An organisation word: "party", "force", "ministry". */
export function isOrganisationHead(word: ListedWord): boolean {
  return ORGANISATION_HEAD_LIST.holds(word);
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

/** A known organisation may have a key of this shape (`shapeOf`): false is sure. */
export function mayBeKnownOrganisationShape(shape: number): boolean {
  return ORGANISATION_PHRASES.hasShape(shape) || ORGANISATION_WORDS.hasShape(shape);
}

/** The lists of known organisations behind the table of their shapes: most names asked are none. */
const ORGANISATION_PHRASES = new ShapedWordSet(KNOWN_ORGANISATION_PHRASES);
const ORGANISATION_WORDS = new ShapedWordSet(KNOWN_ORGANISATIONS);

/** The keys `knownOrganisationKey(key, false)` says yes to: "who" is no organisation unless in capitals. */
const KNOWN_ORGANISATION_LIST = new ListedWords([
  ...KNOWN_ORGANISATION_PHRASES,
  ...[...KNOWN_ORGANISATIONS].filter((word) => !PRONOUNS.has(word)),
]);

/** `knownOrganisationKey(word.lower, false)` of a made word. */
export function isKnownOrganisationWord(word: ListedWord): boolean {
  return KNOWN_ORGANISATION_LIST.holds(word);
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

/** What kind of body a lower-case noun right after the name says it is: "the Ahl al-Kahf militia". */
const KIND_AFTER_NAME =
  /^[ \t]+(militia|militias|group|party|movement|faction|organisation|organization|company|firm|agency|network|coalition|alliance|outfit|bloc)\b/;
/** "Kataib Hezbollah, an Iran-backed militia, ...": an indefinite appositive up to the next mark. */
const APPOSITIVE = /^,[ \t]+((?:an?|one of the)[ \t][^,.;:()"“”\n]{2,80})(?=[,.;:)])/;
/** An appositive that goes on as a clause is a report, not a description ("a group that said ..."). */
const NOT_DESCRIPTION = /\b(?:said|says|told|that|which|who|when|after|before|because)\b/;
/**
 * Nouns that say what kind of body something is. An appositive describes the organisation only when one
 * of its first words is one of these: "a coal company in Kentucky", not "a huge amount for a month".
 */
const BODY_KINDS = wordSet(
  `militia militias group groups party movement faction organisation organization company firm agency
  network coalition alliance outfit bloc union association council committee commission institute
  foundation charity tank watchdog newspaper paper journal magazine broadcaster channel station website
  bank lender insurer carrier airline maker manufacturer producer retailer operator developer utility
  subsidiary unit division arm branch affiliate wing offshoot department ministry office authority body
  court university college school hospital lobby campaign club team league federation consortium
  conglomerate corporation business chain brand startup cooperative trust fund`,
);
const APPOSITIVE_HEAD_WORDS = 5;

function describesABody(appositive: string): boolean {
  const words = appositive.toLowerCase().split(/[ \t]+/, APPOSITIVE_HEAD_WORDS + 1);
  return words.some((word) => BODY_KINDS.has(word.replace(/[^a-z]/g, '')));
}

/**
 * What the text says an organisation is, from its mentions: the noun after the name ("The Ahl al-Kahf
 * militia" → "militia") and an indefinite appositive ("Kataib Hezbollah, an Iran-backed militia," →
 * "an Iran-backed militia"). Read from at most 100 characters after each mention.
 */
export function organisationRoles(text: string, mentions: readonly { end: number }[]): string[] {
  const roles: string[] = [];
  for (const mention of mentions) {
    const after = text.slice(mention.end, mention.end + 100);
    const appositive = APPOSITIVE.exec(after)?.[1]?.trim();
    if (appositive && !NOT_DESCRIPTION.test(appositive) && describesABody(appositive)) roles.push(appositive);
    const kind = KIND_AFTER_NAME.exec(after)?.[1];
    if (kind) roles.push(kind);
  }
  return [...new Set(roles)];
}
