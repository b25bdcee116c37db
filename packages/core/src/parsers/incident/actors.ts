import { unresolvedActor } from '../../actor-ref.js';
import type { ParseContext } from '../../context.js';
import { FULL_MONTH_NAMES, WEEKDAYS } from '../../lexicon/common.js';
import { NATIONALITY_WORDS } from '../../lexicon/nationalities.js';
import { overlaps } from '../../span.js';
import type { ActorRef, Entity, Span } from '../../types.js';
import { knownPlace } from '../entities/places.js';
import { LastKeyCache } from './last-key-cache.js';
import { type Word, wordsSpan } from './words.js';

/**
 * Organisations and people named in a sentence: capitalised runs ("Ahl al-Kahf", "Islamic State of Iraq
 * and the Levant"), the subject of a verb without its appositives, resolved to `article.entities`.
 */

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
  'there',
  'here',
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
  ...FULL_MONTH_NAMES,
  ...WEEKDAYS,
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
  'coalition',
  'alliance',
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
      // "Al-Qaeda in the Arabian Peninsula", "Islamic State in the Greater Sahara"
      if (
        next.lower === 'in' &&
        after?.lower === 'the' &&
        words[end + 2] &&
        end + 2 < to &&
        isCapitalised(words[end + 2] as Word)
      ) {
        end += 3;
        continue;
      }
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
        ALL_LOWER_CASE.test(next.text) &&
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
      // "also known as ISIS": "as" names, it does not start a clause.
      const namesAs = word.lower === 'as' && NAMING_WORDS.has(words[start - 2]?.lower ?? '');
      if (CLAUSE_WORDS.has(word.lower) && start < end && !joinsNames && !namesAs) break;
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

// Hoisted out of the loops that read every word: a literal there is a new object at each evaluation.
const ALL_LOWER_CASE = /^[a-z]+$/;
const STARTS_LOWER_CASE = /^[a-z]/;
const ALL_LETTERS = /^\p{L}+$/u;
/** "Libyan-born", "US-based". */
const HYPHENATED_ORIGIN = /-\p{Ll}+$/u;
/** "also known as ISIS". */
const NAMING_WORDS = new Set(['known', 'such', 'named', 'called']);

