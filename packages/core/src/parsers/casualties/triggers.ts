import { wordTable } from '../../lexicon/word-table.js';
import type { CasualtyKind } from '../../types.js';
import { type Word, wordsText } from '../incident/words.js';

/**
 * The words that say what happened to the people counted: "were killed", "killing", "the arrest of",
 * "the toll rose to", and the words that may stand between them and the count.
 */

/** Words that, after the people counted, say what happened to them. */
export const PASSIVE_TRIGGERS: Readonly<Record<string, CasualtyKind>> = wordTable({
  killed: 'killed',
  dead: 'killed',
  died: 'killed',
  die: 'killed',
  dies: 'killed',
  murdered: 'killed',
  slain: 'killed',
  perished: 'killed',
  beheaded: 'killed',
  deaths: 'killed',
  fatalities: 'killed',
  succumbed: 'killed',
  injured: 'injured',
  wounded: 'injured',
  hurt: 'injured',
  injuries: 'injured',
  hospitalised: 'injured',
  hospitalized: 'injured',
  missing: 'missing',
  kidnapped: 'kidnapped',
  abducted: 'kidnapped',
  arrested: 'arrested',
  detained: 'arrested',
  apprehended: 'arrested',
});

export const NOUN_TRIGGERS = new Set(['deaths', 'fatalities', 'injuries', 'dead', 'wounded', 'injured']);

/** Words that start a new group rather than add to one: "and 12 others were injured". */
export const OTHERS = new Set(['other', 'others', 'more']);

/** Verbs and nouns that, before the people counted, say what happened to them. */
const ACTIVE_TRIGGERS: Readonly<Record<string, CasualtyKind>> = wordTable({
  killing: 'killed',
  killed: 'killed',
  kill: 'killed',
  kills: 'killed',
  murdering: 'killed',
  murdered: 'killed',
  injuring: 'injured',
  injured: 'injured',
  injure: 'injured',
  injures: 'injured',
  wounding: 'injured',
  wounded: 'injured',
  wound: 'injured',
  wounds: 'injured',
  hurting: 'injured',
  abducting: 'kidnapped',
  abducted: 'kidnapped',
  abduct: 'kidnapped',
  kidnapping: 'kidnapped',
  kidnapped: 'kidnapped',
  kidnap: 'kidnapped',
  arresting: 'arrested',
  arrested: 'arrested',
  detaining: 'arrested',
  detained: 'arrested',
});

/** "the deaths of 2 people", "the arrest of three of its members". */
const NOUN_OF_TRIGGERS: Readonly<Record<string, CasualtyKind>> = wordTable({
  death: 'killed',
  deaths: 'killed',
  killing: 'killed',
  killings: 'killed',
  murder: 'killed',
  murders: 'killed',
  wounding: 'injured',
  injuring: 'injured',
  arrest: 'arrested',
  arrests: 'arrested',
  detention: 'arrested',
  abduction: 'kidnapped',
  kidnapping: 'kidnapped',
});

/** Between the people counted and the casualty word: "were", "have been", "are feared", "also". */
const LINKING_WORDS = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'got',
  'get',
  'became',
  'become',
  'remain',
  'remained',
  'remain',
  'also',
  'reportedly',
  'later',
  'all',
  'both',
  'initially',
  'confirmed',
  'reported',
  'feared',
  'believed',
  'thought',
  'to',
  'seriously',
  'critically',
  'slightly',
  'lightly',
  'fatally',
  'badly',
  'severely',
  'allegedly',
  'subsequently',
  'eventually',
  'immediately',
  'then',
  'now',
  'each',
  'officially',
  'moderately',
  'gravely',
  'mortally',
  'grievously',
  'reported',
  'likely',
  'presumed',
]);

