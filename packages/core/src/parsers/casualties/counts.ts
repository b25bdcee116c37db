import { mayStartNumber, type NumberReading, readNumberAt } from '../../lexicon/numbers.js';
import { reportingLemmaOf } from '../../lexicon/reporting-verbs.js';
import { wordSet } from '../../lexicon/words.js';
import { isCapitalised } from '../incident/actors.js';
import { LastKeyCache } from '../incident/last-key-cache.js';
import { describesPerpetrators, type Word, wordsText } from '../incident/words.js';
import { OTHERS, PASSIVE_TRIGGERS } from './triggers.js';

/**
 * The count phrases of a sentence and the people they count: "at least 28 people", "three Chinese
 * citizens and their Pakistani driver", "a woman", "no one", with the conventions documented in
 * `../casualties.ts`.
 */

/** Heads of counted things that are never casualties: "seven missiles", "50 kilometres", "10 days". */
const THING_HEADS = new Set([
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'bomb',
  'bombs',
  'bombings',
  'blasts',
  'explosions',
  'shells',
  'mortars',
  'grenades',
  'shots',
  'rounds',
  'bullets',
  'kilometres',
  'kilometers',
  'km',
  'miles',
  'metres',
  'meters',
  'yards',
  'feet',
  'hours',
  'hour',
  'minutes',
  'minute',
  'days',
  'day',
  'weeks',
  'week',
  'months',
  'month',
  'years',
  'year',
  'times',
  'percent',
  'cent',
  'dollars',
  'vehicles',
  'cars',
  'buses',
  'trucks',
  'houses',
  'homes',
  'buildings',
  'places',
  'locations',
  'attacks',
  'cities',
  'villages',
  'churches',
  'hotels',
  'deputies',
  'seats',
  'votes',
  'attack',
  'blast',
  'explosion',
  'bombing',
  'shooting',
  'raid',
  'battle',
  'incident',
  'province',
  'city',
  'district',
  'area',
  'region',
  'village',
  'town',
]);

/** One person named with "the", no number: "the attacker was shot dead", "the other was wounded". */
const ONE_PERSON =
  /^(?:attacker|assailant|gunman|shooter|suspect|bomber|perpetrator|driver|victim|officer|policeman|policewoman|soldier|guard|man|woman|boy|girl|child|passenger|pilot|mayor|governor|journalist|civilian|teacher|priest|imam|other|knifeman|hijacker|militant|terrorist|owner|worker|student|guide|tourist|leader|commander|candidate)$/i;

const GENERIC_PEOPLE = new Set([
  'people',
  'persons',
  'others',
  'individuals',
  'victims',
  'casualties',
  'personnel',
]);

const STOP_NOMINAL = new Set([
  'including',
  'among',
  'and',
  'or',
  'but',
  'while',
  'when',
  'as',
  'after',
  'who',
  'which',
  'that',
]);

// Hoisted out of the loops that read every word: a literal there is a new object at each evaluation.
const STARTS_WITH_ASCII_LETTER = /^[a-z]/i;
const STARTS_WITH_LETTER = /^[\p{L}]/u;
const STARTS_WITH_LETTER_OR_APOSTROPHE = /^[\p{L}'’]/u;
const STARTS_WITH_DIGIT = /^\d/;
const FOUR_DIGITS = /^\d{4}$/;
const TIME_SEPARATOR = /^[:.]$/;
/** "10-15 people". */
const HYPHEN_RANGE = /^(\d+)[-–](\d+)$/;
const PLURAL_ENDING = /[^s]s$/i;
/** "the total", "a number of": a word after the determiner that makes it no single person. */
const GROUP_NOUNS = new Set([
  'total',
  'number',
  'few',
  'group',
  'series',
  'couple',
  'handful',
  'dozen',
  'lot',
  'host',
]);
const GENERIC_NOMINALS = new Set(['other', 'others', 'more', 'people', 'persons', 'year', 'old']);
const OF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'those', 'these', 'them', 'whom']);
const PEOPLE_ADJECTIVES = new Set(['injured', 'dead', 'wounded', 'killed']);
const PLURAL_NOUNS = new Set(['people', 'men', 'women', 'children', 'police']);
const LIVES_VERBS = new Set(['claimed', 'claiming', 'took', 'taking', 'cost', 'costing']);

