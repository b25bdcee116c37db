import {
  inflections,
  LISTENER_VERB_LEMMAS,
  QUOTED_ONLY_LEMMAS,
  REPORTING_PHRASES,
  REPORTING_VERB_LEMMAS,
  reportingLemmaOf,
} from '../../lexicon/reporting-verbs.js';
import { standsAlone, type Token } from '../../nlp.js';
import { WordShapes, wordListTest } from '../../token-words.js';
import {
  attached,
  endsWithIng,
  isWord,
  lower,
  MAX_SPEAKER_TOKENS,
  QUANTIFIER_HEADS,
  speakerAfter,
  speakerBefore,
  type TokenRange,
} from './phrase.js';

/** A reporting verb in the text and who it says is speaking. */
export interface Cue {
  verb: TokenRange;
  lemma: string;
  /** The speaker's noun phrase as written, or null when the clause has none ("adding that ..."). */
  speaker: TokenRange | null;
  /** The speaker stands after the verb ("said Zebari"). */
  inverted: boolean;
  /** The speaker is the previous cue's: this verb has no subject of its own ("..., adding that ..."). */
  inheritedSpeaker: boolean;
  /** "did not say": reports nothing said. */
  negated: boolean;
  /** The sentence's token range. */
  sentence: TokenRange;
}

/** Every reporting lemma and every inflection of one, as `reportingLemma` may look them up. */
const REPORTING_WORD_SHAPES = new WordShapes(
  [...REPORTING_VERB_LEMMAS, ...REPORTING_PHRASES.keys()].flatMap((lemma) => inflections(lemma)),
);

/** "adding to the pressure", "responded by ...", "added up": not reports. */
const ADD_PARTICLES = new Set(['to', 'by', 'up']);

/**
 * The reporting lemma of a token ("warned" → "warn", "called" → "call"), or null when the token is
 * no reporting verb. wink's lemma is tried first; the inflection table covers what it misses.
 */
function reportingLemmaOfToken(token: Token): string | null {
  const tagged = token.lemma;
  // Most verbs are not reports: rule them out by length and first letter before any lookup.
  if (!REPORTING_WORD_SHAPES.mayHold(tagged) && !REPORTING_WORD_SHAPES.mayHold(token.text)) return null;
  if (REPORTING_VERB_LEMMAS.has(tagged)) return tagged;
  const lemma = reportingLemmaOf(token.text) ?? tagged;
  return REPORTING_PHRASES.has(lemma) || REPORTING_VERB_LEMMAS.has(lemma) ? lemma : null;
}

/**
 * `reportingLemmaOfToken` by verb text: an article's sixty-odd verbs are mostly words read before. A
 * verb's lemma depends on its tag and word alone except in a word wink split (`standsAlone`). Bounded:
 * a feed of ever new words empties it now and then rather than growing it.
 */
const reportingLemmaByVerb = new Map<string, string | null>();
const REPORTING_LEMMA_CACHE_LIMIT = 8192;
/**
 * Longer words are not kept: V8 may hold a longer token text as a slice of the article, and a key
 * would then keep the whole article alive.
 */
const MAX_CACHED_VERB_LENGTH = 12;

function reportingLemma(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index] as Token;
  if (token.pos !== 'VERB' || token.text.length > MAX_CACHED_VERB_LENGTH || !standsAlone(tokens, index)) {
    return reportingLemmaOfToken(token);
  }
  const known = reportingLemmaByVerb.get(token.text);
  if (known !== undefined) return known;
  const lemma = reportingLemmaOfToken(token);
  if (reportingLemmaByVerb.size >= REPORTING_LEMMA_CACHE_LIMIT) reportingLemmaByVerb.clear();
  reportingLemmaByVerb.set(token.text, lemma);
  return lemma;
}

/** Verb forms that are never nouns, for a name ending in a possessive ("Moody's said"). */
const PAST_AFTER_POSSESSIVE = new Set([
  'said',
  'says',
  'told',
  'tells',
  'wrote',
  'writes',
  'added',
  'adds',
  'announced',
  'stated',
  'noted',
  'warned',
]);

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", '’s']);
// Asked of the word before every verb: a word of a length no list holds is not lower-cased.
const isPassiveAuxiliary = wordListTest(PASSIVE_AUXILIARIES);
const isQuantifierHead = wordListTest(QUANTIFIER_HEADS);
/**
 * The reporting verb starting at token `index` ("said", "called on", "according to"), or null. A verb
 * after "to" ("declined to say") or in the passive ("was told") reports nothing.
 */