/** Words without which a sentence reports no casualty: most sentences are skipped on this test. */
const CASUALTY_HINTS = new Set([
  ...Object.keys(PASSIVE_TRIGGERS),
  ...Object.keys(ACTIVE_TRIGGERS),
  ...Object.keys(NOUN_OF_TRIGGERS),
  'toll',
  'shot',
  'stabbed',
  'stabbing',
  'shooting',
  'lost',
  'lives',
  'sustained',
  'suffered',
  'received',
  'hostage',
  'custody',
]);

export function mentionsCasualties(words: readonly Word[]): boolean {
  for (const word of words) if (CASUALTY_HINTS.has(word.lower)) return true;
  return false;
}

export interface ActiveTrigger {
  kind: CasualtyKind;
  at: number;
  verb: string;
}

/** The casualty verb or noun right before a count: "killing at least 30", "the arrest of three". */
export function activeTriggerBefore(words: readonly Word[], at: number): ActiveTrigger | null {
  const previous = words[at - 1];
  if (!previous) return null;
  const lower = previous.lower;
  if (lower === 'of') {
    const noun = words[at - 2];
    const kind = noun ? NOUN_OF_TRIGGERS[noun.lower] : undefined;
    return kind && noun ? { kind, at: at - 2, verb: noun.lower } : null;
  }
  if (lower === 'stabbed' || lower === 'shot' || lower === 'stabbing' || lower === 'shooting') {
    return {
      kind: 'injured',
      at: at - 1,
      verb: lower === 'stabbing' ? 'stabbed' : lower === 'shooting' ? 'shot' : lower,
    };
  }
  // "shot dead 1 suspect", "shot and killed 2 officers"
  if (lower === 'dead' && words[at - 2]?.lower === 'shot')
    return { kind: 'killed', at: at - 2, verb: 'shot dead' };
  // "the death toll rose to 141", "a toll of 15", "the toll stood at 12"
  const toll = tollBefore(words, at);
  if (toll >= 0) {
    // "The number of people killed in the bombing has risen to 31": a toll of the kind it names.
    const counted = (words[toll] as Word).lower === 'number' ? numberOfKind(words, toll) : 'killed';
    if (counted) return { kind: counted, at: toll, verb: 'toll' };
  }
  const kind = ACTIVE_TRIGGERS[lower];
  if (!kind) return null;
  // "were killed 2 weeks ago": a passive verb is not followed by its object.
  const before = words[at - 2]?.lower;
  if (before && AUXILIARIES.has(before)) return null;
  return { kind, at: at - 1, verb: lower };
}

const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

const TOLL_LINKS = new Set([
  'rose',
  'risen',
  'climbed',
  'increased',
  'reached',
  'jumped',
  'stood',
  'stands',
  'now',
  'has',
  'had',
  'was',
  'is',
  'of',
  'to',
  'at',
  'further',
  'later',
  'since',
  'grew',
]);

function tollBefore(words: readonly Word[], at: number): number {
  let j = at - 1;
  let steps = 0;
  while (j >= 0 && steps < 4 && TOLL_LINKS.has((words[j] as Word).lower)) {
    j--;
    steps++;
  }
  if (steps === 0 || j < 0) return -1;
  if ((words[j] as Word).lower === 'toll') return j;
  if ((words[j] as Word).lower === 'number' && numberOfKind(words, j)) return j;
  // "The death toll from Tuesday's attack on an army checkpoint rose to 15": past the phrase that says
  // which toll, within the clause.
  for (let k = j; k >= Math.max(0, j - TOLL_PHRASE_WORDS); k--) {
    const word = (words[k] as Word).lower;
    if (word === ',' || word === '.' || word === ';') return -1;
    if (word === 'toll')
      return TOLL_PHRASE_OPENERS.has((words[k + 1] as Word | undefined)?.lower ?? '') ? k : -1;
    if (word === 'number') return numberOfKind(words, k) ? k : -1;
  }
  return -1;
}

/** "the number of (people) killed / dead / injured": what the number counts, or null. */
function numberOfKind(words: readonly Word[], number: number): CasualtyKind | null {
  if ((words[number + 1] as Word | undefined)?.lower !== 'of') return null;
  for (let k = number + 2; k <= number + 4 && k < words.length; k++) {
    const kind = PASSIVE_TRIGGERS[(words[k] as Word).lower];
    if (kind) return kind;
  }
  return null;
}

