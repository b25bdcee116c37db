import { allWhitespace, isWhiteSpaceCode } from '../../characters.js';
import {
  COMMON_CAPITALISED,
  MONTHS,
  PRONOUN_CONTRACTIONS,
  PRONOUNS,
  WEEKDAYS,
} from '../../lexicon/common.js';
import { FIRST_NAMES } from '../../lexicon/first-names.js';
import { NATIONALITY_WORDS } from '../../lexicon/nationalities.js';
import { PLACE_NOUNS, PLACE_PREPOSITIONS } from '../../lexicon/places.js';
import {
  DEPARTMENT_WORDS,
  HONORIFICS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from '../../lexicon/titles.js';
import { wordSet } from '../../lexicon/words.js';
import { spanOf } from '../../span.js';
import type { Span } from '../../types.js';
import type { Candidate } from './candidate.js';
import {
  endsInOrganisationHead,
  isAcronym,
  isKnownOrganisationWord,
  isOrganisationHead,
  knownOrganisation,
  knownOrganisationKey,
  mayBeKnownOrganisationShape,
  mayStartOrganisationAcrossRuns,
  organisationAcrossRunsEnd,
} from './organisations.js';
import {
  isFirstName,
  notNameWord,
  roleAfter,
  roleBefore,
  roleFromLedBy,
  speechVerbNear,
  splitTitle,
} from './people.js';
import {
  endsInPlaceHead,
  isKnownPlaceWord,
  knownPlace,
  knownPlaceKey,
  lookupKey,
  mayBeKnownPlaceShape,
} from './places.js';
import { ListedWords, NATIONALITY_LIST, ORGANISATION_NOUN_LIST, ROLE_NOUN_LIST } from './word-lists.js';
import { ShapedWordSet, shapeOf } from './word-shapes.js';
import {
  isParticle,
  lemmaOf,
  lowerCaseFingerprint,
  type Run,
  type Word,
  type WordList,
  wordsSpan,
} from './words.js';

export interface Candidates {
  people: Candidate[];
  organisations: Candidate[];
  places: Candidate[];
  /** Acronyms used alone ("PMF"): linked to an expansion, or organisations of their own. */
  acronyms: Word[];
  /** Single capitalised words nothing claimed: maybe a surname used alone. */
  bare: Word[];
}

// A word list of the lexicon asked about the words of most runs, as a bit of the made words.
const DEPARTMENT_LIST = new ListedWords(DEPARTMENT_WORDS);
// Asked only of a lower-case string, never of a made word: no bit of `listsOf` is spent on them.
const PLACE_PREPOSITION_LIST = new ShapedWordSet(PLACE_PREPOSITIONS);
const PLACE_NOUN_LIST = new ShapedWordSet(PLACE_NOUNS);

const GROUP_PLURAL = /(?:ians|ists|als|ites|ics)$/;

/** "Millennials", "Evangelicals": `GROUP_PLURAL`, asked only of a word ending in "s" as each of its endings does. */
function isGroupPlural(name: string): boolean {
  return name.charCodeAt(name.length - 1) === 115 && GROUP_PLURAL.test(name);
}
const PRONOUN_CONTRACTION_LIST = new ListedWords(PRONOUN_CONTRACTIONS);
const DETERMINERS = new ListedWords(wordSet('the a an this that these those his her their its our my your'));
const COMPLEMENT = new ShapedWordSet(wordSet('of for on'));
const TITLE_CONNECTORS = new ShapedWordSet(wordSet('of to for'));

/**
 * Reads every capitalised run once and decides what it names. Order matters: a known place or
 * organisation first, then an organisation or place word at the end, then a person with title and
 * role; what is left may be a surname used alone (linked later) or a place after "in".
 *
 * @param localPlaces - lookup keys of places the article itself establishes (its dateline), read as
 *   places like the word lists' own
 */
export function findCandidates(
  text: string,
  words: WordList,
  runs: Run[],
  localPlaces: ReadonlySet<string> = new Set(),
): Candidates {
  const found: Candidates = { people: [], organisations: [], places: [], acronyms: [], bare: [] };
  /** Runs taken into the candidate of an earlier run ("Ministry of | Health"), by index: 1 when taken. */
  const consumed = new Uint8Array(runs.length);

  for (let r = 0; r < runs.length; r++) {
    if (consumed[r] === 1) continue;
    const run = runs[r] as Run;
    const across = organisationAcrossRuns(text, words, runs, r) ?? andCompany(text, words, runs, r);
    if (across) {
      found.organisations.push(organisation(across.span, null));
      for (let next = r + 1; next <= across.lastRun; next++) consumed[next] = 1;
      continue;
    }
    let first = run.first;
    let last = run.last;
    // "Jim Eastland I've": a pronoun with its verb ends the name before it.
    while (last > first && PRONOUN_CONTRACTION_LIST.holds(words.get(last))) last--;
    if (words.get(first).titleCase) {
      titleCaseRun(text, words, first, last, found);
      continue;
    }
    // "The Hill reported", "told The Daily Caller": a capitalised "The" inside a sentence opens a title.
    const publication = publicationName(words, first, last);
    let strippedRole: string | null = null;
    let known = knownName(text, words, first, last, localPlaces);
    while (first <= last && known === null) {
      const word = words.get(first);
      const strippable =
        DETERMINERS.holds(word) ||
        PRONOUN_CONTRACTION_LIST.holds(word) ||
        (word.sentenceInitial &&
          startsWithCommonWord(words, word, last - first + 1) &&
          !opensKnownPlace(words, first, last));
      if (!strippable) break;
      if (ROLE_NOUN_LIST.holds(word)) strippedRole = word.text; // "Rival Hillary Clinton"
      first++;
      if (first <= last) known = knownName(text, words, first, last, localPlaces);
    }
    if (first > last) continue;
    if (onlyCommonWords(words, first, last) || NOT_ENTITY_HEADS.holds(words.get(last))) continue;

    const span = wordsSpan(text, words, first, last);
    const lastWord = words.get(last);
    const count = last - first + 1;
    const acronym = acronymAfter(text, words, last);
    // The "(PMF)" after "Popular Mobilisation Forces" is a mention of it, not a run of its own.
    const acronymRun = acronym ? runStartingAt(runs, last + 1) : undefined;
    if (acronymRun !== undefined) consumed[acronymRun] = 1;

    if (known === 'place') {
      found.places.push({ kind: 'place', span, roles: [], evidence: true, ...(acronym ? { acronym } : {}) });
      continue;
    }
    if (
      known === 'organisation' ||
      (count === 1 && lastWord.allCaps && knownOrganisation(span.text, true)) ||
      (count === 1 && isBankOrCorporationName(lastWord.lower))
    ) {
      found.organisations.push(organisation(span, acronym));
      continue;
    }
    if (count === 1 && lastWord.allCaps) {
      // "PMF" alone, or "WALLACE:" naming the speaker in a transcript.
      if (isAcronym(lastWord.text)) found.acronyms.push(lastWord);
      else found.bare.push(lastWord);
      continue;
    }
    if (publication) {
      found.organisations.push(organisation(wordsSpan(text, words, run.first, last), acronym));
      continue;
    }

    // "Ministry of Health", "Bank of America": an organisation word with its complement.
    const complement = isOrganisationHead(lastWord) ? complementRun(words, runs, last) : -1;
    if (complement >= 0) {
      consumed[complement] = 1;
      const end = (runs[complement] as Run).last;
      found.organisations.push(
        organisation(wordsSpan(text, words, first, end), acronymAfter(text, words, end)),
      );
      continue;
    }
    // "the Times", "the Ministry": an organisation word alone, capitalised inside a sentence.
    if (
      count === 1 &&
      isOrganisationHead(lastWord) &&
      !lastWord.sentenceInitial &&
      words.at(first - 1)?.lower === 'the'
    ) {
      found.organisations.push(organisation(span, acronym));
      continue;
    }
    if (
      endsInOrganisationHead(lastWord, count) ||
      (acronym && count >= 2) ||
      organisationNounAfter(words, last)
    ) {
      if (!onlyNationalityWords(words, first, last)) found.organisations.push(organisation(span, acronym));
      continue;
    }
    if (endsInPlaceHead(lastWord, count)) {
      found.places.push({ kind: 'place', span, roles: [], evidence: true });
      continue;
    }

    // "the commander of the Quds Force Soleimani": an organisation, then a name.
    let nameStart = first;
    const innerHead = organisationHeadBeforeName(words, first, last);
    if (innerHead >= 0) {
      found.organisations.push(organisation(wordsSpan(text, words, first, innerHead), null));
      nameStart = innerHead + 1;
      // "said Chemical Bank Tokyo branch vice president ...": what follows is where the bank is, not a name.
      if (knownName(text, words, nameStart, last, localPlaces) === 'place') {
        found.places.push({
          kind: 'place',
          span: wordsSpan(text, words, nameStart, last),
          roles: [],
          evidence: true,
        });
        continue;
      }
    }

    const split = splitTitle(words, nameStart, last);
    const roles: string[] = [];
    if (strippedRole) roles.push(strippedRole);
    if (split.roleFirst >= 0) roles.push(titleText(text, words, split.roleFirst, split.roleLast));
    let nameFirst = split.nameFirst;
    let nameLast = last;
    if (nameFirst > last) {
      // "Secretary of State Mike Pompeo", "Iranian Ambassador to Iraq Iraj Masjedi".
      const continued = titleContinuation(text, words, runs, last);
      if (!continued || split.roleFirst < 0) continue;
      for (const taken of continued.runs) consumed[taken] = 1;
      roles[roles.length - 1] = text.slice(words.get(split.roleFirst).start, continued.titleEnd);
      for (const placeSpan of continued.places)
        found.places.push({ kind: 'place', span: placeSpan, roles: [], evidence: true });
      nameFirst = continued.nameFirst;
      nameLast = continued.nameLast;
    }
    if (!isName(words, nameFirst, nameLast)) continue;
    // Most names are the whole run: its span serves, with no second copy of the text.
    const nameSpan =
      nameFirst === first && nameLast === last ? span : wordsSpan(text, words, nameFirst, nameLast);
    const nameCount = nameLast - nameFirst + 1;

    if (!split.titled && nameFirst === nameStart) {
      const before = roleBefore(text, words, nameFirst) ?? roleFromLedBy(text, words, nameFirst);
      if (before) roles.push(before);
    }
    const after = roleAfter(text, words, first, nameLast);
    if (after) roles.push(after);
    const speaking =
      speechVerbNear(words, first, nameLast) ||
      speechVerbAfterApposition(words, nameLast) ||
      creditedQuote(words, first);
    const firstNamed = nameCount >= 2 && isFirstName(words.get(nameFirst));
    const evidence = split.titled || roles.length > 0 || speaking || firstNamed;

    if (!evidence && modifiesNoun(words, nameLast)) {
      for (let i = nameFirst; i <= nameLast; i++) found.bare.push(words.get(i));
      continue;
    }
    if (!evidence && placeCue(words, first)) {
      found.places.push({ kind: 'place', span: nameSpan, roles: [], evidence: true });
      continue;
    }
    // "Millennials say", "Evangelicals said": a plural group speaking, not a surname.
    if (nameCount === 1 && !split.titled && roles.length === 0 && isGroupPlural(nameSpan.text)) continue;
    if (nameCount === 1 && !evidence) {
      found.bare.push(words.get(nameFirst));
      continue;
    }
    const sentenceInitial = words.get(nameFirst).sentenceInitial;
    found.people.push({ kind: 'person', span: nameSpan, roles, evidence, sentenceInitial });
  }
  found.organisations.push(...lowerCaseMinistries(text, words));
  return found;
}

/**
 * A run in the headline or another title-case line: it may repeat a known place, organisation or a
 * surname ("Soleimani" in "Iraqis brace for escalation on Soleimani killing’s anniversary"), but its
 * capitals prove nothing, so it never makes a new person.
 */
function titleCaseRun(text: string, words: WordList, first: number, last: number, found: Candidates): void {
  const span = wordsSpan(text, words, first, last);
  // One lookup key serves both word lists, unless the run has the dots of "U.S." to take out.
  const key = lookupKey(span.text);
  if (knownPlaceKey(key)) {
    found.places.push({ kind: 'place', span, roles: [], evidence: true });
    return;
  }
  const allCaps = first === last && words.get(first).allCaps;
  if (span.text.includes('.') ? knownOrganisation(span.text, allCaps) : knownOrganisationKey(key, allCaps)) {
    found.organisations.push(organisation(span, null));
    return;
  }
  for (let i = first; i <= last; i++) {
    const word = words.get(i);
    if (word.capitalised && !notNameWord(word)) found.bare.push(word);
    else if (word.allCaps) found.bare.push(word);
  }
}

/** Last words of names that are neither people, organisations nor places: laws, plans, prizes. */
const NOT_ENTITY_HEADS = new ListedWords(
  wordSet(`
  act bill law laws amendment amendments treaty accord accords agreement doctrine plan plans rule rules
  case prize award awards day week month year era war wars revolution festival games olympics cup
  index report reports strategy
`),
);

/** Lower-case nouns after a name that use it as a modifier: "the Dred Scott case", "the Obama administration". */
const MODIFIED_NOUNS = new ShapedWordSet(
  wordSet(`
  case era administration administrations deal campaign rule doctrine plan plans government presidency
  years tenure family foundation supporters voters camp team effort website account brand
`),
);

function modifiesNoun(words: WordList, last: number): boolean {
  const next = lowerCaseWordAfter(words, last);
  if (next < 0) return false;
  const lower = words.lowerAt(next);
  return MODIFIED_NOUNS.has(lower) || NOT_ENTITY_HEADS.has(lower);
}

/**
 * Index of the lower-case word right after a non-possessive name, in the same paragraph, or -1. Read
 * from the list's numbers: the word after most names is asked only its lower case.
 */
function lowerCaseWordAfter(words: WordList, last: number): number {
  const next = last + 1;
  const follows =
    next < words.length &&
    !words.isPossessive(last) &&
    words.paragraphOf(next) === words.paragraphOf(last) &&
    !words.isCapitalised(next) &&
    words.isSpaced(next);
  return follows ? next : -1;
}

/** "The Hill", "The Daily Caller": a capitalised "The" inside a sentence, or before a speech verb. */
function publicationName(words: WordList, first: number, last: number): boolean {
  const the = words.get(first);
  if (the.text !== 'The' || first === last) return false;
  // "The Northern Liberation Front said": a body whose name ends like a party's or an army's is no title.
  if (NOT_PUBLICATION_HEADS.has(words.lowerAt(last))) return false;
  if (!the.sentenceInitial) return true;
  const after = words.at(last + 1);
  return after?.spaced === true && PUBLICATION_VERBS.has(after.lower);
}

const NOT_PUBLICATION_HEADS = new ShapedWordSet(
  wordSet(
    'front army armies party movement brigade brigades forces force corps militia militias council union alliance coalition league organisation organization group battalion regiment guard guards committee federation association ministry government',
  ),
);

const PUBLICATION_VERBS = new ShapedWordSet(
  wordSet('reported reports said says wrote writes published publishes found finds noted notes'),
);

/** "Johnnie Wilson, of Springfield, Va., said": a speech verb after a comma-enclosed aside. */
function speechVerbAfterApposition(words: WordList, nameLast: number): boolean {
  if (nameLast + 1 >= words.length || !words.commaThenSpaceBefore(nameLast + 1)) return false;
  const paragraph = words.paragraphOf(nameLast + 1);
  // Read from the list's numbers and the text: the aside's words are made into no objects.
  for (let i = nameLast + 2; i < words.length && i < nameLast + 16; i++) {
    if (words.paragraphOf(i) !== paragraph || gapBreaksClause(words, i)) return false;
    if (gapEndsInComma(words, i)) return SPEECH_VERBS.has(words.lowerAt(i));
  }
  return false;
}

/** The gap before word `index` holds a mark that ends a clause or quotation: `/[.;:!?“”"]/.test(gap)`. */
export function gapBreaksClause(words: WordList, index: number): boolean {
  const gapStart = words.gapStartOf(index);
  if (gapStart < 0) return false;
  const end = words.startOf(index);
  for (let at = gapStart; at < end; at++) {
    switch (words.charCodeAt(at)) {
      case 46: // .
      case 59: // ;
      case 58: // :
      case 33: // !
      case 63: // ?
      case 0x201c: // “
      case 0x201d: // ”
      case 34: // "
        return true;
    }
  }
  return false;
}

/** The gap before word `index` ends in a comma and white space: `/,\s+$/.test(gap)`. */
export function gapEndsInComma(words: WordList, index: number): boolean {
  const gapStart = words.gapStartOf(index);
  let at = words.startOf(index) - 1;
  if (gapStart < 0 || at < gapStart || !isWhiteSpaceCode(words.charCodeAt(at))) return false;
  while (at >= gapStart && isWhiteSpaceCode(words.charCodeAt(at))) at--;
  return at >= gapStart && words.charCodeAt(at) === 44;
}

/** "… a real disgrace.” ― Azucena Gonzàlez": the name credited after a quotation. */
function creditedQuote(words: WordList, first: number): boolean {
  const word = words.get(first);
  return /[”"’]\s*[―—–-]\s*$/.test(word.gap ?? '') || (word.gap === null && /^[―—]/.test(word.text));
}

/**
 * A name of `ORGANISATIONS_ACROSS_RUNS` ("Moody's", "Securities and Exchange Commission") starting at
 * run `r`, or at the word after its first, "The" aside ("The People's Daily", "The House Ways and Means
 * Committee"), with the rest
 * of the run it ends in ("American Telephone and Telegraph Co") and a run of organisation words right
 * after it ("Moody's Investors Service Inc"); null when none starts there.
 */
function organisationAcrossRuns(
  text: string,
  words: WordList,
  runs: readonly Run[],
  r: number,
): { span: Span; lastRun: number } | null {
  const run = runs[r] as Run;
  for (let first = run.first; first <= Math.min(run.first + 2, run.last); first++) {
    const start = words.startOf(first);
    // Most runs start no such name: ruled out by first letter and length, with no string made.
    if (!mayStartOrganisationAcrossRuns(text.charCodeAt(start), words.endOf(first) - start)) continue;
    // The third word only after "The": "The House Ways and Means Committee".
    if (first === run.first + 2 && !DETERMINERS.holds(words.get(run.first))) break;
    let end = organisationAcrossRunsEnd(text, start, words.lowerAt(first));
    if (end < 0) continue;
    let lastRun = r;
    while (lastRun + 1 < runs.length && words.startOf((runs[lastRun + 1] as Run).first) < end) lastRun++;
    // In a headline in capitals ("MOODY'S MAY DOWNGRADE …") every word runs on: the name ends where it ends.
    if (!words.get(first).allCaps) {
      const ending = runs[lastRun] as Run;
      if (words.endOf(ending.last) > end && isOrganisationTail(words, ending, end)) {
        end = words.endOf(ending.last);
      }
      const next = runs[lastRun + 1];
      if (
        next &&
        onlySpaceBetween(text, end, words.startOf(next.first)) &&
        isOrganisationTail(words, next, end)
      ) {
        lastRun++;
        end = words.endOf(next.last);
      }
    }
    return { span: spanOf(text, start, end), lastRun };
  }
  return null;
}

/**
 * The words of `run` from `from` on are one to three and end in an organisation word: the "Co" of
 * "American Telephone and Telegraph Co", the "Investors Service Inc" after "Moody's".
 */
function isOrganisationTail(words: WordList, run: Run, from: number): boolean {
  let count = 0;
  for (let index = run.first; index <= run.last; index++) if (words.startOf(index) >= from) count++;
  return count >= 1 && count <= 3 && isOrganisationHead(words.get(run.last));
}

const COMPANY_WORDS = new ShapedWordSet(wordSet('co co. company cos'));

/**
 * "Samuel Montagu and Co Ltd", "Kidder, Peabody and Co", "Smith Barney, Harris Upham and Co": a firm
 * named for its partners, up to three names apart by commas, then "and Co".
 */
function andCompany(
  text: string,
  words: WordList,
  runs: readonly Run[],
  r: number,
): { span: Span; lastRun: number } | null {
  let last = r;
  // "Kidder, Peabody": partners apart by a comma are words next to each other with ", " between.
  while (last - r < 2) {
    const partner = runs[last + 1];
    if (
      !partner ||
      partner.first !== (runs[last] as Run).last + 1 ||
      !words.commaThenSpaceBefore(partner.first)
    )
      break;
    last++;
  }
  for (let partner = last; partner >= r; partner--) {
    const run = runs[partner] as Run;
    const company = runs[partner + 1];
    // Compared in place: the word after every run is asked, and most are not "and".
    if (!company || company.first !== run.last + 2 || !words.lowerIs(run.last + 1, 'and')) continue;
    if (!COMPANY_WORDS.has(words.lowerAt(company.first))) continue;
    const opening = runs[r] as Run;
    const first =
      opening.first < opening.last && DETERMINERS.holds(words.get(opening.first))
        ? opening.first + 1
        : opening.first;
    return { span: spanOf(text, words.startOf(first), words.endOf(company.last)), lastRun: partner + 1 };
  }
  return null;
}

/** One or two white-space characters, and nothing else, between `from` and `to`. */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  return to - from <= 2 && allWhitespace(text, from, to);
}

/** "Bundesbank", "Citibank", "Citicorp": one word ending in "bank" or "corp", longer than the ending. */
function isBankOrCorporationName(lower: string): boolean {
  return lower.length > 5 && (lower.endsWith('bank') || lower.endsWith('corp'));
}

function organisation(span: Span, acronym: Span | null): Candidate {
  return { kind: 'organisation', span, roles: [], evidence: true, ...(acronym ? { acronym } : {}) };
}

function knownName(
  text: string,
  words: WordList,
  first: number,
  last: number,
  localPlaces: ReadonlySet<string>,
): 'place' | 'organisation' | null {
  if (last - first > 5) return null;
  const word = words.get(first);
  if (first === last && word.text.charCodeAt(word.text.length - 1) !== 46) {
    // One word without the dots of "U.S.": its lower case is the lookup key of the word lists.
    if (isKnownPlaceWord(word)) return 'place';
    if (isKnownOrganisationWord(word)) return 'organisation';
    return localPlaces.size > 0 && localPlaces.has(word.lower) ? 'place' : null;
  }
  // Several words: the gaps between them hold white space, so there are no dots of "U.S." to take out
  // (`undotted`), and one key serves both word lists.
  const start = words.startOf(first);
  const end = words.endOf(last);
  const shape = keyShapeOf(text, start, end);
  if (
    shape >= 0 &&
    !mayBeKnownPlaceShape(shape) &&
    !mayBeKnownOrganisationShape(shape) &&
    !hasKeyOfShape(localPlaces, shape)
  ) {
    return null;
  }
  const key = lookupKey(text.slice(start, end));
  if (knownPlaceKey(key) !== null) return 'place';
  // "UNITED NATIONS, March 3 -": a dateline names a place, but a known organisation stays one.
  if (knownOrganisationKey(key, false)) return 'organisation';
  return localPlaces.has(key) ? 'place' : null;
}

/** Some key of `keys` (the article's own places, one or two) has this shape. */
function hasKeyOfShape(keys: ReadonlySet<string>, shape: number): boolean {
  for (const key of keys) if (shapeOf(key) === shape) return true;
  return false;
}

/**
 * The shape (`shapeOf`) of `lookupKey(text.slice(start, end))`, read from the text without making the
 * key, or -1 when that needs the key: most runs are no known name, and their shape says so. ASCII
 * letters have the low bits of their lower case, and single white space folds to one character; a
 * code unit above ASCII or a run of white space may change the key's letters or length.
 */
export function keyShapeOf(text: string, start: number, end: number): number {
  let previousSpace = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return -1;
    const space = isWhiteSpaceCode(code);
    if (space && previousSpace) return -1;
    previousSpace = space;
  }
  const length = end - start;
  return ((length & 31) << 10) | ((text.charCodeAt(start) & 31) << 5) | (text.charCodeAt(end - 1) & 31);
}

