import { firstTokenFrom, type Token } from '../../nlp.js';
import { wordListTest } from '../../token-words.js';

const FUTURE_WORDS = new Set([
  'will',
  "'ll",
  '’ll',
  'shall',
  'wo',
  'tomorrow',
  'next',
  'upcoming',
  'forthcoming',
]);

const PRESENT_FORMS = new Set(['am', 'are', "'re", '’re', "'m", '’m', 'do', 'have']);

/** How many tokens around a date are searched for the verb that governs it. */
const VERB_WINDOW = 40;

export type Tense = 'past' | 'future' | 'neutral';

/** The tense around one date: of the verb that governs it, and of its whole sentence. */
export interface MentionTense {
  local: Tense;
  sentence: Tense;
}

/** Most words are ruled out by length and first letter, without lower-casing (`wordListTest`). */
const isFutureWord = wordListTest(FUTURE_WORDS);

function isVerb(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX';
}

/**
 * wink-nlp gives no tense: a verb whose word differs from its lemma and is not a present form is
 * past. The lemma is asked last: wink finds it on first use, which costs more than the other tests.
 */
function isPastVerb(token: Token): boolean {
  const word = token.text.toLowerCase();
  return !word.endsWith('s') && !word.endsWith('ing') && !PRESENT_FORMS.has(word) && word !== token.lemma;
}

const isFutureInThePastWord = wordListTest(new Set(['would', "'d", '’d']));

/** "would" (or "'d") before a plain verb: in reported speech, what was still to come when it was said. */
function isFutureInThePast(token: Token): boolean {
  return token.pos === 'AUX' && isFutureInThePastWord(token);
}

/** The tense a token signals: future words, past verb forms, other verbs; null for non-verbs. */
function tokenTense(token: Token): Tense | null {
  if (isFutureWord(token)) return 'future';
  if (!isVerb(token)) return null;
  return isPastVerb(token) ? 'past' : 'neutral';
}

/** Each sentence's tokens, as [first, end) indexes into `tokens`. */
export function sentenceTokenSpans(tokens: readonly Token[], sentenceCount: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = Array.from({ length: sentenceCount }, () => [0, 0]);
  tokens.forEach((token, index) => {
    const range = ranges[token.sentence];
    if (!range) return;
    if (range[1] === 0) range[0] = index;
    range[1] = index + 1;
  });
  return ranges;
}

/**
 * One sentence's tokens as [first, end) indexes into `tokens`, as `sentenceTokenSpans` gives them,
 * found by a binary search on the sentence's start: only sentences holding a date need them. Tokens
 * are in text order and a sentence's tokens follow one another from its start; when they do not
 * (no token of the sentence there), the full table is built once and read.
 */
export function tokenSpanFinder(
  tokens: readonly Token[],
  sentenceCount: number,
): (sentenceIndex: number, sentenceStart: number) => [number, number] {
  let table: Array<[number, number]> | undefined;
  return (sentenceIndex, sentenceStart) => {
    const first = firstTokenFrom(tokens, sentenceStart);
    if (tokens[first]?.sentence !== sentenceIndex || tokens[first - 1]?.sentence === sentenceIndex) {
      table ??= sentenceTokenSpans(tokens, sentenceCount);
      return table[sentenceIndex] ?? [0, 0];
    }
    let end = first + 1;
    while (end < tokens.length && (tokens[end] as Token).sentence === sentenceIndex) end++;
    return [first, end];
  };
}

/** Future when "will", "next" or "tomorrow" appear; past when a verb is in a past form; else neutral. */
export function sentenceTense(tokens: readonly Token[], [first, end]: [number, number]): Tense {
  // Future words first: they decide wherever they stand, and need no lemma.
  for (let index = first; index < end; index++) {
    if (isFutureWord(tokens[index] as Token)) return 'future';
  }
  for (let index = first; index < end; index++) {
    const token = tokens[index] as Token;
    if (isVerb(token) && isPastVerb(token)) return 'past';
  }
  return 'neutral';
}

/**
 * The tense of the verb that governs a date: the nearest verb before it (with its auxiliary: "will
 * come"), or the first after it ("On Wednesday evening, the ambassador led ..."). A past verb elsewhere
 * in the sentence must not pull a deadline back a year ("The offer, announced today, expires March 25").
 */
export function tenseAt(tokens: readonly Token[], [first, end]: [number, number], offset: number): Tense {
  // Binary search: a sentence may hold thousands of dates, and each must not rescan its tokens.
  let index = first;
  let high = end;
  while (index < high) {
    const mid = (index + high) >> 1;
    if ((tokens[mid] as Token).start < offset) index = mid + 1;
    else high = mid;
  }
  // The governing verb is near the date; a bounded window keeps a long run-on sentence linear.
  for (let before = index - 1; before >= Math.max(first, index - VERB_WINDOW); before--) {
    const tense = tokenTense(tokens[before] as Token);
    if (tense === null) continue;
    if (tense !== 'neutral') return tense;
    for (let aux = before - 1; aux >= Math.max(first, before - 3); aux--) {
      // "said shipping would resume on Wednesday": the future as seen from the past of the report.
      if (isFutureInThePast(tokens[aux] as Token)) return 'future';
      const auxTense = tokenTense(tokens[aux] as Token);
      if (auxTense === 'future' || (auxTense === 'past' && (tokens[aux] as Token).pos === 'AUX'))
        return auxTense;
    }
    return 'neutral';
  }
  for (let after = index; after < Math.min(end, index + VERB_WINDOW); after++) {
    const tense = tokenTense(tokens[after] as Token);
    if (tense !== null) return tense;
  }
  return 'neutral';
}

/**
 * The tenses around the dates of one sentence, each read once and only when a date asks: most dates
 * ("last year", "March 2020") need neither, and the sentence's tokens are found only for those that do.
 */
export class SentenceTenses {
  private tokenSpan: [number, number] | undefined;
  private wholeSentence: Tense | undefined;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly tokenSpanOf: (sentenceIndex: number, sentenceStart: number) => [number, number],
    private readonly sentenceIndex: number,
    private readonly sentenceStart: number,
  ) {}

  get sentence(): Tense {
    this.wholeSentence ??= sentenceTense(this.tokens, this.sentenceTokens());
    return this.wholeSentence;
  }

  /** The tenses of the date at `offset` in the text. */
  at(offset: number): MentionTense {
    return new TenseAtOffset(this, offset);
  }

  /** The local tense of the date at `offset`. */
  localAt(offset: number): Tense {
    return tenseAt(this.tokens, this.sentenceTokens(), offset);
  }

  private sentenceTokens(): [number, number] {
    this.tokenSpan ??= this.tokenSpanOf(this.sentenceIndex, this.sentenceStart);
    return this.tokenSpan;
  }
}

/** One date's `MentionTense`, read lazily from its sentence's `SentenceTenses`. */
class TenseAtOffset implements MentionTense {
  private localTense: Tense | undefined;

  constructor(
    private readonly tenses: SentenceTenses,
    private readonly offset: number,
  ) {}

  get local(): Tense {
    this.localTense ??= this.tenses.localAt(this.offset);
    return this.localTense;
  }

  get sentence(): Tense {
    return this.tenses.sentence;
  }
}
