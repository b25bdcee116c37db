import { startsLowerCase, startsUpperCase } from '../../characters.js';
import type { Token } from '../../nlp.js';
import { textLength, wordListTest } from '../../token-words.js';

/** A token range, `last` inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);
/** Prepositions that stay inside a speaker's noun phrase: "a spokesman for the ministry", "sources close to". */
const NOUN_PHRASE_PREPOSITIONS = new Set(['of', 'for', 'to', 'at', 'from', 'in', 'with', 'on']);
/** "said Tuesday" names a day, not a speaker. */
const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'last',
  'this',
  'next',
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'then',
  'again',
  'also',
  'repeatedly',
  'recently',
  'previously',
  'separately',
]);
/** The longest speaker phrase read: "the commander of Iran’s Islamic Revolutionary Guards Corps Hossein Salami". */
export const MAX_SPEAKER_TOKENS = 16;
/** How far back an appositive subject is looked for: "Jane Roe, an economist who ..., said". */
const MAX_APPOSITIVE_TOKENS = 40;
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom']);
/**
 * Words that open the clause holding the subject ("officials said that Roe, the mayor, ..."). Other
 * conjunctions may sit inside an appositive ("speaking anonymously because they were not authorised").
 */
const CLAUSE_INTRODUCERS = new Set(['that', 'whether', 'if']);
/** Words that stand for a group of speakers on their own: "many said", "others say". */
export const QUANTIFIER_HEADS = new Set(['many', 'some', 'others', 'several', 'most', 'few', 'both', 'all']);
/**
 * Bare nouns that can stand as an inverted speaker ("..., said officials"); any other bare noun after a
 * verb is its object ("claimed responsibility").
 */
const BARE_SPEAKER_NOUNS = new Set([
  'people',
  'officials',
  'sources',
  'witnesses',
  'police',
  'analysts',
  'experts',
  'residents',
  'aides',
  'observers',
  'investigators',
  'prosecutors',
  'authorities',
  'diplomats',
  'critics',
  'officers',
]);

/** "many", "officials", "people": a group that speaks, whatever the tagger made of the word. */
const isGroupWord = wordListTest(QUANTIFIER_HEADS, BARE_SPEAKER_NOUNS);
const isBareSpeakerNoun = wordListTest(BARE_SPEAKER_NOUNS);
const isSpeakerPronoun = wordListTest(SPEAKER_PRONOUNS);
const isPossessivePronoun = wordListTest(POSSESSIVE_PRONOUNS);
const isNounPhrasePreposition = wordListTest(NOUN_PHRASE_PREPOSITIONS);

export const lower = (token: Token | undefined) => (token ? token.text.toLowerCase() : '');
export const attached = (left: Token | undefined, right: Token | undefined) =>
  left !== undefined && right !== undefined && left.end === right.start;

/**
 * `lower(token) === lowerCaseWord` for a lower-case ASCII word, compared by character code without
 * building the lower-cased copy. A character past ASCII (the Kelvin sign lower-cases to "k") sends the
 * comparison to `toLowerCase`.
 */
export function isWord(token: Token | undefined, lowerCaseWord: string): boolean {
  if (token === undefined || textLength(token) !== lowerCaseWord.length) return false;
  const { text } = token;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    let code = text.charCodeAt(index);
    if (code >= 0x80) return text.toLowerCase() === lowerCaseWord;
    if (code >= 0x41 && code <= 0x5a) code |= 0x20;
    if (code !== lowerCaseWord.charCodeAt(index)) return false;
  }
  return true;
}

/**
 * `lower(token).endsWith('ing')`, read from the last three characters. Only ASCII letters lower-case to
 * "i", "n" or "g" ("İ" becomes two characters, neither of them "i"), so other endings answer false.
 */
export function endsWithIng(text: string): boolean {
  const length = text.length;
  return (
    length >= 3 &&
    (text.charCodeAt(length - 3) | 0x20) === 0x69 &&
    (text.charCodeAt(length - 2) | 0x20) === 0x6e &&
    (text.charCodeAt(length - 1) | 0x20) === 0x67
  );
}

/** `token.text === mark` for a one-character mark: a word is ruled out by its length, unread. */
export function isMark(token: Token | undefined, mark: string): boolean {
  return token !== undefined && textLength(token) === 1 && token.text === mark;
}

/** A one-character token among `marks` ("“”"): a word is ruled out by its length, unread. */
export function isMarkOf(token: Token | undefined, marks: string): boolean {
  return token !== undefined && textLength(token) === 1 && marks.includes(token.text);
}