/** "New Jersey Gov. Chris Christie": the common opener is the first word of a known place's name. */
function opensKnownPlace(words: WordList, first: number, last: number): boolean {
  if (first >= last) return false;
  const next = words.get(first + 1);
  return next.spaced && knownPlace(`${words.get(first).text} ${next.text}`) !== null;
}

/**
 * A capitalised sentence opener that is a common word, not a name: "Sources", "Bloggers", "Rival".
 * wink-nlp's tag is trusted only before other capitalised words: it tags "Lynch said" as a verb.
 */
function startsWithCommonWord(words: WordList, word: Word, runLength: number): boolean {
  const lower = word.lower;
  if (word.allCaps) return false; // "US Secretary of State ...", not the pronoun "us"
  if (COMMON_OPENERS.holds(word)) return true;
  if (NAME_OPENERS.holds(word)) return false;
  // "Race" opening a sentence of a story that also speaks of "the race".
  if (words.writtenInLowerCase(lower)) return true;
  const tagged = word.pos !== 'PROPN' && word.pos !== 'X';
  return runLength >= 2 ? tagged : tagged && lemmaOf(word) !== lower;
}

/** Common words, pronouns, roles that are not titles: a capitalised sentence opener of these is no name. */
const COMMON_OPENERS = new ListedWords([
  ...COMMON_CAPITALISED,
  ...PRONOUNS,
  ...[...ROLE_NOUNS].filter((word) => !TITLE_WORDS.has(word)),
]);