export interface CountPhrase {
  from: number;
  /** First word after the number (and its modifiers). */
  to: number;
  count: number;
  min: number;
  max: number | null;
  approximate: boolean;
  /** "a man", "the attacker": one person, no number written. */
  implicit: boolean;
}

/**
 * Heads of counted nouns that are not people: animals and things go missing, die or are destroyed in the
 * same words ("the 30,000 emails that are missing", "killed 200 cattle"), but are no casualties.
 */
const NOT_PEOPLE = wordSet(`
  email emails file files document documents record records letter letters message messages laptop
  laptops computer computers phone phones car cars vehicle vehicles truck trucks bus buses boat boats
  ship ships plane planes aircraft helicopter helicopters tank tanks house houses home homes building
  buildings shop shops school schools tree trees acre acres hectare hectares
  animal animals cattle cow cows sheep goat goats pig pigs horse horses camel camels dog dogs cat cats
  bird birds chicken chickens fish livestock poultry
`);

/** The conjunct counts animals or things ("200 cattle"), not people. */
export function countsNoPeople(words: readonly Word[], conjunct: Conjunct): boolean {
  return conjunct.whoTo > conjunct.whoFrom && NOT_PEOPLE.has((words[conjunct.whoTo - 1] as Word).lower);
}

export interface Conjunct {
  phrase: CountPhrase;
  /** The people counted ("Iraqi civilians"), as word range; empty when none. */
  whoFrom: number;
  whoTo: number;
  end: number;
}

/** Words a count phrase can start with, besides numbers: modifiers and determiners. */
const COUNT_STARTS = new Set([
  'at',
  'more',
  'fewer',
  'less',
  'over',
  'above',
  'upwards',
  'up',
  'as',
  'under',
  'about',
  'around',
  'approximately',
  'roughly',
  'nearly',
  'almost',
  'some',
  'estimated',
  'close',
  'total',
  'another',
  'other',
  'all',
  'the',
  'further',
  'additional',
  'between',
  'no',
  'nobody',
  'none',
  'their',
  'his',
  'her',
  'its',
]);

export function mayStartCount(lower: string): boolean {
  return COUNT_STARTS.has(lower) || mayStartNumber(lower);
}

const SINGULAR_DETERMINERS = new Set(['a', 'an', 'another']);
const POSSESSIVES = new Set(['their', 'his', 'her', 'its', 'the']);