function reportingVerbAt(
  tokens: readonly Token[],
  index: number,
): { range: TokenRange; lemma: string } | null {
  const token = tokens[index];
  if (!token) return null;
  // Most tokens are not verbs: ask the tag before lower-casing every word of the story.
  if (token.pos !== 'VERB' && !isWord(token, 'according')) return null;
  // Decided before wink is asked for the lemma, the dearest step of the parser: after such a word no
  // verb reports, and "according", the one cue exempt, is followed by "to".
  const afterNonReportingWord = followsNonReportingWord(tokens, index);
  if (afterNonReportingWord && !isWord(tokens[index + 1], 'to')) return null;
  const lemma = reportingLemma(tokens, index);
  if (lemma === null) return null;
  const particles = REPORTING_PHRASES.get(lemma);
  let last = index;
  if (particles) {
    if (!particles.includes(lower(tokens[index + 1]))) return null;
    last = index + 1;
  }
  // "a senior official, who asked not to be named": a request about the source, not a report; nor
  // are "adding to the pressure", "responded to the attack", "pledged delegates".
  if (lemma === 'ask' && (isWord(tokens[last + 1], 'not') || isWord(tokens[last + 1], 'to'))) return null;
  if ((lemma === 'add' || lemma === 'respond') && ADD_PARTICLES.has(lower(tokens[last + 1]))) return null;
  // "for continuing to insist": the verb of another report, not one of its own.
  if (lemma === 'continue' && isWord(tokens[last + 1], 'to')) return null;
  if (lemma === 'pledge' && tokens[last + 1]?.pos === 'NOUN') return null;
  if (lemma !== 'accord' && afterNonReportingWord) return null;
  return { range: { first: index, last }, lemma };
}

/**
 * The verb at `index` follows a word after which it reports nothing: "to" ("declined to say"), a
 * passive auxiliary ("was told"), an adjective or a preposition ("the above said", "as said"); but
 * after a quantifier it reports ("many said").
 */
function followsNonReportingWord(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (isWord(previous, 'to')) return true;
  // "a self-described conservative": a verb hyphened to the word before is an adjective.
  if (previous?.text === '-' && previous.end === (tokens[index] as Token).start) return true;
  const verb = (tokens[index] as Token).text;
  // After a possessive ending (PART) a verb form reports only when it cannot be a noun or a participle:
  // "Moody's said", "Standard and Poor's added"; "Obama's calls for", "the company's reported loss".
  if (
    isPassiveAuxiliary(previous) &&
    !endsWithIng(verb) &&
    (previous?.pos !== 'PART' || !PAST_AFTER_POSSESSIVE.has(verb))
  ) {
    return true;
  }
  return (
    previous !== undefined &&
    (previous.pos === 'ADJ' || previous.pos === 'ADP') &&
    !isQuantifierHead(previous)
  );
}

/**
 * Every reporting verb in the sentences, with its speaker: the subject before it ("Zebari said"), the
 * phrase after it when inverted ("said Zebari") or after "according to"; a verb with no subject of its
 * own ("..., adding that ...") takes the speaker of the sentence's previous cue.
 *
 * @param sentences - token ranges of the sentences to read
 * @param isQuoted - tokens inside quotation marks: the speaker's words, never a cue
 */