/** Titles, nationalities and first names: a capitalised sentence opener of these may start a name. */
const NAME_OPENERS = new ListedWords([
  ...TITLE_WORDS,
  ...TITLE_MODIFIERS,
  ...HONORIFICS,
  ...NATIONALITY_WORDS,
  ...FIRST_NAMES,
]);

/** Dates and common words: a run of only these names nothing ("Monday", "January", "The"). */
const COMMON_WORDS = new ListedWords([...MONTHS, ...WEEKDAYS, ...COMMON_CAPITALISED, ...PRONOUNS]);

function onlyCommonWords(words: WordList, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const word = words.get(i);
    if (word.allCaps || !COMMON_WORDS.holds(word)) return false;
  }
  return true;
}

function onlyNationalityWords(words: WordList, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!NATIONALITY_LIST.holds(words.get(i))) return false;
  return true;
}

/** "Popular Mobilisation Forces (PMF)": the acronym in parentheses right after a name. */
function acronymAfter(text: string, words: WordList, last: number): Span | null {
  // The word after is read from the list's numbers first: nearly every name has no "(PMF)" after it.
  const nextIndex = last + 1;
  if (nextIndex >= words.length || text.charCodeAt(words.endOf(nextIndex)) !== 41) return null;
  const next = words.get(nextIndex);
  const lastWord = words.get(last);
  if (next.paragraph !== lastWord.paragraph || lastWord.possessive) return null;
  if (!/^\s*\(\s*$/.test(next.gap ?? '')) return null;
  const lowerCase = next.text.replace(/[^a-z]/g, '').length;
  return /^[A-Z][A-Za-z0-9&]{1,9}$/.test(next.text) && /[A-Z].*[A-Z]/.test(next.text) && lowerCase <= 1
    ? { start: next.start, end: next.end, text: next.text }
    : null;
}

/** "Ahl al-Kahf militia", "Al-Nujaba group": a lower-case organisation noun after the name. */
function organisationNounAfter(words: WordList, last: number): boolean {
  const next = lowerCaseWordAfter(words, last);
  return next >= 0 && ORGANISATION_NOUN_LIST.has(words.lowerAt(next));
}

/** Index of the run whose first word is `first`, or undefined: runs are in text order. */
function runStartingAt(runs: readonly Run[], first: number): number | undefined {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = (runs[mid] as Run).first;
    if (start === first) return mid;
    if (start < first) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/**
 * Index of the run after word `last`, one of `connectors` and "the": "Ministry of | Health", "Secretary
 * of | State Mike Pompeo"; undefined when there is none.
 */
function runAfterConnector(
  words: WordList,
  runs: readonly Run[],
  last: number,
  connectors: ShapedWordSet,
): number | undefined {
  const connector = words.at(last + 1);
  if (!connector || !connectors.has(connector.lower) || !connector.spaced) return undefined;
  let start = last + 2;
  if (words.at(start)?.lower === 'the') start++;
  return runStartingAt(runs, start);
}

/** Index of the run that completes "Ministry of | Health", "Bank of | America", or -1. */
function complementRun(words: WordList, runs: Run[], last: number): number {
  const run = runAfterConnector(words, runs, last, COMPLEMENT);
  if (run === undefined) return -1;
  const startWord = words.get((runs[run] as Run).first);
  if (startWord.paragraph !== words.paragraphOf(last + 1) || !startWord.spaced) return -1;
  const lastOfRun = words.get((runs[run] as Run).last);
  // "the Ministry of Health Ali Hassan" is rare; a person after the complement stays out of it.
  return isFirstName(startWord) || lastOfRun.allCaps ? -1 : run;
}

/** "Quds Force Soleimani": the index of the organisation word before a name at the end, or -1. */
function organisationHeadBeforeName(words: WordList, first: number, last: number): number {
  for (let k = last - 1; k > first; k--) {
    if (!isOrganisationHead(words.get(k))) continue;
    for (let i = k + 1; i <= last; i++) {
      const word = words.get(i);
      if (notNameWord(word) || isOrganisationHead(word)) return -1;
    }
    return k;
  }
  return -1;
}

/** Every word of the name can be part of a person's name, and there are at most five. */
function isName(words: WordList, first: number, last: number): boolean {
  if (first > last || last - first >= 5) return false;
  if (first === last && words.get(first).text.length < 2) return false;
  for (let i = first; i <= last; i++) {
    const word = words.get(i);
    if (isParticle(word) || (word.text.length === 1 && word.capitalised && word.period && i < last)) continue;
    if (notNameWord(word) || word.modifier) return false;
  }
  return true;
}

function titleText(text: string, words: WordList, first: number, last: number): string {
  const lastWord = words.get(last);
  return text.slice(words.get(first).start, lastWord.period ? lastWord.end + 1 : lastWord.end);
}

interface TitleContinuation {
  /** The runs taken into the title and name: one, or more joined by "and". */
  runs: number[];
  titleEnd: number;
  nameFirst: number;
  nameLast: number;
  places: Span[];
}

const AND_CONNECTOR = new ShapedWordSet(wordSet('and'));

/**
 * After a title with nothing after it, "of State Mike Pompeo" or "to Iraq Iraj Masjedi": the words of
 * the next run that complete the title (departments, places), then the name. A run that is all title
 * goes on after "and": "of International Trade | and Industry Hajime Tamura".
 */
function titleContinuation(
  text: string,
  words: WordList,
  runs: Run[],
  last: number,
): TitleContinuation | null {
  let runIndex = runAfterConnector(words, runs, last, TITLE_CONNECTORS);
  const taken: number[] = [];
  const places: Span[] = [];
  while (runIndex !== undefined) {
    const run = runs[runIndex] as Run;
    let i = run.first;
    while (i < run.last) {
      let placeEnd = -1;
      for (let j = Math.min(run.last - 1, i + 3); j >= i; j--) {
        if (knownPlace(wordsSpan(text, words, i, j).text)) {
          placeEnd = j;
          break;
        }
      }
      if (placeEnd >= 0) {
        places.push(wordsSpan(text, words, i, placeEnd));
        i = placeEnd + 1;
        continue;
      }
      if (continuesTitle(words.get(i))) {
        i++;
        continue;
      }
      break;
    }
    taken.push(runIndex);
    if (i === run.last && continuesTitle(words.get(i))) {
      runIndex = runAfterConnector(words, runs, run.last, AND_CONNECTOR);
      continue;
    }
    if (i === run.first || i > run.last) return null;
    return { runs: taken, titleEnd: words.get(i - 1).end, nameFirst: i, nameLast: run.last, places };
  }
  return null;
}

/** A word that completes a title after "of" or "to": a department, a nationality, an organisation word. */
function continuesTitle(word: Word): boolean {
  return DEPARTMENT_LIST.holds(word) || NATIONALITY_LIST.holds(word) || isOrganisationHead(word);
}

/** "in Al-Bab Al-Muzam", "near Tarmiyah", "the city of Fallujah". */
function placeCue(words: WordList, first: number): boolean {
  // Read from the list's numbers: the words before are asked only their lower case.
  const before = first - 1;
  if (before < 0 || words.paragraphOf(before) !== words.paragraphOf(first) || !words.isSpaced(first))
    return false;
  const lower = words.lowerAt(before);
  if (PLACE_PREPOSITION_LIST.has(lower)) return true;
  const noun = first - 2;
  return (
    lower === 'of' && noun >= 0 && PLACE_NOUN_LIST.has(words.lowerAt(noun)) && !words.isCapitalised(noun)
  );
}

const MINISTRY_SUBJECTS = new ShapedWordSet(
  wordSet(`
  health interior defence defense foreign finance oil education justice trade electricity transport
  agriculture labour labor environment culture information communications planning water housing
`),
);

const MINISTRY_FINGERPRINT = lowerCaseFingerprint('ministry');

/** "the health ministry", "the interior ministry": an organisation written in lower case. */
function lowerCaseMinistries(text: string, words: WordList): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 1; i < words.length; i++) {
    // Only a word that is not capitalised has a fingerprint, and few words but "ministry" have this one:
    // the others are compared in place, and only a "ministry" is made into a word.
    if (words.fingerprint(i) !== MINISTRY_FINGERPRINT || !words.lowerIs(i, 'ministry')) continue;
    const word = words.get(i);
    const subject = words.get(i - 1);
    if (!MINISTRY_SUBJECTS.has(subject.lower) || subject.capitalised || !word.spaced) continue;
    if (subject.paragraph !== word.paragraph) continue;
    found.push(organisation(wordsSpan(text, words, i - 1, i), null));
  }
  return found;
}
