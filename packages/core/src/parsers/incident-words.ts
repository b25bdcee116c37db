import type { ParseContext } from '../context.js';
import { findSpanIndex, overlaps, spanOf } from '../span.js';
import type { ActorRef, DateMention, Span } from '../types.js';

/**
 * Shared by the incident parsers (casualties, claims, events, toll): the words of each story sentence
 * and the organisation names they mention.
 */

/** A word of a sentence: wink tokens joined across hyphens ("al-Kahf", "twenty-three", "Iran-backed"). */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
}

export interface SentenceWords {
  /** Index in `article.sentences`. */
  index: number;
  span: Span;
  words: Word[];
}

/**
 * The sentences of the story with their words. Captions and page furniture are left out (the seed's
 * caption repeats "who were killed last year"); the headline and standfirst stay, since short reports
 * are sometimes read as a headline alone.
 */
const storyCache = new WeakMap<readonly unknown[], SentenceWords[]>();

export function storySentences(context: ParseContext): SentenceWords[] {
  // Casualties, claims and events read the same words: build them once per parse.
  const cached = storyCache.get(context.tokens);
  if (cached) return cached;
  const result = buildStorySentences(context);
  storyCache.set(context.tokens, result);
  return result;
}

function buildStorySentences(context: ParseContext): SentenceWords[] {
  const { article, layout, tokens, text } = context;
  const result: SentenceWords[] = [];
  let current: SentenceWords | null = null;
  let currentIndex = -1;
  for (const token of tokens) {
    const index = token.sentence;
    if (index < 0 || token.end <= token.start) continue;
    if (index !== currentIndex) {
      currentIndex = index;
      const span = article.sentences[index];
      current = span && isStorySentence(article, layout, span) ? { index, span, words: [] } : null;
      if (current) result.push(current);
    }
    if (!current) continue;
    const words = current.words;
    const last = words[words.length - 1];
    if (last !== undefined && last.end === token.start && (token.text === '-' || last.text.endsWith('-'))) {
      last.end = token.end;
      last.text = text.slice(last.start, last.end);
      last.lower = last.text.toLowerCase();
      if (token.pos === 'PROPN') last.pos = 'PROPN';
    } else {
      words.push({
        start: token.start,
        end: token.end,
        text: token.text,
        lower: token.text.toLowerCase(),
        pos: token.pos,
      });
    }
  }
  return result;
}

function isStorySentence(
  article: ParseContext['article'],
  layout: ParseContext['layout'],
  span: Span,
): boolean {
  const paragraph = findSpanIndex(article.paragraphs, span.start);
  if (paragraph < 0 || !layout.furniture.has(paragraph)) return true;
  const start = (article.paragraphs[paragraph] as Span).start;
  return article.headline?.start === start || article.standfirst?.start === start;
}

/** The span of words `from..to-1`. */
export function wordsSpan(text: string, words: readonly Word[], from: number, to: number): Span {
  const first = words[from];
  const last = words[to - 1];
  if (!first || !last || to <= from) return spanOf(text, first?.start ?? 0, first?.start ?? 0);
  return spanOf(text, first.start, last.end);
}

export function wordsText(text: string, words: readonly Word[], from: number, to: number): string {
  return wordsSpan(text, words, from, to).text;
}

/**
 * Words that describe who carried out an attack. Their deaths are not the attack's toll: "At least 26
 * people were killed, along with the 4 attackers" is a toll of 26.
 */
const PERPETRATOR_WORDS = new Set([
  'attacker',
  'attackers',
  'assailant',
  'assailants',
  'gunman',
  'gunmen',
  'militant',
  'militants',
  'terrorist',
  'terrorists',
  'bomber',
  'bombers',
  'perpetrator',
  'perpetrators',
  'suspect',
  'suspects',
  'jihadist',
  'jihadists',
  'insurgent',
  'insurgents',
  'hijacker',
  'hijackers',
  'kidnapper',
  'kidnappers',
  'shooter',
  'shooters',
  'knifeman',
  'assassin',
  'assassins',
]);

/** True when the casualties described ("the suicide bomber", "3 gunmen") are the attackers. */
export function describesPerpetrators(who: string | null): boolean {
  if (!who) return false;
  const words = who.toLowerCase().split(/[^a-z]+/);
  return words.some((word) => PERPETRATOR_WORDS.has(word));
}

/**
 * Phrases that place a statement in an earlier event: the seed's caption about Soleimani "who were
 * killed last year", "the first anniversary of the killing".
 */