/**
 * A word of a name: tagged PROPN, or capitalised inside a sentence, since the tagger reads some names
 * as verbs, nouns or auxiliaries ("Josh Earnest", "Lynch said", "said Will Doyle").
 */
export function isNameToken(tokens: readonly Token[], index: number, nextToVerb = false): boolean {
  const token = tokens[index];
  if (!token) return false;
  const pos = token.pos;
  if (pos === 'PROPN') return true;
  if (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'ADV' && pos !== 'AUX') return false;
  if (!startsUpperCase(token.text)) return false;
  // Just before a reporting verb a capitalised word is the speaker even at a sentence start ("Lynch
  // said"), but not a participle ("Having said that, ...").
  if (nextToVerb) return !endsWithIng(token.text);
  const previous = tokens[index - 1];
  if (previous === undefined || previous.sentence !== token.sentence) return false;
  if (!isMarkOf(previous, '.!?“"‘«:')) return true;
  // After a closing mark ("...,” Lynch said) the sentence goes on.
  return isMarkOf(previous, '”"') && isMarkOf(tokens[index - 2], ',!?');
}

function isNounPhraseToken(tokens: readonly Token[], index: number, nearestHead: boolean): boolean {
  const token = tokens[index] as Token;
  // These tags always belong to the phrase: answered before the dearer name and group tests.
  switch (token.pos) {
    case 'PROPN':
    case 'NOUN':
    case 'NUM':
    case 'DET':
    case 'ADJ':
    case 'PART':
      return true;
  }
  if (isNameToken(tokens, index, nearestHead)) return true;
  if (isGroupWord(token)) return true;
  switch (token.pos) {
    case 'PRON':
      return nearestHead ? isSpeakerPronoun(token) : isPossessivePronoun(token);
    case 'PUNCT':
      // "Iran-backed", "(IRGC)", "U.S.": marks inside a name or between a name and its acronym.
      return (
        (token.text === '-' && attached(tokens[index - 1], token) && attached(token, tokens[index + 1])) ||
        token.text === '(' ||
        token.text === ')'
      );
    case 'VERB':
      return attached(tokens[index - 1], token) && tokens[index - 1]?.text === '-';
    default:
      return false;
  }
}

const isEdgeAtStart = (pos: string) => pos === 'ADP' || pos === 'CCONJ' || pos === 'PUNCT' || pos === 'SCONJ';
const isEdgeAtEnd = (pos: string) => pos === 'ADP' || pos === 'CCONJ' || pos === 'DET' || pos === 'PUNCT';

/** Trims prepositions, determiners-without-nouns and brackets left at the ends of a walked phrase. */
function tidy(tokens: readonly Token[], first: number, last: number): TokenRange | null {
  while (first <= last && isEdgeAtStart((tokens[first] as Token).pos)) first++;
  while (first <= last && isEdgeAtEnd((tokens[last] as Token).pos)) {
    if ((tokens[last] as Token).text === ')') break;
    last--;
  }
  if (first > last) return null;
  for (let index = first; index <= last; index++) {
    const pos = (tokens[index] as Token).pos;
    const head = pos === 'NOUN' || pos === 'PRON' || pos === 'NUM' || isGroupWord(tokens[index] as Token);
    if (head || isNameToken(tokens, index, index === last)) {
      return { first, last };
    }
  }
  return null;
}

const DAY_LEAD_INS = new Set(['on', 'last', 'this', 'early', 'late']);
const isTimeWord = wordListTest(TIME_WORDS);
const isDayLeadIn = wordListTest(DAY_LEAD_INS);

/** The subject noun phrase ending just before the verb, past adverbs and auxiliaries ("he has also said"). */
export function speakerBefore(tokens: readonly Token[], verbFirst: number, floor: number): TokenRange | null {
  let index = verbFirst - 1;
  while (
    index >= Math.max(floor, verbFirst - 4) &&
    ((tokens[index] as Token).pos === 'ADV' ||
      (tokens[index] as Token).pos === 'AUX' ||
      isWord(tokens[index], 'not') ||
      isWord(tokens[index], "n't"))
  ) {
    index--;
  }
  // "Trump on Tuesday said", "a report published Wednesday said": the day is not the speaker.
  if (index >= floor && isTimeWord(tokens[index])) {
    index--;
    while (index >= floor && isDayLeadIn(tokens[index])) index--;
  }
  if (index < floor) return null;
  if (isMark(tokens[index], ',')) return speakerBeforeAppositive(tokens, index, floor);
  return nounPhraseEndingAt(tokens, index, floor);
}

