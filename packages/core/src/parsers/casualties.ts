import type { ArticleParser, ParseContext } from '../context.js';
import { mayStartNumber, readNumberAt } from '../lexicon/numbers.js';
import { spanOf } from '../span.js';
import type { CasualtyCount, CasualtyKind } from '../types.js';
import {
  describesPerpetrators,
  isCapitalised,
  storySentences,
  type Word,
  wordsText,
} from './incident-words.js';

/**
 * Casualty counts: "at least 28 people were killed", "killing three Chinese citizens and their Pakistani
 * driver", "six Iraqi civilians, including a child, had been killed", "the death toll rose to 15",
 * "no one was hurt". Reads each story sentence's words once: every count phrase is tied to a casualty
 * word after it (passive: "were killed", "dead", "deaths") or before it (active: "killing", "the
 * arrest of", "the toll rose to"); counts of things ("seven missiles", "50 kilometres") tie to neither.
 *
 * Conventions for counts that are not exact:
 * - "at least 28": count 28, min 28, max null.
 * - "more than 320" / "over 320": count 320 (the number as stated, what a reader reports), min 321, max null.
 * - "up to 15" / "as many as 15": count 15, min 0, max 15, approximate.
 * - "about 50", "nearly 150": count = min = max = the number, approximate.
 * - "10 to 15", "between 10 and 15": count 10, min 10, max 15, approximate.
 * - "dozens" 24, "scores" 40, "hundreds" 200, "thousands" 2000 (see lexicon/numbers.ts): count = min =
 *   that lower bound, max null, approximate.
 */

/** Words that, after the people counted, say what happened to them. */
const PASSIVE_TRIGGERS: Readonly<Record<string, CasualtyKind>> = {
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
};

const NOUN_TRIGGERS = new Set(['deaths', 'fatalities', 'injuries', 'dead', 'wounded', 'injured']);

/** Verbs and nouns that, before the people counted, say what happened to them. */
const ACTIVE_TRIGGERS: Readonly<Record<string, CasualtyKind>> = {
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
};

/** "the deaths of 2 people", "the arrest of three of its members". */
const NOUN_OF_TRIGGERS: Readonly<Record<string, CasualtyKind>> = {
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
};

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

const OTHERS = new Set(['other', 'others', 'more']);
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

