import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { isLetterOrDigitCode } from './characters.js';
import { firstStartingFrom } from './span.js';

/**
 * A word or mark of the input, with its offsets and wink-nlp's annotations. `text` is always
 * `input.slice(start, end)`, so its length can be read from the offsets without touching the string.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink-nlp ("PROPN", "VERB", ...). */
  pos: string;
  /** Lower-case lemma ("say" for "said"). */
  lemma: string;
  /** Index of the sentence (in `Article.sentences`) the token belongs to; -1 until sentences are set. */
  sentence: number;
}

type WinkNLP = ReturnType<typeof winkNLP>;

let shared: WinkNLP | null = null;

/** wink-nlp with the English lite model, loaded once (about 130 ms, 60 MB) and shared by every parser. */
export function loadNlp(): WinkNLP {
  if (!shared) shared = winkNLP(model, ['sbd', 'pos']);
  return shared;
}

/** Index of the first token starting at or after `offset` (`tokens.length` when none does). */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  return firstStartingFrom(tokens, offset);
}

export interface TokenizedText {
  tokens: Token[];
  /** wink-nlp's sentence boundaries, as [first token, last token] pairs. */
  sentenceTokenRanges: Array<[number, number]>;
}

/**
 * One wink-nlp pass over the text. wink does not report offsets, so each token value is found again
 * in the input from a moving cursor; wink drops some white space, never other characters. `input`
 * is the text the caller was given when wink reads a copy with the same offsets: token text comes from it.
 */
export function tokenize(nlp: WinkNLP, text: string, input: string = text): TokenizedText {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const docTokens = doc.tokens();
  const values = docTokens.out(its.value) as string[];
  const tags = docTokens.out(its.pos) as string[];
  const tokens: Token[] = [];
  // Where wink's token i starts in `tokens`: a possessive wink kept whole is split in two.
  const positionOf = new Int32Array(values.length + 1);
  // Only a token wink did not split itself asks: the two halves of a split possessive know their lemma.
  const lemmaOf = (winkIndex: number): string => {
    // A word wink split ("ca|n't", "gon|na") carries its lemma in the token data, not in the lexicon.
    const cacheable = standsAlone(tokens, positionOf[winkIndex] as number);
    const value = values[winkIndex] as string;
    const lemmasOfTag = cacheable ? lemmaCache.of(tags[winkIndex] ?? 'X') : null;
    const known = lemmasOfTag?.get(value);
    if (known !== undefined) return known;
    // wink's typings declare lemma with a different signature from the other token selectors.
    const lemma = (docTokens.itemAt(winkIndex).out(its.lemma as typeof its.value) as string).toLowerCase();
    if (lemmasOfTag) lemmaCache.add(lemmasOfTag, value, lemma);
    return lemma;
  };
  let cursor = 0;
  const readsInput = text === input;
  for (let i = 0; i < values.length; i++) {
    positionOf[i] = tokens.length;
    const value = values[i] as string;
    let start = startOfValue(text, value, cursor);
    // A token wink rewrote (rare): keep the cursor and give it an empty span rather than a wrong one.
    const end = start < 0 ? cursor : start + value.length;
    if (start < 0) start = cursor;
    const tag = tags[i] ?? 'X';
    if (end - start === value.length && isWholePossessive(value)) {
      const cut = end - 2;
      const owner = input.slice(start, cut);
      // wink tags an unknown whole possessive as a name; "nation" of "nation's" is a common noun.
      const ownerTag = tag === 'PROPN' && isLowerCaseCode(owner.charCodeAt(0)) ? 'NOUN' : tag;
      tokens.push(new WinkToken(start, cut, owner, ownerTag, i, lemmaOf, owner.toLowerCase()));
      const ending = input.slice(cut, end);
      tokens.push(new WinkToken(cut, end, ending, 'PART', i, lemmaOf, ending));
    } else {
      // wink's value is the input's own text unless wink read a copy with replaced characters: reusing
      // it saves a string per token.
      const tokenText = end - start === value.length && readsInput ? value : input.slice(start, end);
      tokens.push(new WinkToken(start, end, tokenText, tag, i, lemmaOf));
    }
    cursor = end;
  }
  positionOf[values.length] = tokens.length;
  // Each sentence's [first token, last token] as wink stores it, without an item object per sentence.
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const sentenceTokenRanges: Array<[number, number]> = [];
  for (const [first, last] of spans) {
    if (first <= last)
      sentenceTokenRanges.push([positionOf[first] as number, (positionOf[last + 1] as number) - 1]);
  }
  return { tokens, sentenceTokenRanges };
}