const TOLL_PHRASE_WORDS = 10;
const TOLL_PHRASE_OPENERS = new Set(['from', 'in', 'after', 'for']);

/** ", including a child," or "including 3 soldiers" after the people counted. */
export function readIncluding(
  text: string,
  words: readonly Word[],
  at: number,
): { text: string; end: number } | null {
  let j = at;
  if (words[j]?.text === ',') j++;
  if (words[j]?.lower !== 'including' && !(words[j]?.lower === 'among' && words[j + 1]?.lower === 'them'))
    return null;
  const start = j + (words[j]?.lower === 'among' ? 2 : 1);
  let k = start;
  while (k < words.length && k - start < 14) {
    const word = words[k] as Word;
    if (word.text === ',' || word.text === ';' || word.text === '.') break;
    if ((LINKING_WORDS.has(word.lower) || PASSIVE_TRIGGERS[word.lower] !== undefined) && k > start) break;
    // "including 8 civilians and 10 soldiers and another 27 people were wounded": the subset ends
    // where a new group or a new casualty verb begins.
    if (word.lower === 'and' && startsNewGroup(words, k + 1)) break;
    k++;
  }
  if (k === start) return null;
  const end = words[k]?.text === ',' ? k + 1 : k;
  return { text: wordsText(text, words, start, k), end };
}

function startsNewGroup(words: readonly Word[], at: number): boolean {
  const word = words[at];
  if (!word) return false;
  if (ACTIVE_TRIGGERS[word.lower] !== undefined || PASSIVE_TRIGGERS[word.lower] !== undefined) return true;
  if (word.lower === 'another' || OTHERS.has(word.lower)) return true;
  for (let k = at; k < Math.min(words.length, at + 5); k++)
    if (OTHERS.has((words[k] as Word).lower)) return true;
  return false;
}

// Hoisted out of the loops that read every word: a literal there is a new object at each evaluation.
const RELATIVE_OPENERS = new Set(['who', 'which', 'both', 'all', 'most', 'mostly', 'many']);
const POST_MODIFIER_STOPS: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?', '"', '“', '”']);
const ING_ENDING = /ing$/i;
const INJURY_NOUN = /^(?:injur|wound)/;
/** "Two gunmen killed the guard": casualty verbs that, without "were", take the people as object. */
const VERBS_TAKING_OBJECTS = new Set([
  'killed',
  'injured',
  'wounded',
  'hurt',
  'kidnapped',
  'abducted',
  'arrested',
  'detained',
  'murdered',
]);

/**
 * Words between the people counted and the casualty verb that describe them: "40 personnel belonging
 * to the police force were killed", "52 soldiers collecting their salaries at a base were killed",
 * "2 elderly victims, both African Americans, were killed". Returns where the verb's auxiliary starts.
 */
export function skipPostModifier(words: readonly Word[], at: number): number {
  let k = at;
  // ", who ... ," or ", both African Americans,"
  if (words[k]?.text === ',') {
    let close = k + 1;
    while (close < words.length && close - k < 12 && words[close]?.text !== ',') close++;
    if (words[close]?.text === ',' && close > k + 1) {
      const inner = words.slice(k + 1, close);
      const relative = inner[0] !== undefined && RELATIVE_OPENERS.has(inner[0].lower);
      const hasCountWord = inner.some((word) => word.pos === 'NUM');
      if (relative || (!inner.some((word) => word.pos === 'VERB' || word.pos === 'AUX') && !hasCountWord))
        return close + 1;
    }
    return -1;
  }
  while (k < words.length && k - at < 12) {
    const word = words[k] as Word;
    if (word.pos === 'AUX' && k > at) return k;
    if (POST_MODIFIER_STOPS.has(word.text)) return -1;
    if (word.pos === 'VERB' && !ING_ENDING.test(word.text)) return -1;
    if (word.pos === 'NUM' || word.pos === 'CCONJ') return -1;
    k++;
  }
  return -1;
}

