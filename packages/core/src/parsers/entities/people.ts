import { isWhiteSpaceCode } from '../../characters.js';
import {
  COMMON_CAPITALISED,
  MONTHS,
  PRONOUN_CONTRACTIONS,
  PRONOUNS,
  WEEKDAYS,
} from '../../lexicon/common.js';
import { FIRST_NAMES } from '../../lexicon/first-names.js';
import { NATIONALITY_WORDS } from '../../lexicon/nationalities.js';
import { reportingLemmaOf } from '../../lexicon/reporting-verbs.js';
import {
  APPOSITION_DETERMINERS,
  HONORIFICS,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from '../../lexicon/titles.js';
import { wordSet } from '../../lexicon/words.js';
import { isKnownPlaceWord } from './places.js';
import {
  HONORIFIC_LIST,
  ListedWords,
  NATIONALITY_LIST,
  ORGANISATION_NOUN_LIST,
  PRONOUN_LIST,
  ROLE_NOUN_LIST,
  TITLE_WORD_LIST,
} from './word-lists.js';
import { ShapedWordSet } from './word-shapes.js';
import { isParticle, type Word, type WordList } from './words.js';

// The word lists asked about the words of every run, as bits of the made words (`word-lists.ts`).
const TITLE_MODIFIER_LIST = new ListedWords(TITLE_MODIFIERS);
const COMMON_CAPITALISED_LIST = new ListedWords(COMMON_CAPITALISED);
const APPOSITION_DETERMINER_LIST = new ListedWords(APPOSITION_DETERMINERS);

/** Titles that are also name particles, titles only when abbreviated: "Del. Stacey Plaskett" (delegate). */
const DOTTED_TITLES = new ShapedWordSet(wordSet('del'));

/** Where the title printed before a name ends: "Former Iraqi Foreign Minister | Hoshyar Zebari". */
export interface TitleSplit {
  /** Index of the first word of the role, or -1 when there is none. */
  roleFirst: number;
  /** Index of the last word of the role (or of an honorific), or -1. */
  roleLast: number;
  /** Index of the first word of the name. */
  nameFirst: number;
  /** An honorific or a title word was found: the rest is a person. */
  titled: boolean;
}

/**
 * Splits a run into the title in front and the name after it. The name starts after the last title
 * word ("Oversight Chairman Jason Chaffetz"); a run that is all title ("Iranian Major", "Foreign
 * Minister") has no name (`nameFirst > last`).
 */
export function splitTitle(words: WordList, first: number, last: number): TitleSplit {
  let titleAt = -1;
  let honorificOnly = true;
  for (let i = first; i <= last; i++) {
    const word = words.get(i);
    if (
      TITLE_WORD_LIST.holds(word) ||
      HONORIFIC_LIST.holds(word) ||
      (word.period && DOTTED_TITLES.has(word.lower)) ||
      isPluralTitle(word, i, last)
    ) {
      // "Dean" or "Rev" opening a two-word run could be a first name; a title needs a name after it.
      titleAt = i;
      if (!HONORIFIC_LIST.holds(word)) honorificOnly = false;
    }
  }
  if (titleAt < 0) {
    // Only nationality words and title modifiers in front: "Iraqi Hoshyar Zebari" has no role.
    let i = first;
    while (i < last && isTitleFiller(words.get(i))) i++;
    return { roleFirst: -1, roleLast: -1, nameFirst: i, titled: false };
  }
  return {
    roleFirst: honorificOnly ? -1 : first,
    roleLast: honorificOnly ? -1 : titleAt,
    nameFirst: titleAt + 1,
    titled: true,
  };
}

/**
 * "Senators Charles E. Grassley and Patrick J. Leahy": a title in the plural opening the run, with a
 * name after it.
 */
function isPluralTitle(word: Word, index: number, last: number): boolean {
  return index < last && word.lower.length > 4 && isPluralOf(TITLE_WORD_LIST, word.lower);
}

/** `lower` is a word of `list` with an "s" added ("senators", "leaders"). */
function isPluralOf(list: ListedWords, lower: string): boolean {
  return lower.endsWith('s') && list.has(lower.slice(0, -1));
}

function isTitleFiller(word: Word): boolean {
  return (
    NATIONALITY_LIST.holds(word) ||
    TITLE_MODIFIER_LIST.holds(word) ||
    // A word holds no white space: its lower case is its `lookupKey`.
    (word.text.length <= 4 && isKnownPlaceWord(word))
  );
}

/** A word that cannot be part of a person's name. */
export function notNameWord(word: Word): boolean {
  return NOT_NAME_WORDS.holds(word) || (word.allCaps && word.text.length <= 5);
}

/** "Texas Air Corp", "Hitachi Ltd": the end of a company's name, never of a person's. */
const COMPANY_SUFFIXES = wordSet('inc co corp ltd plc llc gmbh ag sa nv bv spa pty');

/** Words that are never part of a person's name, in one set: asked of most capitalised words. */
const NOT_NAME_WORDS = new ListedWords([
  ...COMMON_CAPITALISED,
  ...PRONOUNS,
  ...PRONOUN_CONTRACTIONS,
  ...MONTHS,
  ...WEEKDAYS,
  ...NATIONALITY_WORDS,
  ...TITLE_WORDS,
  ...HONORIFICS,
  ...COMPANY_SUFFIXES,
]);

export function isFirstName(word: Word): boolean {
  return FIRST_NAME_WORDS.holds(word);
}

const FIRST_NAME_WORDS = new ListedWords(FIRST_NAMES);

/** The word `step` words from word `i` (-1 before it, 1 after it) when both are in one paragraph. */
function neighbour(words: WordList, i: number, step: -1 | 1): Word | null {
  const word = words.at(i);
  const other = words.at(i + step);
  return word && other && other.paragraph === word.paragraph ? other : null;
}

function isRoleWord(word: Word): boolean {
  return !word.capitalised && ROLE_NOUN_LIST.holds(word);
}

/** Lower-case words that may qualify a role noun before it: "field commander", "campaign manager". */
function isRoleQualifier(word: Word): boolean {
  if (word.capitalised) return false;
  if (TITLE_MODIFIER_LIST.holds(word) || ROLE_NOUN_LIST.holds(word)) return true;
  return (word.pos === 'NOUN' || word.pos === 'ADJ') && !PRONOUN_LIST.holds(word);
}

/** Common words that own a role right before it at a sentence start: "Police chief", "Army spokesman". */
const INSTITUTION_OWNERS = new ShapedWordSet(wordSet('police army military security'));

/**
 * Index of the first word of a capitalised run ending at `end` (an owner or organisation before a role:
 * "Iran’s Quds Force commander", "Popular Mobilisation Forces"); `end + 1` when there is none.
 */
function capitalisedBefore(words: WordList, end: number, limit: number): number {
  let first = end + 1;
  for (let i = end; i >= 0 && end - i < limit; i--) {
    const word = words.get(i);
    // "Police chief Oren Vasko": a common word that opens the sentence still names whose chief he is.
    const owner = i === end && word.sentenceInitial && INSTITUTION_OWNERS.has(word.lower);
    if (
      !(word.capitalised || isParticle(word)) ||
      (word.sentenceInitial && COMMON_CAPITALISED_LIST.holds(word) && !owner)
    ) {
      break;
    }
    if (i < end && !words.get(i + 1).spaced) break;
    first = i;
    // A possessive opens the owner and ends the walk: "Iran’s Quds Force", "Hillary Clinton’s campaign".
    if ((i < end && word.possessive) || word.sentenceInitial) break;
  }
  return first;
}

/**
 * The role printed before a name: "Iraqi militia leader Abu Mahdi al-Muhandis", "the commander of
 * Iran’s Islamic Revolutionary Guards Corps (IRGC) Hossein Salami", "the field commander of the
 * Popular Mobilisation Forces (PMF) Muhandis".
 */
export function roleBefore(text: string, words: WordList, nameFirst: number): string | null {
  const name = words.at(nameFirst);
  if (!name || name.gap === null) return null;
  let i = nameFirst - 1;
  if (i < 0 || words.paragraphOf(i) !== name.paragraph) return null;
  // "(IRGC) Hossein Salami": step over the acronym in parentheses.
  const afterAcronym =
    name.gap.charCodeAt(0) === 41 &&
    /^\)\s+$/.test(name.gap) &&
    words.get(i).allCaps &&
    /\(\s*$/.test(words.get(i).gap ?? '');
  if (afterAcronym) {
    i--;
    if (i < 0 || words.paragraphOf(i) !== words.paragraphOf(i + 1)) return null;
  } else if (!name.spaced) {
    return null;
  }

  // The word before is read from the list's numbers: most are lower-case words and no role.
  const beforeEnd = words.endOf(i);
  if (!words.isCapitalised(i)) {
    const lower = words.lowerAt(i);
    if (ROLE_NOUN_LIST.has(lower)) return roleChain(text, words, i, beforeEnd);
    if (isPluralRole(lower))
      return andAnotherName(words, nameFirst) ? roleChain(text, words, i, beforeEnd) : null;
    return lower === 'and' ? sharedPluralRole(text, words, i) : null;
  }

  // "... of [the] [Iran’s] Islamic Revolutionary Guards Corps" before the name.
  const ownerFirst = capitalisedBefore(words, i, 7);
  let j = ownerFirst - 1;
  const the = words.at(j);
  if (the && the.lower === 'the' && words.get(j + 1).spaced) j--;
  const preposition = words.at(j);
  if (!preposition || !/^(?:of|to|for|at|in)$/.test(preposition.lower)) return null;
  const roleNoun = words.at(j - 1);
  if (!roleNoun || !isRoleWord(roleNoun) || !preposition.spaced) return null;
  return roleChain(text, words, j - 1, beforeEnd);
}

/** "leaders", "hosts": a role noun in the plural, printed before the names it is the role of. */
function isPluralRole(lower: string): boolean {
  return lower.length > 3 && isPluralOf(ROLE_NOUN_LIST, lower);
}

/**
 * "union leaders Petra Holm and Ilse Varga": the role in the plural before the name that "and" (at
 * `and`) follows is this name's too, when nothing but a space parts the role and that name.
 */
function sharedPluralRole(text: string, words: WordList, and: number): string | null {
  let j = and - 1;
  while (j >= 0 && and - j <= 4 && words.isCapitalised(j) && words.paragraphOf(j) === words.paragraphOf(and))
    j--;
  if (j === and - 1 || j < 0 || words.isCapitalised(j) || !words.get(j + 1).spaced) return null;
  return isPluralRole(words.lowerAt(j)) ? roleChain(text, words, j, words.endOf(j)) : null;
}

/**
 * The name at `nameFirst` is followed by "and" and another name: a role in the plural before it is the
 * role of both ("hosts Joe Scarborough and Mika Brzezinski"), not a noun the name modifies ("the House
 * candidates Sanders had fundraised for").
 */
function andAnotherName(words: WordList, nameFirst: number): boolean {
  let k = nameFirst + 1;
  while (k < words.length && k - nameFirst <= 4 && words.isCapitalised(k) && words.get(k).spaced) k++;
  const and = words.at(k);
  const next = words.at(k + 1);
  return and?.lower === 'and' && and.spaced && next?.capitalised === true && next.spaced;
}

/** The role noun at `nounIndex` with the lower-case qualifiers and capitalised owner before it. */
function roleChain(text: string, words: WordList, nounIndex: number, end: number): string {
  let first = nounIndex;
  for (let k = 0; k < 2; k++) {
    const word = words.at(first - 1);
    const current = words.get(first);
    if (!word || !current.spaced || !isRoleQualifier(word)) break;
    first--;
  }
  const current = words.get(first);
  const owner = words.at(first - 1);
  if (owner && (owner.capitalised || owner.possessive) && current.spaced && !owner.allCaps) {
    const ownerFirst = capitalisedBefore(words, first - 1, 5);
    if (ownerFirst < first) first = ownerFirst;
  } else if (owner?.allCaps && current.spaced && !owner.sentenceInitial) {
    first--; // "US President", "IRGC commander"
  }
  return text.slice(words.get(first).start, end).trim();
}

const STOP_APPOSITION = new ListedWords(
  wordSet('who which that whose where when while and but or said says told added'),
);

/**
 * The role in apposition after a name: "Zebari, a leader in the Kurdistan Democratic Party who ...",
 * "Hadi al-Amiri, leader of the Badr Organisation." Ends at a comma, a full stop, a relative pronoun
 * or a quotation mark. After a name inside a phrase, one that runs into a reporting verb is the subject
 * of the next clause, not a role: "In an interview with hosts Joe Scarborough and Mika Brzezinski, the
 * Democratic presidential candidate stated that …". A name opening its sentence or clause keeps it, the
 * closing comma left out: "Mark Rogers, paper analyst for Prudential Bache said …", "…, Edward
 * Niedermeyer, president of Niedermeyer-Martin Co said yesterday".
 *
 * @param nameFirst - the first word of the name's run (its title included)
 */
export function roleAfter(text: string, words: WordList, nameFirst: number, nameLast: number): string | null {
  // The comma is looked for in the list's numbers first: most names have none after them.
  if (nameLast + 1 >= words.length || !words.commaThenSpaceBefore(nameLast + 1)) return null;
  const firstWord = neighbour(words, nameLast, 1);
  if (!firstWord || firstWord.capitalised) return null;
  let i = nameLast + 1;
  if (APPOSITION_DETERMINER_LIST.holds(firstWord)) i++;
  let hasRole = false;
  let last = -1;
  for (let count = 0; count < 14; count++, i++) {
    const word = words.at(i);
    if (!word || word.paragraph !== firstWord.paragraph) break;
    if (i > nameLast + 1 && !word.spaced) break;
    if (count > 0 && !word.capitalised && startsReport(words, i)) {
      if (words.get(nameFirst).sentenceInitial || words.commaThenSpaceBefore(nameFirst)) break;
      return null;
    }
    if (STOP_APPOSITION.holds(word) && !word.capitalised) break;
    if (
      count === 0 &&
      !(word.pos === 'NOUN' || word.pos === 'ADJ' || word.pos === 'PROPN' || ROLE_NOUN_LIST.holds(word))
    ) {
      return null;
    }
    const roleWord = word.capitalised ? TITLE_WORD_LIST.holds(word) : ROLE_NOUN_LIST.holds(word);
    // "Sally Yates, criminal division head Leslie Caldwell": a role before another name is that name's.
    const following = words.at(i + 1);
    if (roleWord && !word.capitalised && following?.capitalised && following.spaced) return null;
    if (count < 5 && roleWord) hasRole = true;
    last = i;
  }
  if (!hasRole || last < 0) return null;
  const end = words.get(last);
  return text.slice(firstWord.start, end.end);
}

/**
 * A reporting verb at `index` ("stated", "said"), or an auxiliary before one ("has insisted"); not
 * "called" naming something ("a group called Citizens for Trump").
 */
function startsReport(words: WordList, index: number): boolean {
  const word = words.get(index);
  const lemma = reportingLemmaOf(word.lower);
  if (lemma === 'call') return false;
  if (lemma !== null) return word.pos === 'VERB' || word.pos === 'AUX';
  const next = words.at(index + 1);
  return (
    word.pos === 'AUX' && next !== undefined && next.pos === 'VERB' && reportingLemmaOf(next.lower) !== null
  );
}

const LED_BY = new ShapedWordSet(wordSet('led headed commanded founded run chaired'));

/** "Al-Nujaba militia led by Akram al-Kaabi" → "leader of Al-Nujaba militia". */
export function roleFromLedBy(text: string, words: WordList, nameFirst: number): string | null {
  // "by" is looked for in the list's numbers before any word is made: few names follow it.
  const byIndex = nameFirst - 1;
  if (
    byIndex < 0 ||
    byIndex + 1 >= words.length ||
    words.paragraphOf(byIndex) !== words.paragraphOf(nameFirst)
  )
    return null;
  if (!words.lowerIs(byIndex, 'by')) return null;
  const verb = neighbour(words, byIndex, -1);
  if (!verb || !LED_BY.has(verb.lower)) return null;
  let end = nameFirst - 3;
  const noun = words.at(end);
  if (!noun || noun.paragraph !== verb.paragraph) return null;
  let phraseEnd = noun.end;
  if (!noun.capitalised && ORGANISATION_NOUN_LIST.holds(noun)) end--;
  else if (!noun.capitalised) return null;
  if (end < 0 || !words.get(end).capitalised) return null;
  const phraseFirst = capitalisedBefore(words, end, 6);
  if (phraseFirst > end) return null;
  if (noun.capitalised) phraseEnd = noun.end;
  const head = verb.lower === 'founded' ? 'founder' : verb.lower === 'chaired' ? 'chair' : 'leader';
  return `${head} of ${text.slice(words.get(phraseFirst).start, phraseEnd)}`;
}

/** "Zebari said", "said Zebari", "according to Zebari", "Salami told": someone speaking. */
export function speechVerbNear(words: WordList, first: number, last: number): boolean {
  // The words around the name are read from the list's numbers: most are asked only their lower case.
  const after = last + 1;
  if (
    after < words.length &&
    words.paragraphOf(after) === words.paragraphOf(last) &&
    words.isSpaced(after) &&
    SPEECH_VERBS.has(words.lowerAt(after))
  )
    return true;
  const before = first - 1;
  if (before < 0 || words.paragraphOf(before) !== words.paragraphOf(first)) return false;
  if (gapIsSpaceOrCommas(words, first) && SPEECH_VERBS.has(words.lowerAt(before))) return true;
  if (!words.lowerIs(before, 'to')) return false;
  const beforeThat = before - 1;
  return (
    beforeThat >= 0 &&
    words.paragraphOf(beforeThat) === words.paragraphOf(before) &&
    words.lowerIs(beforeThat, 'according')
  );
}

/** The gap before word `index` is white space and commas only, and not empty: `/^[\s,]+$/.test(gap)`. */
export function gapIsSpaceOrCommas(words: WordList, index: number): boolean {
  const gapStart = words.gapStartOf(index);
  const end = words.startOf(index);
  if (gapStart < 0 || gapStart >= end) return false;
  for (let at = gapStart; at < end; at++) {
    const code = words.charCodeAt(at);
    if (code !== 44 && !isWhiteSpaceCode(code)) return false;
  }
  return true;
}

/** The surname that a later mention alone refers to: "al-Muhandis" → "muhandis". */
export function surnameKey(word: string): string {
  let key = word.toLowerCase();
  // `key.replace(/^(?:al|el|ad|...)-/, '')`: the article is all of the key before its first hyphen.
  const hyphen = key.indexOf('-');
  if ((hyphen === 2 || hyphen === 3) && SURNAME_ARTICLES.has(key.slice(0, hyphen)))
    key = key.slice(hyphen + 1);
  // `key.replace(/['’]s$/, '')`
  const length = key.length;
  if (length >= 2 && key.charCodeAt(length - 1) === 115) {
    const apostrophe = key.charCodeAt(length - 2);
    if (apostrophe === 39 || apostrophe === 0x2019) key = key.slice(0, -2);
  }
  return key;
}

/** Arabic articles left out of a surname key: "al-Muhandis" and "Muhandis" are one person. */
const SURNAME_ARTICLES = wordSet('al el ad ar as ash at az an ud ul ez');