/** A count at `at`: modifiers, the number, a range; or one person named without a number. */
export function readCountPhrase(
  words: readonly Word[],
  at: number,
  afterTrigger: boolean,
): CountPhrase | null {
  const lowers = lowersOf(words);
  let j = at;
  let mode: 'exact' | 'atLeast' | 'moreThan' | 'about' | 'upTo' | 'fewerThan' = 'exact';
  const w0 = lowers[j];
  const w1 = lowers[j + 1];
  if (w0 === 'at' && (w1 === 'least' || w1 === 'most')) {
    mode = w1 === 'least' ? 'atLeast' : 'upTo';
    j += 2;
  } else if ((w0 === 'more' || w0 === 'fewer' || w0 === 'less') && w1 === 'than') {
    mode = w0 === 'more' ? 'moreThan' : 'fewerThan';
    j += 2;
  } else if (w0 === 'over' || w0 === 'above' || (w0 === 'upwards' && w1 === 'of')) {
    mode = 'moreThan';
    j += w0 === 'upwards' ? 2 : 1;
  } else if (w0 === 'up' && w1 === 'to') {
    mode = 'upTo';
    j += 2;
  } else if (w0 === 'as' && w1 === 'many' && lowers[j + 2] === 'as') {
    mode = 'upTo';
    j += 3;
  } else if (w0 === 'under') {
    mode = 'fewerThan';
    j += 1;
  } else if (
    w0 === 'about' ||
    w0 === 'around' ||
    w0 === 'approximately' ||
    w0 === 'roughly' ||
    w0 === 'nearly' ||
    w0 === 'almost' ||
    w0 === 'some' ||
    w0 === 'estimated'
  ) {
    mode = 'about';
    j += 1;
  } else if (w0 === 'an' && w1 === 'estimated') {
    mode = 'about';
    j += 2;
  } else if (w0 === 'close' && w1 === 'to') {
    mode = 'about';
    j += 2;
  }
  // "a total of 78", "another 20", "the 4 attackers", "all 4 attackers"
  if (lowers[j] === 'a' && lowers[j + 1] === 'total' && lowers[j + 2] === 'of') j += 3;
  else if (lowers[j] === 'total' && lowers[j + 1] === 'of') j += 2;
  if (
    (lowers[j] === 'another' ||
      lowers[j] === 'other' ||
      lowers[j] === 'all' ||
      lowers[j] === 'the' ||
      lowers[j] === 'further' ||
      lowers[j] === 'additional') &&
    numberAt(lowers, j + 1) !== null
  ) {
    j += 1;
  }
  const low = lowers[j] === 'between' ? numberAt(lowers, j + 1) : null;
  if (low) {
    const and = j + 1 + low.words;
    const high = lowers[and] === 'and' ? readNumberAt(lowers, and + 1) : null;
    if (high && high.value > low.value) {
      return {
        from: at,
        to: and + 1 + high.words,
        count: low.value,
        min: low.value,
        max: high.value,
        approximate: true,
        implicit: false,
      };
    }
  }

  // "10-15 people"
  const hyphenRange = startsWithDigit(lowers[j]) ? HYPHEN_RANGE.exec(lowers[j] as string) : null;
  if (hyphenRange && mode === 'exact') {
    const low = Number(hyphenRange[1]);
    const high = Number(hyphenRange[2]);
    if (high > low)
      return { from: at, to: j + 1, count: low, min: low, max: high, approximate: true, implicit: false };
  }

  const reading = numberAt(lowers, j);
  if (!reading) {
    if (j !== at) return null;
    return readImplicitOne(words, at, afterTrigger);
  }
  if (isDateOrTimeNumber(words, j, reading.value)) return null;
  // "a man aged 30 was wounded", "shot an 18 year old man dead": an age, not a count.
  if (j === at && lowers[at - 1] === 'aged') return null;
  if (isAgeAt(lowers, j + reading.words)) return null;
  // "Jane Doe, 43, was killed": an age between commas.
  const named = words[at - 2] !== undefined && isCapitalised(words[at - 2] as Word);
  if (
    j === at &&
    named &&
    words[at - 1]?.text === ',' &&
    words[j + reading.words]?.text === ',' &&
    reading.value < 120
  ) {
    return null;
  }
  let to = j + reading.words;
  let { value } = reading;
  let min = value;
  let max: number | null = reading.open ? null : value;
  let approximate = reading.approximate;
  // "10 to 15", "Six to Nine", "two or three"
  const joiner = lowers[to];
  const joined = joiner === 'to' || joiner === 'or' || joiner === '-' || joiner === '–';
  const high = joined ? numberAt(lowers, to + 1) : null;
  if (high && high.value > value && !isDateOrTimeNumber(words, to + 1, high.value)) {
    max = high.value;
    approximate = true;
    to = to + 1 + high.words;
  }
  switch (mode) {
    case 'atLeast':
      max = null;
      break;
    case 'moreThan':
      min = value + 1;
      max = null;
      break;
    case 'upTo':
      min = 0;
      max = value;
      approximate = true;
      break;
    case 'fewerThan':
      min = 0;
      max = Math.max(0, value - 1);
      approximate = true;
      break;
    case 'about':
      approximate = true;
      break;
    default:
      break;
  }
  if (value < 0) value = 0;
  return { from: at, to, count: value, min, max, approximate, implicit: false };
}

const lowerCache = new LastKeyCache<readonly Word[], string[]>();

/** The lower-case words of a sentence, computed once per sentence (phrases are read at every word). */
function lowersOf(words: readonly Word[]): string[] {
  const cached = lowerCache.read(words);
  if (cached) return cached;
  return lowerCache.remember(
    words,
    words.map((word) => word.lower),
  );
}