const EARLIER_EVENT =
  /\b(?:last year|last month|years? ago|months ago|a year earlier|anniversary|previous attack|earlier attack|in (?:19|20)\d\d)\b/i;

const sortedDates = new WeakMap<readonly DateMention[], DateMention[]>();

/** The date mentions inside `span`, by binary search over the mentions sorted once per article. */
export function datesWithin(context: ParseContext, span: Span): DateMention[] {
  const all = context.article.dates;
  let sorted = sortedDates.get(all);
  if (!sorted) {
    sorted = [...all].sort((a, b) => a.text.start - b.text.start);
    sortedDates.set(all, sorted);
  }
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as DateMention).text.start < span.start) low = mid + 1;
    else high = mid;
  }
  const found: DateMention[] = [];
  for (let k = low; k < sorted.length && (sorted[k] as DateMention).text.start < span.end; k++) {
    found.push(sorted[k] as DateMention);
  }
  return found;
}

/**
 * True when a sentence speaks of an earlier event than the article's: an earlier-event phrase, or a
 * resolved date more than 40 days before the publication date.
 */
export function speaksOfEarlierEvent(context: ParseContext, sentence: Span): boolean {
  if (EARLIER_EVENT.test(sentence.text)) return true;
  const published = context.article.published?.date ?? context.options.published;
  if (!published) return false;
  const publishedTime = Date.parse(published);
  if (Number.isNaN(publishedTime)) return false;
  for (const mention of datesWithin(context, sentence)) {
    const time = Date.parse(mention.date.length === 4 ? `${mention.date}-12-31` : mention.date);
    if (!Number.isNaN(time) && publishedTime - time > 40 * 86_400_000) return true;
  }
  return false;
}

/** Lower-case words that may sit inside an organisation's name ("Ahl al-Kahf", "Jaish e Mohammed"). */
const NAME_CONNECTORS = new Set([
  'al',
  'el',
  'ul',
  'i',
  'e',
  'wal',
  'bin',
  'ibn',
  'de',
  'del',
  'la',
  'los',
  'las',
  'di',
  'da',
  'du',
  'of',
  'ad',
  'as',
  'ash',
  'an',
  'for',
]);