/** The noun phrase whose last token is `last`, walking left: "Sources close to Iran-backed militias". */
function nounPhraseEndingAt(tokens: readonly Token[], last: number, floor: number): TokenRange | null {
  if (isMark(tokens[last], ')')) {
    // "Sen. Jane Roe (R-Ga.) said": the party and state in brackets are not part of the name.
    let open = last - 1;
    while (open >= Math.max(floor, last - 8) && !isMark(tokens[open], '(')) open--;
    if (open >= floor && isMark(tokens[open], '(')) last = open - 1;
    if (last < floor) return null;
  }
  if (!isNounPhraseToken(tokens, last, true)) return null;
  if ((tokens[last] as Token).pos === 'PRON') return { first: last, last };
  let first = last;
  while (first - 1 >= floor && last - first < MAX_SPEAKER_TOKENS) {
    const candidate = first - 1;
    const token = tokens[candidate] as Token;
    if (token.pos === 'ADP' && isNounPhrasePreposition(token)) {
      // "sources close to militias", "a spokesman for the ministry": go on past the preposition.
      const before = tokens[candidate - 1];
      if (
        candidate - 1 >= floor &&
        before &&
        (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'ADJ')
      ) {
        first = candidate;
        continue;
      }
      break;
    }
    if (token.pos === 'CCONJ' && isWord(token, 'and') && tokens[candidate - 1]?.pos === 'PROPN') {
      first = candidate;
      continue;
    }
    if (!isNounPhraseToken(tokens, candidate, false)) break;
    first = candidate;
    if (token.pos === 'PRON') break;
  }
  return tidy(tokens, first, last);
}

const isRelativeOrThat = wordListTest(RELATIVE_PRONOUNS, new Set(['that']));
const isClauseIntroducer = wordListTest(CLAUSE_INTRODUCERS);

/** True when the tokens read as a clause of their own ("the plan failed"), not an appositive. */
function isClause(tokens: readonly Token[], first: number, last: number): boolean {
  // "wearing a campaign T-shirt", "speaking on condition of anonymity because they were not
  // authorised": a participle phrase describes the speaker.
  const head = tokens[first] as Token;
  if (head.pos === 'VERB' && /(?:ing|ed)$/.test(lower(head))) return false;
  for (let index = first; index <= last; index++) {
    const token = tokens[index] as Token;
    if (isRelativeOrThat(token)) return false;
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !endsWithIng(token.text)) {
      // "Iran-backed" is a modifier and "to file suit" an infinitive, not the verb of a clause.
      if (!attached(tokens[index - 1], token) && !isWord(tokens[index - 1], 'to')) return true;
    }
  }
  return false;
}

function isNameRun(tokens: readonly Token[], first: number, last: number): boolean {
  if (last < first || last - first > 5) return false;
  for (let index = first; index <= last; index++) {
    const token = tokens[index] as Token;
    if (token.pos !== 'PROPN' && !(isMark(token, '.') || isMark(token, '-'))) return false;
  }
  return true;
}

/**
 * The subject before an appositive: "Richard Roe, director of the institute, said", "the campaign
 * chairman, Phil Lovas, said", "Jane Doe, 59, of Springfield, Va., said". The comma-separated chunks
 * before the verb are read back to the last one that is a clause of its own ("The plan failed, Roe,
 * a spokesman, said"); the chunk after it is the subject, or the name that follows it when it names no
 * one itself.
 */