/** The number at `at`, as `readNumberAt` reads it, but "a" or "an" only in "a dozen". */
function numberAt(lowers: readonly string[], at: number): NumberReading | null {
  const word = lowers[at];
  if (word === undefined) return null;
  if ((word === 'a' || word === 'an') && lowers[at + 1] !== 'dozen') return null;
  return readNumberAt(lowers, at);
}

function startsWithDigit(word: string | undefined): boolean {
  const code = word === undefined ? -1 : word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

const MONTHS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?$/i;

/** "January 3, 2019", "in 2014", "on 26 August", "at 22:40": numbers of a date or time. */
function isDateOrTimeNumber(words: readonly Word[], at: number, value: number): boolean {
  const previous = words[at - 1]?.text ?? '';
  const next = words[at + 1]?.text ?? '';
  if (MONTHS.test(previous) || MONTHS.test(next)) return true;
  if (value >= 1900 && value <= 2100 && FOUR_DIGITS.test(words[at]?.text ?? '')) return true;
  return TIME_SEPARATOR.test(next) && STARTS_WITH_DIGIT.test(words[at + 2]?.text ?? '');
}

/** "a woman was stabbed to death", "killing the driver": one person, no number. */
function readImplicitOne(words: readonly Word[], at: number, afterTrigger: boolean): CountPhrase | null {
  const word = words[at];
  if (!word) return null;
  if (word.lower === 'no' || word.lower === 'nobody' || word.lower === 'none') {
    // "no one was hurt", "No 1 was injured"
    const one = word.lower === 'no' && (words[at + 1]?.lower === 'one' || words[at + 1]?.lower === '1');
    return { from: at, to: at + (one ? 2 : 1), count: 0, min: 0, max: 0, approximate: false, implicit: true };
  }
  const isDeterminer =
    SINGULAR_DETERMINERS.has(word.lower) ||
    (word.lower === 'the' && !afterTrigger) ||
    (afterTrigger && POSSESSIVES.has(word.lower));
  if (!isDeterminer) return null;
  const next = words[at + 1];
  if (!next || !STARTS_WITH_ASCII_LETTER.test(next.text)) return null;
  if (word.lower === 'the' || POSSESSIVES.has(word.lower)) {
    const nominal = readNominal(words, at + 1);
    const head = words[nominal.whoTo - 1];
    if (nominal.whoTo === nominal.whoFrom || !head || !ONE_PERSON.test(head.text)) return null;
  }
  if (GROUP_NOUNS.has(next.lower)) return null;
  return { from: at, to: at + 1, count: 1, min: 1, max: 1, approximate: false, implicit: true };
}

/** `STARTS_WITH_LETTER_OR_APOSTROPHE`, with ASCII read by its code: the Unicode pattern is slower. */
export function startsWithLetterOrApostrophe(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 0x80) return STARTS_WITH_LETTER_OR_APOSTROPHE.test(word);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x27;
}

/** The people a count applies to, after it: "Iraqi civilians", "of its members", "others". */
function readNominal(words: readonly Word[], from: number): { whoFrom: number; whoTo: number; end: number } {
  let end = from;
  let nominal = 0;
  while (end < words.length && nominal < 7) {
    const word = words[end] as Word;
    if (STOP_NOMINAL.has(word.lower) || PASSIVE_TRIGGERS[word.lower] !== undefined) break;
    const fitsNoun = word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'ADJ' || word.pos === 'NUM';
    if (!fitsNoun && !GENERIC_NOMINALS.has(word.lower)) break;
    const isWord = startsWithLetterOrApostrophe(word.text) && word.text !== '’s' && word.text !== "'s";
    if (!isWord) break;
    end++;
    nominal++;
  }
  // "three of its members", "one of the injured", "dozens of people"
  if (words[end]?.lower === 'of') {
    let j = end + 1;
    const det = words[j]?.lower;
    if (det && OF_DETERMINERS.has(det)) j++;
    const numberWords = words.slice(j, j + 3).map((word) => word.lower);
    const inner = readNumberAt(numberWords, 0);
    if (inner) j += inner.words;
    const startOfPeople = j;
    let k = j;
    while (k < words.length && k - startOfPeople < 6) {
      const word = words[k] as Word;
      const isPeopleAdjective = k === startOfPeople && PEOPLE_ADJECTIVES.has(word.lower);
      if (!isPeopleAdjective && (STOP_NOMINAL.has(word.lower) || PASSIVE_TRIGGERS[word.lower] !== undefined))
        break;
      if (!STARTS_WITH_LETTER.test(word.text)) break;
      if (!isPeopleAdjective && word.pos !== 'NOUN' && word.pos !== 'PROPN' && word.pos !== 'ADJ') break;
      k++;
    }
    if (det === 'them' || det === 'whom') return { whoFrom: end + 1, whoTo: j, end: j };
    if (k > startOfPeople) return { whoFrom: end + 1, whoTo: k, end: k };
  }
  return { whoFrom: from, whoTo: end, end };
}

