import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** A word or mark of the input, with its offsets and wink-nlp's annotations. */
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
  // wink's typings declare lemma with a different signature from the other token selectors.
  const lemmaOf = (index: number) =>
    (docTokens.itemAt(index).out(its.lemma as typeof its.value) as string).toLowerCase();
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    let start = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    // A token wink rewrote (rare): keep the cursor and give it an empty span rather than a wrong one.
    if (start < 0 || start - cursor > 64) start = cursor;
    const end = text.startsWith(value, start) ? start + value.length : start;
    tokens.push(new WinkToken(start, end, input.slice(start, end), tags[i] ?? 'X', i, lemmaOf));
    cursor = end;
  }
  // Each sentence's [first token, last token] as wink stores it, without an item object per sentence.
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const sentenceTokenRanges = spans.filter(([first, last]) => first <= last);
  return { tokens, sentenceTokenRanges };
}

/**
 * A token whose lemma wink computes when first asked: lemmatising every word costs a fifth of the NLP
 * pass, and only verbs (reporting verbs) and capitalised words (plural names) are ever asked.
 */
class WinkToken implements Token {
  sentence = -1;
  private knownLemma: string | undefined;
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public pos: string,
    private readonly index: number,
    private readonly lemmaOf: (index: number) => string,
  ) {}

  get lemma(): string {
    this.knownLemma ??= this.lemmaOf(this.index);
    return this.knownLemma;
  }
}