function speakerBeforeAppositive(tokens: readonly Token[], comma: number, floor: number): TokenRange | null {
  const bound = Math.max(floor, comma - MAX_APPOSITIVE_TOKENS);
  const commas: number[] = [comma];
  let start = bound;
  for (let index = comma - 1; index >= bound; index--) {
    const token = tokens[index] as Token;
    if (isMark(token, ',')) commas.push(index);
    else if (
      isMark(token, ';') ||
      isMark(token, ':') ||
      isClauseIntroducer(token) ||
      isMarkOf(token, '“”"«»')
    ) {
      start = index + 1;
      break;
    }
  }
  // Chunks from left to right: [start, commas[last] - 1], ..., [commas[1] + 1, comma - 1].
  commas.reverse();
  const chunks: TokenRange[] = [];
  let chunkStart = start;
  for (const at of commas) {
    if (at > chunkStart) chunks.push({ first: chunkStart, last: at - 1 });
    chunkStart = at + 1;
  }
  if (chunks.length < 2) return null;
  let subject = 0;
  for (let index = chunks.length - 1; index >= 0; index--) {
    const chunk = chunks[index] as TokenRange;
    if (isClause(tokens, chunk.first, chunk.last)) {
      subject = index + 1;
      break;
    }
  }
  const chunk = chunks[subject];
  if (!chunk || subject === chunks.length - 1) return null;
  // "..., and Brian Deese, the adviser, said": the conjunction opens the chunk, not the name.
  while (chunk.first < chunk.last && (tokens[chunk.first] as Token).pos === 'CCONJ') chunk.first++;
  const phrase = nounPhraseEndingAt(tokens, chunk.last, chunk.first);
  if (!phrase || phrase.first !== chunk.first) return null;
  const next = chunks[subject + 1] as TokenRange;
  // "A spokesman for the Taliban, Zabihullah Mujahid, said": the role names nobody; the name does.
  let headLast = phrase.first;
  while (headLast < phrase.last && (tokens[headLast + 1] as Token).pos !== 'ADP') headLast++;
  let namesSomeone = false;
  for (let index = phrase.first; index <= headLast && !namesSomeone; index++) {
    const pos = (tokens[index] as Token).pos;
    namesSomeone = pos === 'PROPN' || pos === 'PRON';
  }
  if (!namesSomeone && isNameRun(tokens, next.first, next.last)) return next;
  return phrase;
}

/**
 * The speaker after an inverted verb: "said Zebari, a leader ...", "added a senior official".
 *
 * @param anyNoun - any noun may head it ("according to people close to the campaign"); after other
 *   verbs a bare noun is an object ("claimed responsibility")
 */
/**
 * "said mayor Ilse Brandt", "said police spokesman Tomas Ruel": up to three lower-case nouns (a role),
 * then a name. A noun after the verb is otherwise no speaker ("said things", "said Tuesday").
 */
function rolesThenName(tokens: readonly Token[], first: number, ceiling: number): boolean {
  for (let index = first; index <= Math.min(ceiling, first + 3); index++) {
    const token = tokens[index] as Token;
    if (token.pos === 'PROPN') return index > first;
    if (token.pos !== 'NOUN' || !startsLowerCase(token.text)) return false;
  }
  return false;
}

/**
 * "said its spokesman Omar Dak", "said his lawyer.": a possessive before the speaker's role, which a
 * name or the end of the clause follows. "say their work is proceeding" names what was said, not who said it.
 */
function possessiveSpeaker(tokens: readonly Token[], possessive: number, ceiling: number): boolean {
  let index = possessive + 1;
  while (index <= ceiling && index - possessive <= 3 && (tokens[index] as Token).pos === 'NOUN') index++;
  if (index === possessive + 1) return false;
  const after = tokens[index];
  return index > ceiling || after === undefined || after.pos === 'PROPN' || after.pos === 'PUNCT';
}

export function speakerAfter(
  tokens: readonly Token[],
  verbLast: number,
  ceiling: number,
  anyNoun = false,
): TokenRange | null {
  const first = verbLast + 1;
  if (first > ceiling) return null;
  const head = tokens[first] as Token;
  if (isTimeWord(head)) return null;
  if (!anyNoun && head.pos === 'NOUN' && !isBareSpeakerNoun(head) && !rolesThenName(tokens, first, ceiling)) {
    return null;
  }
  const possessive =
    head.pos === 'PRON' && isPossessivePronoun(head) && possessiveSpeaker(tokens, first, ceiling);
  let last = possessive ? first : first - 1;
  while (last + 1 <= ceiling && last + 1 - first < MAX_SPEAKER_TOKENS) {
    const candidate = last + 1;
    const token = tokens[candidate] as Token;
    if (token.pos === 'ADP' && isNounPhrasePreposition(token) && last >= first) {
      const after = tokens[candidate + 1];
      if (
        candidate + 1 <= ceiling &&
        after &&
        (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'DET' || after.pos === 'ADJ')
      ) {
        last = candidate;
        continue;
      }
      break;
    }
    if (!isNounPhraseToken(tokens, candidate, last < first)) break;
    if (token.pos === 'PRON' && last >= first) break;
    if (last >= first && isTimeWord(token)) break;
    last = candidate;
    if (token.pos === 'PRON') break;
  }
  return last >= first ? tidy(tokens, first, last) : null;
}