export function findCues(
  tokens: readonly Token[],
  sentences: readonly TokenRange[],
  isQuoted: (index: number) => boolean,
): Cue[] {
  const cues: Cue[] = [];
  for (const sentence of sentences) {
    let previous: Cue | null = null;
    let floor = sentence.first;
    for (let index = sentence.first; index <= sentence.last; index++) {
      if (isQuoted(index)) {
        floor = index + 1;
        continue;
      }
      // Only a verb or "according" (nine letters) can be a cue: most tokens stop here, without a call.
      // The length is read from the offsets (a token's text is the input between them): reading the
      // text itself would fetch every word's string from memory.
      const token = tokens[index] as Token;
      if (token.pos !== 'VERB' && token.end - token.start !== 9) continue;
      const verb = reportingVerbAt(tokens, index);
      if (!verb) continue;
      // "the fighting continued into the night" is no cue; "“…,” she continued" is.
      if (QUOTED_ONLY_LEMMAS.get(verb.lemma)?.besideOnly && !besideQuotation(verb.range, sentence, isQuoted))
        continue;
      const ceiling = lastUnquoted(tokens, verb.range.last, sentence.last, isQuoted);
      let speaker: TokenRange | null = null;
      let inverted = false;
      const participle = endsWithIng((tokens[verb.range.first] as Token).text);
      if (verb.lemma === 'accord') {
        speaker = speakerAfter(tokens, verb.range.last, ceiling, true);
        inverted = true;
      } else {
        speaker = speakerBefore(tokens, verb.range.first, floor);
        const before = tokens[verb.range.first - 1];
        const afterComma = !before || before.pos === 'PUNCT' || verb.range.first === floor;
        if (!speaker && afterComma && !participle && !LISTENER_VERB_LEMMAS.has(verb.lemma)) {
          speaker = speakerAfter(tokens, verb.range.last, ceiling);
          inverted = speaker !== null;
        }
      }
      const cue: Cue = {
        verb: verb.range,
        lemma: verb.lemma,
        speaker,
        inverted,
        inheritedSpeaker: false,
        negated: isNegated(tokens, verb.range.first, floor),
        sentence,
      };
      if (!speaker && verb.lemma === 'accord') {
        // "according to" names its own source or none: it never borrows the sentence's speaker.
      } else if (!speaker && previous?.speaker) {
        cue.speaker = previous.speaker;
        cue.inverted = previous.inverted;
        cue.inheritedSpeaker = true;
      } else if (!speaker && participle && !previous) {
        // "Clinton spoke on Monday, arguing that ...": the participle's speaker is the clause's subject.
        cue.speaker = mainClauseSubject(tokens, sentence.first, verb.range.first, isQuoted);
        cue.inheritedSpeaker = cue.speaker !== null;
      } else if (
        !speaker &&
        (isWord(tokens[verb.range.first - 1], 'and') || isWord(tokens[verb.range.first - 1], 'but'))
      ) {
        // "Trump welcomed the result and said he would ...": the subject of the verb it is joined to.
        cue.speaker =
          subjectOfVerbBefore(tokens, floor, verb.range.first - 1, isQuoted) ??
          mainClauseSubject(tokens, sentence.first, verb.range.first, isQuoted);
        cue.inheritedSpeaker = cue.speaker !== null;
      }
      cues.push(cue);
      previous = cue;
      index = verb.range.last;
    }
  }
  return cues;
}

/**
 * A quotation ends a few tokens before the verb ("“…,” she continued", "“…,” continued Ruiz") or
 * opens just after its colon or comma ("Ruiz continued: “…”").
 */
function besideQuotation(
  verb: TokenRange,
  sentence: TokenRange,
  isQuoted: (index: number) => boolean,
): boolean {
  for (let index = verb.first - 1; index >= sentence.first && verb.first - index <= 4; index--) {
    if (isQuoted(index)) return true;
  }
  return verb.last + 2 <= sentence.last && isQuoted(verb.last + 2);
}

/** A verb or auxiliary standing as a word of its own, not glued to the token before it. */
function isFreeVerb(tokens: readonly Token[], index: number): boolean {
  const pos = (tokens[index] as Token).pos;
  return (pos === 'VERB' || pos === 'AUX') && !attached(tokens[index - 1], tokens[index]);
}

function mainClauseSubject(
  tokens: readonly Token[],
  first: number,
  before: number,
  isQuoted: (index: number) => boolean,
): TokenRange | null {
  // The subject comes early; a sentence with no verb in its first words gives none.
  for (let index = first; index < before && index - first < 40; index++) {
    if (isQuoted(index)) return null;
    if (isFreeVerb(tokens, index)) {
      return speakerBefore(tokens, index, first);
    }
  }
  return null;
}

/** The subject of the nearest verb before `before` ("welcomed" in "Trump welcomed it and said"). */
function subjectOfVerbBefore(
  tokens: readonly Token[],
  floor: number,
  before: number,
  isQuoted: (index: number) => boolean,
): TokenRange | null {
  for (let index = before - 1; index >= floor && before - index <= 30; index--) {
    if (isQuoted(index)) continue;
    if (isFreeVerb(tokens, index)) {
      return speakerBefore(tokens, index, floor);
    }
  }
  return null;
}

function isNegated(tokens: readonly Token[], verbFirst: number, floor: number): boolean {
  for (let index = verbFirst - 1; index >= Math.max(floor, verbFirst - 3); index--) {
    const token = tokens[index];
    if (isWord(token, 'not') || isWord(token, "n't") || isWord(token, 'never')) return true;
  }
  return false;
}

function lastUnquoted(
  tokens: readonly Token[],
  from: number,
  last: number,
  isQuoted: (index: number) => boolean,
): number {
  const bound = Math.min(last, from + MAX_SPEAKER_TOKENS + 2, tokens.length - 1);
  let index = from;
  while (index + 1 <= bound && !isQuoted(index + 1)) index++;
  return index;
}