/** The conjuncts counted together: "Six soldiers, 6 civilians and a police officer". */
export function readList(words: readonly Word[], first: CountPhrase): Conjunct[] | null {
  const head = readNominal(words, first.to);
  if (first.implicit && first.count > 0 && head.whoTo === head.whoFrom) return null;
  if (isThing(words, head.whoFrom, head.whoTo)) return null;
  const list: Conjunct[] = [{ phrase: first, ...head }];
  let end = head.end;
  for (let guard = 0; guard < 8; guard++) {
    let next = end;
    if (words[next]?.text === ',') next++;
    if (words[next]?.lower === 'and') next++;
    else if (
      words[next]?.lower === 'as' &&
      words[next + 1]?.lower === 'well' &&
      words[next + 2]?.lower === 'as'
    )
      next += 3;
    if (next === end) break;
    const phrase = readCountPhrase(words, next, true);
    if (!phrase || phrase.count === 0) break;
    // "injured 12 people, three of them seriously": a subset, not more people.
    if (words[phrase.to]?.lower === 'of') break;
    const nominal = readNominal(words, phrase.to);
    if (nominal.whoTo === nominal.whoFrom || isThing(words, nominal.whoFrom, nominal.whoTo)) break;
    // "their Pakistani driver" must be one person: a plural noun after a possessive is no count.
    if (phrase.implicit && isPlural(words[nominal.whoTo - 1] as Word)) break;
    // "killed ..., 12 other people became injured": "others" starts a new group, it adds nothing.
    if (words.slice(nominal.whoFrom, nominal.whoTo).some((word) => OTHERS.has(word.lower))) break;
    // "wounding at least 20, a local official said": the source of the report, not one more victim.
    const after = words[nominal.end]?.lower;
    if (after !== undefined && reportingLemmaOf(after) !== null) break;
    list.push({ phrase, ...nominal });
    end = nominal.end;
  }
  return list;
}

function isThing(words: readonly Word[], from: number, to: number): boolean {
  if (to <= from) return false;
  const headWord = words[to - 1] as Word;
  return THING_HEADS.has(headWord.lower) || (to - from === 1 && THING_HEADS.has((words[from] as Word).lower));
}

function isPlural(word: Word): boolean {
  return PLURAL_ENDING.test(word.text) || PLURAL_NOUNS.has(word.lower);
}

export function lastHeadIsLives(words: readonly Word[], conjunct: Conjunct): boolean {
  return conjunct.whoTo > conjunct.whoFrom && (words[conjunct.whoTo - 1] as Word).lower === 'lives';
}

export function isLivesVerb(word: Word | undefined): boolean {
  return word !== undefined && LIVES_VERBS.has(word.lower);
}

interface VictimGroup {
  count: number;
  min: number;
  max: number | null;
  approximate: boolean;
  who: string | null;
}

/**
 * Sums the conjuncts ("three Chinese citizens and their Pakistani driver" = 4), keeping the attackers
 * apart ("32 people and 3 suicide bombers were killed" gives 32 and 3), and reads a breakdown as one
 * count ("40 people, 6 security personnel and 34 civilians, were killed" is 40).
 */