interface CountPhrase {
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

interface Conjunct {
  phrase: CountPhrase;
  /** The people counted ("Iraqi civilians"), as word range; empty when none. */
  whoFrom: number;
  whoTo: number;
  end: number;
}

export const casualtiesParser: ArticleParser = {
  name: 'casualties',
  parse(context: ParseContext) {
    const found: CasualtyCount[] = [];
    for (const sentence of storySentences(context)) {
      for (const casualty of casualtiesInSentence(context, sentence.words)) found.push(casualty);
    }
    context.article.casualties = found;
    if (context.options.debug) {
      for (const item of found)
        context.trace('casualties', `${item.kind} ${item.count} ← "${item.span.text}"`);
    }
    context.trace('casualties', `${found.length} counts`);
  },
};

/** The casualty counts of one sentence's words. */
export function casualtiesInSentence(context: ParseContext, words: readonly Word[]): CasualtyCount[] {
  const text = context.text;
  const results: CasualtyCount[] = [];
  let source: string | null | undefined;
  const sourceOf = (): string | null => {
    if (source === undefined) source = findSource(text, words);
    return source;
  };
  if (!mentionsCasualties(words)) return results;
  let i = 0;
  while (i < words.length) {
    // Most words start no count: skip them before any further reading.
    if (!mayStartCount((words[i] as Word).lower)) {
      i++;
      continue;
    }
    const active = activeTriggerBefore(words, i);
    const phrase = readCountPhrase(words, i, active !== null);
    if (!phrase) {
      i++;
      continue;
    }
    const list = readList(words, phrase);
    if (!list) {
      i = phrase.to;
      continue;
    }
    const last = list[list.length - 1] as Conjunct;
    let consumed = last.end;
    let kind: CasualtyKind | null = null;
    let spanStart = (words[phrase.from] as Word).start;
    let spanEnd = (words[last.end - 1] as Word).end;
    let including: string | null = null;
    let next = last.end;

    if (active) {
      kind = active.kind;
      spanStart = (words[active.at] as Word).start;
      // "stabbed 4 people to death", "shot 2 officers dead"
      const after = words[next]?.lower;
      if (active.verb === 'stabbed' || active.verb === 'shot') {
        kind =
          after === 'dead' || (after === 'to' && words[next + 1]?.lower === 'death') ? 'killed' : 'injured';
      }
      const inc = readIncluding(text, words, next);
      if (inc) {
        including = inc.text;
        spanEnd = (words[inc.end - 1] as Word).end;
        consumed = inc.end;
      }
    } else {
      const inc = readIncluding(text, words, next);
      if (inc) {
        including = inc.text;
        next = inc.end;
      }
      let passive = passiveTriggerAt(words, next);
      // "a database tracking such deaths": a noun like "deaths" needs a written count (or "no").
      if (
        passive &&
        phrase.implicit &&
        phrase.count > 0 &&
        passive.end === next + 1 &&
        NOUN_TRIGGERS.has((words[next] as Word).lower)
      ) {
        passive = null;
      }
      if (!passive && !phrase.implicit) {
        const aux = skipPostModifier(words, next);
        if (aux > next) {
          const linked = passiveTriggerAt(words, aux);
          if (linked && ((words[aux] as Word).pos === 'AUX' || words[next]?.text === ',')) passive = linked;
        }
      }
      if (passive) {
        kind = passive.kind;
        spanEnd = (words[passive.end - 1] as Word).end;
        consumed = passive.end;
        // "were killed, including 29 children and over 200 others were injured"
        const after = readIncluding(text, words, passive.end);
        if (after) {
          including ??= after.text;
          consumed = after.end;
        }
      } else if (lastHeadIsLives(words, last) && isLivesVerb(words[phrase.from - 1])) {
        // "claimed 7 civilians lives"
        kind = 'killed';
        spanStart = (words[phrase.from - 1] as Word).start;
      }
    }
    if (!kind) {
      i = phrase.implicit ? phrase.to : last.end;
      continue;
    }
    if (including !== null) consumed = Math.max(consumed, next);
    for (const group of splitVictims(text, words, list)) {
      results.push({
        kind,
        count: group.count,
        min: group.min,
        max: group.max,
        approximate: group.approximate,
        who: group.who,
        including,
        source: sourceOf(),
        span: spanOf(text, spanStart, spanEnd),
      });
    }
    i = Math.max(consumed, i + 1);
  }
  return results;
}

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

function mentionsCasualties(words: readonly Word[]): boolean {
  for (const word of words) if (CASUALTY_HINTS.has(word.lower)) return true;
  return false;
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

function mayStartCount(lower: string): boolean {
  return COUNT_STARTS.has(lower) || mayStartNumber(lower);
}

interface ActiveTrigger {
  kind: CasualtyKind;
  at: number;
  verb: string;
}

/** The casualty verb or noun right before a count: "killing at least 30", "the arrest of three". */
function activeTriggerBefore(words: readonly Word[], at: number): ActiveTrigger | null {
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
  if (toll >= 0) return { kind: 'killed', at: toll, verb: 'toll' };
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
  return (words[j] as Word).lower === 'toll' ? j : -1;
}

const SINGULAR_DETERMINERS = new Set(['a', 'an', 'another']);
const POSSESSIVES = new Set(['their', 'his', 'her', 'its', 'the']);

/** A count at `at`: modifiers, the number, a range; or one person named without a number. */
function readCountPhrase(words: readonly Word[], at: number, afterTrigger: boolean): CountPhrase | null {
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
    isNumberStart(lowers, j + 1)
  ) {
    j += 1;
  }
  if (lowers[j] === 'between' && isNumberStart(lowers, j + 1)) {
    const low = readNumberAt(lowers, j + 1);
    const and = low ? j + 1 + low.words : -1;
    const high = low && lowers[and] === 'and' ? readNumberAt(lowers, and + 1) : null;
    if (low && high && high.value > low.value) {
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
  const hyphenRange = /^(\d+)[-–](\d+)$/.exec(lowers[j] ?? '');
  if (hyphenRange && mode === 'exact') {
    const low = Number(hyphenRange[1]);
    const high = Number(hyphenRange[2]);
    if (high > low)
      return { from: at, to: j + 1, count: low, min: low, max: high, approximate: true, implicit: false };
  }

  const reading = isNumberStart(lowers, j) ? readNumberAt(lowers, j) : null;
  if (!reading) {
    if (j !== at) return null;
    return readImplicitOne(words, at, afterTrigger);
  }
  if (isDateOrTimeNumber(words, j, reading.value)) return null;
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
  if (
    (joiner === 'to' || joiner === 'or' || joiner === '-' || joiner === '–') &&
    isNumberStart(lowers, to + 1)
  ) {
    const high = readNumberAt(lowers, to + 1);
    if (high && high.value > value && !isDateOrTimeNumber(words, to + 1, high.value)) {
      max = high.value;
      approximate = true;
      to = to + 1 + high.words;
    }
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

const lowerCache = new WeakMap<readonly Word[], string[]>();

/** The lower-case words of a sentence, computed once per sentence (phrases are read at every word). */
function lowersOf(words: readonly Word[]): string[] {
  let lowers = lowerCache.get(words);
  if (!lowers) {
    lowers = words.map((word) => word.lower);
    lowerCache.set(words, lowers);
  }
  return lowers;
}

function isNumberStart(lowers: readonly string[], at: number): boolean {
  const word = lowers[at];
  if (word === undefined) return false;
  if (word === 'a' || word === 'an') return lowers[at + 1] === 'dozen';
  return readNumberAt(lowers, at) !== null;
}

const MONTHS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?$/i;

/** "January 3, 2019", "in 2014", "on 26 August", "at 22:40": numbers of a date or time. */
function isDateOrTimeNumber(words: readonly Word[], at: number, value: number): boolean {
  const previous = words[at - 1]?.text ?? '';
  const next = words[at + 1]?.text ?? '';
  if (MONTHS.test(previous) || MONTHS.test(next)) return true;
  if (value >= 1900 && value <= 2100 && /^\d{4}$/.test(words[at]?.text ?? '')) return true;
  return /^[:.]$/.test(next) && /^\d/.test(words[at + 2]?.text ?? '');
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
  if (!next || !/^[a-z]/i.test(next.text)) return null;
  if (word.lower === 'the' || POSSESSIVES.has(word.lower)) {
    const nominal = readNominal(words, at + 1);
    const head = words[nominal.whoTo - 1];
    if (nominal.whoTo === nominal.whoFrom || !head || !ONE_PERSON.test(head.text)) return null;
  }
  if (
    ['total', 'number', 'few', 'group', 'series', 'couple', 'handful', 'dozen', 'lot', 'host'].includes(
      next.lower,
    )
  ) {
    return null;
  }
  return { from: at, to: at + 1, count: 1, min: 1, max: 1, approximate: false, implicit: true };
}

/** The people a count applies to, after it: "Iraqi civilians", "of its members", "others". */
function readNominal(words: readonly Word[], from: number): { whoFrom: number; whoTo: number; end: number } {
  let end = from;
  let nominal = 0;
  while (end < words.length && nominal < 7) {
    const word = words[end] as Word;
    if (STOP_NOMINAL.has(word.lower) || PASSIVE_TRIGGERS[word.lower] !== undefined) break;
    const isWord = /^[\p{L}'’]/u.test(word.text) && word.text !== '’s' && word.text !== "'s";
    const fitsNoun = word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'ADJ' || word.pos === 'NUM';
    const generic = ['other', 'others', 'more', 'people', 'persons', 'year', 'old'].includes(word.lower);
    if (!isWord || (!fitsNoun && !generic)) break;
    end++;
    nominal++;
  }
  // "three of its members", "one of the injured", "dozens of people"
  if (words[end]?.lower === 'of') {
    let j = end + 1;
    const det = words[j]?.lower;
    if (det && ['the', 'its', 'their', 'his', 'her', 'those', 'these', 'them', 'whom'].includes(det)) j++;
    const numberWords = words.slice(j, j + 3).map((word) => word.lower);
    const inner = readNumberAt(numberWords, 0);
    if (inner) j += inner.words;
    const startOfPeople = j;
    let k = j;
    while (k < words.length && k - startOfPeople < 6) {
      const word = words[k] as Word;
      const isPeopleAdjective =
        k === startOfPeople && ['injured', 'dead', 'wounded', 'killed'].includes(word.lower);
      if (!isPeopleAdjective && (STOP_NOMINAL.has(word.lower) || PASSIVE_TRIGGERS[word.lower] !== undefined))
        break;
      if (!/^[\p{L}]/u.test(word.text)) break;
      if (!isPeopleAdjective && word.pos !== 'NOUN' && word.pos !== 'PROPN' && word.pos !== 'ADJ') break;
      k++;
    }
    if (det === 'them' || det === 'whom') return { whoFrom: end + 1, whoTo: j, end: j };
    if (k > startOfPeople) return { whoFrom: end + 1, whoTo: k, end: k };
  }
  return { whoFrom: from, whoTo: end, end };
}

/** The conjuncts counted together: "Six soldiers, 6 civilians and a police officer". */
function readList(words: readonly Word[], first: CountPhrase): Conjunct[] | null {
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
  return /[^s]s$/i.test(word.text) || ['people', 'men', 'women', 'children', 'police'].includes(word.lower);
}

function lastHeadIsLives(words: readonly Word[], conjunct: Conjunct): boolean {
  return conjunct.whoTo > conjunct.whoFrom && (words[conjunct.whoTo - 1] as Word).lower === 'lives';
}

function isLivesVerb(word: Word | undefined): boolean {
  return (
    word !== undefined && ['claimed', 'claiming', 'took', 'taking', 'cost', 'costing'].includes(word.lower)
  );
}

/** ", including a child," or "including 3 soldiers" after the people counted. */
function readIncluding(
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

/**
 * Words between the people counted and the casualty verb that describe them: "40 personnel belonging
 * to the police force were killed", "52 soldiers collecting their salaries at a base were killed",
 * "2 elderly victims, both African Americans, were killed". Returns where the verb's auxiliary starts.
 */
function skipPostModifier(words: readonly Word[], at: number): number {
  let k = at;
  // ", who ... ," or ", both African Americans,"
  if (words[k]?.text === ',') {
    let close = k + 1;
    while (close < words.length && close - k < 12 && words[close]?.text !== ',') close++;
    if (words[close]?.text === ',' && close > k + 1) {
      const inner = words.slice(k + 1, close);
      const relative =
        inner[0] !== undefined &&
        ['who', 'which', 'both', 'all', 'most', 'mostly', 'many'].includes(inner[0].lower);
      const hasCountWord = inner.some((word) => word.pos === 'NUM');
      if (relative || (!inner.some((word) => word.pos === 'VERB' || word.pos === 'AUX') && !hasCountWord))
        return close + 1;
    }
    return -1;
  }
  while (k < words.length && k - at < 12) {
    const word = words[k] as Word;
    if (word.pos === 'AUX' && k > at) return k;
    if (/^[,.;:!?"“”]$/.test(word.text)) return -1;
    if (word.pos === 'VERB' && !/ing$/i.test(word.text)) return -1;
    if (word.pos === 'NUM' || word.pos === 'CCONJ') return -1;
    k++;
  }
  return -1;
}

/** "were killed", "have been shot dead", "lost their lives", "dead", "deaths" at `at`. */
function passiveTriggerAt(words: readonly Word[], at: number): { kind: CasualtyKind; end: number } | null {
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
      if (/^(?:injur|wound)/.test((words[k] as Word).lower)) return { kind: 'injured', end: k + 1 };
    }
    return null;
  }
  if ((lower === 'taken' || lower === 'held') && next === 'hostage') return { kind: 'kidnapped', end: j + 2 };
  if (lower === 'taken' && next === 'into' && words[j + 2]?.lower === 'custody')
    return { kind: 'arrested', end: j + 3 };
  const kind = PASSIVE_TRIGGERS[lower];
  if (!kind) return null;
  // "Two gunmen killed the guard": without "were", a verb followed by its object is active.
  if (
    !linked &&
    [
      'killed',
      'injured',
      'wounded',
      'hurt',
      'kidnapped',
      'abducted',
      'arrested',
      'detained',
      'murdered',
    ].includes(lower)
  ) {
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
function splitVictims(text: string, words: readonly Word[], list: Conjunct[]): VictimGroup[] {
  const first = list[0] as Conjunct;
  const rest = list.slice(1);
  const last = list[list.length - 1] as Conjunct;
  // A breakdown names everyone first ("40 people") or closes with a comma; "Five soldiers, 4 civilians
  // and a police officer were killed" is a sum even though 4 + 1 = 5.
  const firstHead = first.whoTo > first.whoFrom ? (words[first.whoTo - 1] as Word).lower : '';
  const namesEveryone = GENERIC_PEOPLE.has(firstHead) || words[last.end]?.text === ',';
  if (
    namesEveryone &&
    rest.length >= 2 &&
    rest.reduce((sum, item) => sum + item.phrase.count, 0) === first.phrase.count
  ) {
    return [groupOf(text, words, [first])];
  }
  const victims = list.filter((item) => !describesPerpetrators(whoText(text, words, item)));
  const attackers = list.filter((item) => describesPerpetrators(whoText(text, words, item)));
  const groups: VictimGroup[] = [];
  if (victims.length > 0) groups.push(groupOf(text, words, victims));
  if (attackers.length > 0) groups.push(groupOf(text, words, attackers));
  return groups;
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

const REPORTING_VERBS = new Set([
  'said',
  'says',
  'announced',
  'reported',
  'stated',
  'confirmed',
  'told',
  'reports',
  'announces',
]);
const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who', 'which', 'that']);
const SOURCE_BREAK = new Set([
  'when',
  'that',
  'which',
  'who',
  'after',
  'as',
  'while',
  'and',
  'but',
  'because',
  'since',
  'if',
]);

/** Who gives the count: "according to the health ministry", "officials said", "the unit announced". */
function findSource(text: string, words: readonly Word[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (word.lower === 'according' && words[i + 1]?.lower === 'to') {
      let k = i + 2;
      while (k < words.length && k - i < 10 && !/^[,.;:]$/.test((words[k] as Word).text)) k++;
      if (k > i + 2) return wordsText(text, words, i + 2, k);
    }
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (!REPORTING_VERBS.has(word.lower)) continue;
    // The noun phrase right before the verb: "the government security media unit announced".
    const to = i;
    let from = i;
    while (from > 0 && to - from < 8) {
      const word = words[from - 1] as Word;
      if (
        !/^[\p{L}’'-]/u.test(word.text) ||
        SOURCE_BREAK.has(word.lower) ||
        word.pos === 'VERB' ||
        word.pos === 'AUX'
      )
        break;
      from--;
    }
    if (from === to || (to - from === 1 && PRONOUN_SOURCES.has((words[from] as Word).lower))) continue;
    if (words.slice(from, to).some((item) => PRONOUN_SOURCES.has(item.lower))) continue;
    return wordsText(text, words, from, to);
  }
  return null;
}