/** Capitalised words that start a clause, not a name. */
const NOT_NAME_START = new Set([
  'a',
  'an',
  'the',
  'both',
  'but',
  'and',
  'while',
  'however',
  'in',
  'on',
  'at',
  'it',
  'its',
  'they',
  'their',
  'he',
  'his',
  'she',
  'her',
  'this',
  'that',
  'these',
  'those',
  'some',
  'many',
  'most',
  'no',
  'when',
  'after',
  'as',
  'then',
  'later',
  'earlier',
  'also',
  'meanwhile',
  'although',
  'though',
  'police',
  'officials',
  'authorities',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Head words that belong to an organisation's mention ("Ahl al-Kahf militia", "Iran-backed militias"). */
const ORGANISATION_HEADS = new Set([
  'militia',
  'militias',
  'group',
  'groups',
  'movement',
  'army',
  'front',
  'forces',
  'brigade',
  'brigades',
  'battalion',
  'organisation',
  'organization',
  'party',
  'rebels',
  'insurgents',
  'militants',
  'fighters',
  'faction',
  'network',
  'state',
  'separatists',
  'jihadists',
  'extremists',
  'islamists',
  'government',
  'kidnappers',
  'gunmen',
  'attackers',
]);

/**
 * Generic heads, written in lower case, dropped from a name ("Ahl al-Kahf militia" → "Ahl al-Kahf",
 * "The Islamic State organization" → "Islamic State"); "Badr Organisation" keeps its capital head.
 */
const DROPPED_HEADS = new Set(['militia', 'group', 'faction', 'outfit', 'organization', 'organisation']);

/** "Iran-backed", "Islamist", "Syrian": describe a group, are not its name. */
const DESCRIPTIVE = /(?:-backed|-linked|-led|-based|-aligned|-affiliated|-inspired|ist|ian|ese|ish|i)$/i;

export function isCapitalised(word: Word): boolean {
  const first = word.text.charAt(0);
  if (first !== first.toLowerCase() && first === first.toUpperCase()) return true;
  // "al-Kahf": a lower-case particle joined to a name.
  const hyphen = word.text.indexOf('-');
  if (hyphen > 0) {
    const after = word.text.charAt(hyphen + 1);
    return after !== after.toLowerCase();
  }
  return false;
}

export interface NamePhrase {
  from: number;
  to: number;
  /** End of the name without a dropped generic head. */
  nameTo: number;
}

/** Runs of capitalised words in `from..to-1`, each extended by organisation head words. */
export function nameRuns(words: readonly Word[], from: number, to: number): NamePhrase[] {
  const runs: NamePhrase[] = [];
  let i = from;
  while (i < to) {
    const word = words[i] as Word;
    if (!isCapitalised(word) || NOT_NAME_START.has(word.lower)) {
      i++;
      continue;
    }
    let end = i + 1;
    let hasOf = false;
    for (;;) {
      const next = words[end];
      if (!next || end >= to) break;
      if (isCapitalised(next)) {
        end++;
        continue;
      }
      const after = words[end + 1];
      if (NAME_CONNECTORS.has(next.lower) && after && end + 1 < to && isCapitalised(after)) {
        hasOf ||= next.lower === 'of';
        end += 2;
        continue;
      }
      // "Islamic State of Iraq and the Levant"
      const third = words[end + 2];
      if (
        (next.lower === 'of' || (next.lower === 'and' && hasOf)) &&
        after?.lower === 'the' &&
        third &&
        end + 2 < to &&
        isCapitalised(third)
      ) {
        hasOf = true;
        end += 3;
        continue;
      }
      // "The Balochistan liberation Army": a lower-case word inside a name that ends in Army, Front, ...
      if (
        after &&
        end + 1 < to &&
        (next.pos === 'NOUN' || next.pos === 'ADJ') &&
        /^[a-z]+$/.test(next.text) &&
        isCapitalised(after) &&
        ORGANISATION_HEADS.has(after.lower)
      ) {
        end += 2;
        continue;
      }
      break;
    }
    let nameTo = end;
    while (end < to && ORGANISATION_HEADS.has((words[end] as Word).lower)) end++;
    const head = words[end - 1] as Word;
    if (end > nameTo && end - nameTo === 1 && DROPPED_HEADS.has(head.text)) {
      const single = nameTo - i === 1 && DESCRIPTIVE.test((words[i] as Word).text);
      if (single) nameTo = end;
    } else {
      nameTo = end;
    }
    runs.push({ from: i, to: end, nameTo });
    i = end;
  }
  return runs;
}

/** Words that begin an appositive or a relative clause: "X, formed by Y, claimed" → X. */
const APPOSITIVE_START = new Set([
  'formed',
  'led',
  'founded',
  'based',
  'linked',
  'backed',
  'affiliated',
  'allied',
  'a',
  'an',
  'which',
  'who',
  'whose',
  'one',
  'however',
  'itself',
  'believed',
  'known',
  'thought',
  'reportedly',
  'part',
  'then',
  'meanwhile',
  'also',
]);

const SUBJECT_WINDOW = 30;

const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '—', '–', '"', '“', '”']);
const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'and', 'when', 'after', 'as']);

/**
 * The subject of the verb at `verb`: the words back to the start of the clause, skipping appositives
 * ("The Ahl al-Kahf militia, formed by Al-Nujaba militia led by Akram al-Kaabi, claimed" → the first part).
 * Returns the word range, or null when the clause has no subject before the verb.
 */
export function subjectBefore(words: readonly Word[], verb: number): [number, number] | null {
  let end = verb;
  // A subject is a few words long; looking further back would make a run-on text quadratic.
  const floor = Math.max(0, verb - SUBJECT_WINDOW);
  for (let guard = 0; guard < 6; guard++) {
    let start = end;
    while (start > floor) {
      const word = words[start - 1] as Word;
      if (CLAUSE_BREAK.has(word.text)) break;
      // "Islamic State of Iraq and the Levant", "Tehrik i Taliban Pakistan and Jaishul Islam": an "and"
      // between names joins them, it does not start a clause.
      const joinsNames = word.lower === 'and' && start - 2 >= 0 && isCapitalised(words[start - 2] as Word);
      if (CLAUSE_WORDS.has(word.lower) && start < end && !joinsNames) break;
      start--;
    }
    let from = start;
    while (from < end && CLAUSE_WORDS.has((words[from] as Word).lower)) from++;
    const empty = from >= end;
    const appositive =
      !empty &&
      start > floor &&
      (APPOSITIVE_START.has((words[from] as Word).lower) || isDescription(words, from, end));
    if (!empty && !appositive) return [from, end];
    if (start <= floor) return null;
    // Step over the break to the part before it.
    end = start - 1;
    if (end <= 0) return null;
  }
  return null;
}