/** "were killed", "have been shot dead", "lost their lives", "dead", "deaths" at `at`. */
export function passiveTriggerAt(
  words: readonly Word[],
  at: number,
): { kind: CasualtyKind; end: number } | null {
  let j = at;
  let linked = false;
  let fatally = false;
  // "40 people, 6 security personnel and 34 civilians, were killed"
  if (words[j]?.text === ',' && words[j + 1]) {
    const after = (words[j + 1] as Word).lower;
    if (LINKING_WORDS.has(after) || PASSIVE_TRIGGERS[after] !== undefined) j++;
  }
  while (j < words.length && j - at < 6 && LINKING_WORDS.has((words[j] as Word).lower)) {
    fatally ||= (words[j] as Word).lower === 'fatally' || (words[j] as Word).lower === 'mortally';
    j++;
    linked = true;
  }
  const word = words[j];
  if (!word) return null;
  const lower = word.lower;
  const next = words[j + 1]?.lower;
  // "460,000 dead weight tons": a ship's tonnage, no one dead.
  if (lower === 'dead' && next === 'weight') return null;
  if (
    lower === 'shot' ||
    lower === 'stabbed' ||
    lower === 'beaten' ||
    lower === 'burned' ||
    lower === 'burnt' ||
    lower === 'hacked'
  ) {
    if (next === 'dead') return { kind: 'killed', end: j + 2 };
    if (next === 'to' && words[j + 2]?.lower === 'death') return { kind: 'killed', end: j + 3 };
    // "shot and injured", "stabbed and later died"
    if (next === 'and') {
      const skip = words[j + 2] && LINKING_WORDS.has((words[j + 2] as Word).lower) ? 1 : 0;
      const verb = words[j + 2 + skip];
      const kind = verb ? PASSIVE_TRIGGERS[verb.lower] : undefined;
      if (kind) return { kind, end: j + 3 + skip };
    }
    // "was fatally shot"
    if ((lower === 'shot' || lower === 'stabbed') && linked)
      return { kind: fatally ? 'killed' : 'injured', end: j + 1 };
    return null;
  }
  if (
    lower === 'lost' &&
    (next === 'their' || next === 'his' || next === 'her') &&
    words[j + 2]?.lower.startsWith('li')
  ) {
    return { kind: 'killed', end: j + 3 };
  }
  if (
    (lower === 'lives' && next === 'were' && words[j + 2]?.lower === 'lost') ||
    (lower === 'lost' && linked)
  ) {
    return { kind: 'killed', end: lower === 'lost' ? j + 1 : j + 3 };
  }
  if (lower === 'sustained' || lower === 'suffered' || lower === 'received') {
    // "sustained injuries", "sustained a superficial injury", "suffered stab wounds"
    for (let k = j + 1; k < Math.min(words.length, j + 4); k++) {
      if (INJURY_NOUN.test((words[k] as Word).lower)) return { kind: 'injured', end: k + 1 };
    }
    return null;
  }
  if ((lower === 'taken' || lower === 'held') && next === 'hostage') return { kind: 'kidnapped', end: j + 2 };
  if (lower === 'taken' && next === 'into' && words[j + 2]?.lower === 'custody')
    return { kind: 'arrested', end: j + 3 };
  const kind = PASSIVE_TRIGGERS[lower];
  if (!kind) return null;
  // "Two gunmen killed the guard": without "were", a verb followed by its object is active.
  if (!linked && VERBS_TAKING_OBJECTS.has(lower)) {
    const after = words[j + 1];
    if (
      after &&
      (after.pos === 'DET' ||
        after.pos === 'PROPN' ||
        after.pos === 'PRON' ||
        after.pos === 'NUM' ||
        (after.lower === 'at' && words[j + 2]?.lower === 'least'))
    ) {
      return null;
    }
  }
  return { kind, end: j + 1 };
}