/** "the Somali militant group" after a name describes it: it ends in a lower-case generic head. */
function isDescription(words: readonly Word[], from: number, end: number): boolean {
  const last = words[end - 1];
  return (
    (words[from] as Word).lower === 'the' &&
    last !== undefined &&
    STARTS_LOWER_CASE.test(last.text) &&
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

/** Nouns after a capitalised word that make it an ideology's adjective, not a group's name. */
const IDEOLOGY_NOUNS = new Set([
  'extremism',
  'terrorism',
  'fundamentalism',
  'militancy',
  'radicalism',
  'jihadism',
  'nationalism',
  'separatism',
]);

/** Words that make a group's name mean a part that broke away from it. */
const SPLINTER_WORDS = new Set(['breakaway', 'splinter', 'dissident']);

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
  // "attributed to Islamic extremism": an ideology, not a group.
  if (best && IDEOLOGY_NOUNS.has(words[best.to]?.lower ?? '')) return null;
  if (best) {
    // "A breakaway Taliban group claimed ...": a splinter of the Taliban, not the Taliban.
    const before = best.from > from ? (words[best.from - 1] as Word) : undefined;
    const splinter = before !== undefined && best.to > best.nameTo && SPLINTER_WORDS.has(before.lower);
    span = splinter
      ? wordsSpan(context.text, words, best.from - 1, best.to)
      : wordsSpan(context.text, words, best.from, best.nameTo);
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
export function resolveActor(context: ParseContext, span: Span): ActorRef {
  const entity = entityNaming(context, span, false);
  return entity ? { name: entity.name, entityId: entity.id, span } : unresolvedActor(span);
}

/** The entity of `article.entities`, places included, that names the words of `span`, or null. */
export function entityNamed(context: ParseContext, span: Span): Entity | null {
  return entityNaming(context, span, true);
}

function entityNaming(context: ParseContext, span: Span, withPlaces: boolean): Entity | null {
  // A mention covering most of the span, so that "Mohammed" does not name "Jaish e Mohammed".
  return firstEntityOverlapping(context, span, (mention, entity) => {
    if (entity.kind === 'place' && !withPlaces) return false;
    const shared = Math.min(mention.end, span.end) - Math.max(mention.start, span.start);
    return shared >= 0.7 * Math.max(mention.end - mention.start, span.end - span.start);
  });
}

/** The first place of `article.entities` with a mention overlapping `span`, or null. */
export function placeOverlapping(context: ParseContext, span: Span): Entity | null {
  return firstEntityOverlapping(context, span, (_mention, entity) => entity.kind === 'place');
}

/**
 * The first entity in `article.entities` order with a mention that overlaps `span` and is accepted. The
 * mentions that can overlap it start within the longest mention's length before its end: a binary
 * search and a short walk, not a scan of every mention.
 */
function firstEntityOverlapping(
  context: ParseContext,
  span: Span,
  accepts: (mention: Span, entity: Entity) => boolean,
): Entity | null {
  const index = mentionIndexOf(context.article.entities);
  let found = -1;
  for (let k = firstStartingAtOrAfter(index.starts, span.end) - 1; k >= 0; k--) {
    const mention = index.mentions[k] as IndexedMention;
    if (mention.span.start < span.start - index.longest) break;
    if (found >= 0 && mention.order >= found) continue;
    if (overlaps(mention.span, span) && accepts(mention.span, mention.entity)) found = mention.order;
  }
  return found >= 0 ? (context.article.entities[found] as Entity) : null;
}

interface IndexedMention {
  span: Span;
  entity: Entity;
  /** The entity's index in `article.entities`: the first one wins, as a scan in that order finds it. */
  order: number;
}

interface MentionIndex {
  mentions: IndexedMention[];
  starts: Float64Array;
  longest: number;
}

/** Mentions sorted by start, built once per article: a scan of every mention per actor grows with the square of a long text. */
const mentionIndexes = new LastKeyCache<readonly Entity[], MentionIndex>();

function mentionIndexOf(entities: readonly Entity[]): MentionIndex {
  const cached = mentionIndexes.read(entities);
  if (cached) return cached;
  const mentions: IndexedMention[] = [];
  let longest = 0;
  for (let order = 0; order < entities.length; order++) {
    const entity = entities[order] as Entity;
    for (const span of entity.mentions) {
      mentions.push({ span, entity, order });
      longest = Math.max(longest, span.end - span.start);
    }
  }
  mentions.sort((a, b) => a.span.start - b.span.start || a.order - b.order);
  const starts = Float64Array.from(mentions, (mention) => mention.span.start);
  const index = { mentions, starts, longest };
  return mentionIndexes.remember(entities, index);
}

/** Index of the first value ≥ `offset` in the ascending `starts` (its length when there is none). */
function firstStartingAtOrAfter(starts: Float64Array, offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] as number) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Lower-case particles inside a person's name: "Osama bin Laden", "Anwar al Awlaki", "Rafael de la Cruz". */
const PERSON_PARTICLES = new Set([
  'bin',
  'ibn',
  'al',
  'el',
  'abu',
  'abd',
  'ul',
  'ud',
  'de',
  'del',
  'della',
  'la',
  'le',
  'da',
  'di',
  'du',
  'dos',
  'van',
  'von',
  'der',
  'den',
  'ter',
]);

/**
 * The end (exclusive) of the person's name that starts at `from`: capitalised words, initials ("John T.
 * Earnest") and particles between them. "of" and "and" end it: "Mark Hale of Lakeview" is a man from a
 * place, not an organisation's name.
 */
export function personNameEnd(words: readonly Word[], from: number, to: number): number {
  let end = from;
  while (end < to) {
    const word = words[end] as Word;
    // "Vekić": the tokenizer may cut a name at a letter it does not know; the pieces touch.
    const attached = end > from && word.start === (words[end - 1] as Word).end && ALL_LETTERS.test(word.text);
    if (isCapitalised(word) || attached) {
      end++;
      continue;
    }
    const after = words[end + 1];
    if (end > from && PERSON_PARTICLES.has(word.lower) && after && end + 1 < to && isCapitalised(after)) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

/** "Arab", "Libyan-born", "US-based": where a person comes from, written before the name. */
function describesOrigin(word: Word): boolean {
  return NATIONALITY_WORDS.has(word.lower) || HYPHENATED_ORIGIN.test(word.text);
}

/**
 * The person named by words `from..to-1`, or null when they name something else. Leading nationality
 * words are a description, not the name ("Arab Israeli Nasha'at Melhem" → "Nasha'at Melhem"). A name the
 * entities parser read as a person is resolved to it; one it read as an organisation or a place is not
 * a person. Otherwise two or more capitalised words make a name, never one: a lone capitalised word is
 * as likely a town or a group.
 */
export function personIn(
  context: ParseContext,
  words: readonly Word[],
  from: number,
  to: number,
): ActorRef | null {
  let start = from;
  while (start < to && describesOrigin(words[start] as Word)) start++;
  if (start >= to) return null;
  const span = wordsSpan(context.text, words, start, to);
  const entity = entityNaming(context, span, true);
  if (entity) return entity.kind === 'person' ? { name: entity.name, entityId: entity.id, span } : null;
  const named = words.slice(start, to).filter((word) => isCapitalised(word));
  if (named.length < 2) return null;
  const notName = (word: Word) =>
    NOT_NAME_START.has(word.lower) || ORGANISATION_HEADS.has(word.lower) || NATIONALITY_WORDS.has(word.lower);
  if (named.some(notName) || knownPlace(span.text) !== null) return null;
  return unresolvedActor(span);
}