/** "the Somali militant group" after a name describes it: it ends in a lower-case generic head. */
function isDescription(words: readonly Word[], from: number, end: number): boolean {
  const last = words[end - 1];
  return (
    (words[from] as Word).lower === 'the' &&
    last !== undefined &&
    /^[a-z]/.test(last.text) &&
    ORGANISATION_HEADS.has(last.lower)
  );
}

const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'who', 'which', 'that', 'them', 'this']);
const LEADING_FILLER = new Set([
  'the',
  'a',
  'an',
  'both',
  'but',
  'and',
  'while',
  'however',
  'also',
  'later',
  'then',
]);
const NP_BREAK = new Set([
  'in',
  'on',
  'at',
  'from',
  'with',
  'near',
  'for',
  'to',
  'by',
  'that',
  'which',
  'who',
]);

/**
 * The organisation (or person) named in words `from..to-1`: the longest capitalised run, extended by
 * head words ("Iran-backed militias"), else the noun phrase that starts the range ("the separatists").
 * Resolved to an entity of `article.entities` whose mention overlaps it, when there is one.
 */
export function actorIn(
  context: ParseContext,
  words: readonly Word[],
  from: number,
  to: number,
): ActorRef | null {
  if (to <= from) return null;
  const runs = nameRuns(words, from, to);
  let best: NamePhrase | null = null;
  for (const run of runs) {
    if (!best || run.nameTo - run.from > best.nameTo - best.from) best = run;
  }
  let span: Span | null = null;
  if (best) {
    span = wordsSpan(context.text, words, best.from, best.nameTo);
  } else {
    let start = from;
    while (start < to && LEADING_FILLER.has((words[start] as Word).lower)) start++;
    let end = start;
    while (end < to) {
      const word = words[end] as Word;
      if (
        CLAUSE_BREAK.has(word.text) ||
        NP_BREAK.has(word.lower) ||
        word.pos === 'VERB' ||
        word.pos === 'AUX'
      )
        break;
      end++;
    }
    if (end - start === 0 || end - start > 5) return null;
    if (end - start === 1 && PRONOUNS.has((words[start] as Word).lower)) return null;
    // "1 month later claimed responsibility": a time, not an actor; "implicit bias": no group at all.
    if (words.slice(start, end).some((word) => word.pos === 'NUM' || word.pos === 'ADV')) return null;
    if (!ORGANISATION_HEADS.has((words[end - 1] as Word).lower)) return null;
    span = wordsSpan(context.text, words, start, end);
  }
  return resolveActor(context, span);
}

/** Every name of a subject that joins several: "Both Tehrik i Taliban Pakistan and Jaishul Islam". */
export function actorsIn(
  context: ParseContext,
  words: readonly Word[],
  from: number,
  to: number,
): ActorRef[] {
  const runs = nameRuns(words, from, to);
  const joined =
    runs.length > 1 &&
    runs.every((run, index) => index === 0 || isJoinedByAnd(words, runs[index - 1] as NamePhrase, run));
  if (!joined) {
    const actor = actorIn(context, words, from, to);
    return actor ? [actor] : [];
  }
  return runs.map((run) => resolveActor(context, wordsSpan(context.text, words, run.from, run.nameTo)));
}

function isJoinedByAnd(words: readonly Word[], left: NamePhrase, right: NamePhrase): boolean {
  const between = words.slice(left.to, right.from).map((word) => word.lower);
  return between.length === 1 && (between[0] === 'and' || between[0] === ',' || between[0] === 'or');
}

/**
 * The entity of `article.entities` that names the same thing: its mention covers most of the actor's
 * words (entities are built by another parser and may split a name: "Jaish e Mohammed" is not "Mohammed").
 */
function resolveActor(context: ParseContext, span: Span): ActorRef {
  for (const entity of context.article.entities) {
    if (entity.kind === 'place') continue;
    for (const mention of entity.mentions) {
      if (!overlaps(mention, span)) continue;
      const shared = Math.min(mention.end, span.end) - Math.max(mention.start, span.start);
      if (shared >= 0.7 * Math.max(mention.end - mention.start, span.end - span.start)) {
        return { name: entity.name, entityId: entity.id, span };
      }
    }
  }
  return { name: span.text, entityId: null, span };
}