export function splitVictims(text: string, words: readonly Word[], list: Conjunct[]): VictimGroup[] {
  const first = list[0] as Conjunct;
  const rest = list.slice(1);
  const last = list[list.length - 1] as Conjunct;
  // A breakdown names everyone first ("40 people") or closes with a comma; "Five soldiers, 4 civilians
  // and a police officer were killed" is a sum even though 4 + 1 = 5.
  const firstHead = first.whoTo > first.whoFrom ? (words[first.whoTo - 1] as Word).lower : '';
  // The closing comma counts only when the first group could hold the others: "three policemen, a soldier
  // and two civilians, officials said" is six people, although 1 + 2 = 3.
  const namesEveryone =
    GENERIC_PEOPLE.has(firstHead) ||
    (words[last.end]?.text === ',' && !restNameOtherGroups(words, rest, firstHead));
  if (
    namesEveryone &&
    rest.length >= 2 &&
    rest.reduce((sum, item) => sum + item.phrase.count, 0) === first.phrase.count
  ) {
    return [groupOf(text, words, [first])];
  }
  const victims: Conjunct[] = [];
  const attackers: Conjunct[] = [];
  for (const item of list) {
    if (describesPerpetrators(whoText(text, words, item))) attackers.push(item);
    else victims.push(item);
  }
  const groups: VictimGroup[] = [];
  if (victims.length > 0) groups.push(groupOf(text, words, victims));
  if (attackers.length > 0) groups.push(groupOf(text, words, attackers));
  return groups;
}

/** Every later group is named by a head word of its own ("a soldier", "two civilians"), none like the first. */
function restNameOtherGroups(words: readonly Word[], rest: readonly Conjunct[], firstHead: string): boolean {
  return rest.every((item) => {
    if (item.whoTo <= item.whoFrom) return false;
    const head = (words[item.whoTo - 1] as Word).lower;
    return head !== firstHead && !firstHead.startsWith(head.replace(/s$/, '')) && !GENERIC_PEOPLE.has(head);
  });
}

/** Words that say nothing about who the casualties were ("over 100 more", "four others"). */
const EMPTY_WHO = new Set(['more', 'other', 'others', 'lives', 'one']);

function whoText(text: string, words: readonly Word[], item: Conjunct): string | null {
  let from = item.whoFrom;
  let to = item.whoTo;
  // "claimed 7 civilians lives": the people are the civilians.
  while (to > from && EMPTY_WHO.has((words[to - 1] as Word).lower)) to--;
  // "the attacker", "a woman": the determiner is part of how the text names one person.
  if (item.phrase.implicit && item.phrase.count === 1 && from === item.phrase.to) from = item.phrase.from;
  return to > from ? wordsText(text, words, from, to) : null;
}

function groupOf(text: string, words: readonly Word[], items: Conjunct[]): VictimGroup {
  let count = 0;
  let min = 0;
  let max: number | null = 0;
  let approximate = false;
  for (const item of items) {
    count += item.phrase.count;
    min += item.phrase.min;
    max = max === null || item.phrase.max === null ? null : max + item.phrase.max;
    approximate ||= item.phrase.approximate;
  }
  const first = items[0] as Conjunct;
  const last = items[items.length - 1] as Conjunct;
  let who: string | null = null;
  if (items.length === 1) who = whoText(text, words, first);
  else if (first.whoTo === first.whoFrom && last.whoTo === last.whoFrom) who = null;
  else {
    const from = first.whoTo > first.whoFrom ? first.whoFrom : first.phrase.from;
    who = wordsText(text, words, from, last.whoTo > last.whoFrom ? last.whoTo : last.end);
  }
  return { count, min, max, approximate, who: who && who.length > 0 ? who : null };
}

/** "year old", "years old", "-year-old" at `index`: the number before it is an age. */
function isAgeAt(lowers: readonly (string | undefined)[], index: number): boolean {
  let at = index;
  if (lowers[at] === '-') at++;
  if (lowers[at] !== 'year' && lowers[at] !== 'years') return false;
  if (lowers[at + 1] === '-') at++;
  return lowers[at + 1] === 'old';
}