/** Where `value` starts within 64 characters of `cursor` (wink drops white space between tokens), or -1. */
function startOfValue(text: string, value: string, cursor: number): number {
  for (let at = cursor; at <= cursor + MAX_SKIPPED_BEFORE_TOKEN && at < text.length; at++) {
    if (text.startsWith(value, at)) return at;
  }
  return -1;
}
const MAX_SKIPPED_BEFORE_TOKEN = 64;

/**
 * "Rubio’s" as one token. wink splits a possessive the first time it meets the word ("Rubio" + "’s"),
 * but keeps it whole once "Rubio’s," (before a punctuation mark) has put it in its lexicon, in this
 * article or any article read before: the same text would tokenize differently with history. Splitting
 * every whole possessive gives the same tokens whatever was read before.
 */
function isWholePossessive(value: string): boolean {
  const length = value.length;
  if (length < 3 || value.charCodeAt(length - 1) !== 115) return false;
  const apostrophe = value.charCodeAt(length - 2);
  if (apostrophe !== 39 && apostrophe !== 0x2019) return false;
  return isLetterOrDigitCode(value.charCodeAt(length - 3));
}

/**
 * Lemmas by tag and word: outside split words wink's lemma depends on nothing else, and asking wink
 * costs ~2 µs a word (an item object per call), most of the lemma cost of an article. Bounded: a feed
 * of ever new words empties it now and then rather than growing it.
 */
class LemmaCache {
  private readonly byTag = new Map<string, Map<string, string>>();
  private size = 0;

  /** The lemmas of one tag, by word: two lookups, no key string built per word. */
  of(tag: string): Map<string, string> {
    let lemmas = this.byTag.get(tag);
    if (!lemmas) {
      lemmas = new Map();
      this.byTag.set(tag, lemmas);
    }
    return lemmas;
  }

  add(lemmasOfTag: Map<string, string>, word: string, lemma: string): void {
    if (this.size >= LEMMA_CACHE_LIMIT) {
      for (const lemmas of this.byTag.values()) lemmas.clear();
      this.size = 0;
    }
    lemmasOfTag.set(word, lemma);
    this.size++;
  }
}
const lemmaCache = new LemmaCache();
const LEMMA_CACHE_LIMIT = 16_384;

/**
 * The token is a whole word of its own, not part of one wink split ("ca|n't", "gon|na"): no apostrophe
 * in it, and no letter, digit, apostrophe or character past ASCII touching it on either side. Only such
 * a token's lemma depends on its tag and word alone, so only its lemma may be cached by word. An empty
 * token (one wink rewrote) does not count.
 */
export function standsAlone(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const { text } = token;
  if (text.length === 0) return false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x27 || code === 0x2019) return false;
  }
  const before = tokens[index - 1];
  if (
    before !== undefined &&
    before.end === token.start &&
    joinsWord(before.text.charCodeAt(before.text.length - 1))
  )
    return false;
  const after = tokens[index + 1];
  return !(after !== undefined && after.start === token.end && joinsWord(after.text.charCodeAt(0)));
}

/** A letter or digit of any script, or an apostrophe: a character that glues tokens into one word. */
function joinsWord(code: number): boolean {
  return isLetterOrDigitCode(code) || code === 0x27;
}

function isLowerCaseCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * A token whose lemma wink computes when first asked: lemmatising every word costs a fifth of the NLP
 * pass, and only verbs (reporting verbs) and capitalised words (plural names) are ever asked.
 */
class WinkToken implements Token {
  sentence = -1;
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public pos: string,
    private readonly winkIndex: number,
    private readonly lemmaOf: (winkIndex: number) => string,
    private knownLemma?: string,
  ) {}

  get lemma(): string {
    this.knownLemma ??= this.lemmaOf(this.winkIndex);
    return this.knownLemma;
  }
}
