import { isWhiteSpaceCode } from '../characters.js';
import type { ArticleParser, ParseContext } from '../context.js';
import { loadNlp, tokenize } from '../nlp.js';
import { spanOf, trimSpan } from '../span.js';
import type { Span } from '../types.js';

/**
 * A sentence that ends in one of these and is followed by a lower-case word or a comma was cut by
 * wink-nlp inside an abbreviation ("3 p.m. on Tuesday", "Sen. Tim Scott, R-S.C., said").
 */
const ABBREVIATION =
  /^(?:[A-Z][a-z]{0,3}\.|[a-z]\.|(?:[A-Za-z]{1,4}\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cpl|Maj|Adm|Prof|Rev|St|Jr|Sr|No|Vol|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|approx|vs|etc)\.)$/;
const CONTINUES_SENTENCE = /^[\s"“”'’]*(?:[a-z]|[,;:)\]]|[A-Z]\.[,;)]|\d+\s*(?:a\.m\.|p\.m\.))/;
/** A photo credit or aside after a full stop ("... last year. (REUTERS)") belongs to that sentence. */
const TRAILING_PARENTHESIS = /^\([^()\n]{1,60}\)$/;
/** wink-nlp keeps "at 3 p.m. “We are done,” he said." as one sentence: a time that ends a sentence. */
const TIME_BEFORE_QUOTE = /\b[ap]\.m\.(?=\s+["“][A-Z])/g;

/**
 * Runs the one wink-nlp pass and sets `article.sentences`. Line breaks inside a paragraph (wrapped
 * wire copy) are read as spaces, since wink-nlp ends a sentence at every line break; the replacement
 * keeps every offset.
 */
export const sentencesParser: ArticleParser = {
  name: 'sentences',
  parse(context: ParseContext) {
    const { text, article } = context;
    const nlpText = prepareNlpText(text, article.paragraphs);
    const { tokens, sentenceTokenRanges } = tokenize(loadNlp(), nlpText, text);
    context.tokens = tokens;

    const rawSentences: Span[] = [];
    for (const [first, last] of sentenceTokenRanges) {
      const start = tokens[first]?.start ?? 0;
      const end = tokens[last]?.end ?? start;
      clipToParagraphs(text, article.paragraphs, start, end, rawSentences);
    }
    const sentences: Span[] = [];
    for (const sentence of mergeBrokenSentences(text, rawSentences))
      splitAfterTimes(text, sentence, sentences);
    article.sentences = sentences;

    let sentenceIndex = 0;
    for (const token of tokens) {
      while (sentenceIndex < sentences.length && (sentences[sentenceIndex] as Span).end <= token.start) {
        sentenceIndex++;
      }
      const sentence = sentences[sentenceIndex];
      token.sentence = sentence && sentence.start <= token.start ? sentenceIndex : -1;
    }
    context.trace('sentences', `${tokens.length} tokens, ${sentences.length} sentences`);
  },
};

/** wink-nlp's tokenizer slows down with the square of a run without white space ("l.l.l.…"). */
const LONGEST_RUN_WITHOUT_SPACE = 100;

/**
 * The text wink-nlp reads, with the same length and offsets as the input: line breaks inside a
 * paragraph (wrapped wire copy) become spaces, since wink ends a sentence at every line break, and a
 * run of more than 100 characters without white space gets a space every 100 characters, which keeps
 * the tokenizer linear. Token text is always read back from the input.
 */
function prepareNlpText(text: string, paragraphs: Span[]): string {
  // Pieces of the input between replaced characters: no per-character array for a wrapped 10 MB text.
  const pieces: string[] = [];
  let copiedUpTo = 0;
  const replace = (index: number) => {
    pieces.push(text.slice(copiedUpTo, index), ' ');
    copiedUpTo = index + 1;
  };
  for (const paragraph of paragraphs) {
    let run = 0;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const code = text.charCodeAt(i);
      // Most characters are neither white space nor a line break: one test, then on.
      if (code > 32 && code !== 0xa0) {
        if (++run > LONGEST_RUN_WITHOUT_SPACE) {
          replace(i);
          run = 0;
        }
        continue;
      }
      if (code === 10 || code === 13) replace(i);
      run = 0;
    }
  }
  if (copiedUpTo === 0) return text;
  pieces.push(text.slice(copiedUpTo));
  return pieces.join('');
}

/** Adds to `into` the pieces of start..end inside each paragraph it crosses. */
function clipToParagraphs(text: string, paragraphs: Span[], start: number, end: number, into: Span[]): void {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((paragraphs[mid] as Span).end <= start) low = mid + 1;
    else high = mid;
  }
  for (let index = low; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index] as Span;
    if (paragraph.start >= end) break;
    const piece = trimSpan(
      text,
      spanOf(text, Math.max(start, paragraph.start), Math.min(end, paragraph.end)),
    );
    if (piece.text.length > 0) into.push(piece);
  }
}

function mergeBrokenSentences(text: string, sentences: Span[]): Span[] {
  const merged: Span[] = [];
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1];
    const joined = previous !== undefined && sameParagraphGap(text, previous.end, sentence.start);
    if (
      previous &&
      joined &&
      // The cheap test first: most sentences start with a capital, so the abbreviation is not read.
      ((CONTINUES_SENTENCE.test(sentence.text) && endsWithAbbreviation(previous.text)) ||
        TRAILING_PARENTHESIS.test(sentence.text))
    ) {
      merged[merged.length - 1] = spanOf(text, previous.start, sentence.end);
    } else {
      merged.push(sentence);
    }
  }
  return merged;
}

/** Adds the sentence to `into`, cut after each "a.m."/"p.m." that ends it before a quote. */
function splitAfterTimes(text: string, sentence: Span, into: Span[]): void {
  if (!sentence.text.includes('.m.')) {
    into.push(sentence);
    return;
  }
  let start = sentence.start;
  for (const match of sentence.text.matchAll(TIME_BEFORE_QUOTE)) {
    const end = sentence.start + (match.index ?? 0) + match[0].length;
    const piece = trimSpan(text, spanOf(text, start, end));
    if (piece.text.length > 0) into.push(piece);
    start = end;
  }
  const last = trimSpan(text, spanOf(text, start, sentence.end));
  if (last.text.length > 0) into.push(last);
}

/**
 * The last word, cut at a space, hyphen or parenthesis ("R-S." in "Brooks, R-S.", "Ga." in
 * "Sen. Jane Roe (R-Ga.) said"), is an abbreviation.
 */
function endsWithAbbreviation(sentence: string): boolean {
  const withoutParenthesis = sentence.endsWith('.)') ? sentence.slice(0, -1) : sentence;
  const cut = Math.max(
    withoutParenthesis.lastIndexOf(' '),
    withoutParenthesis.lastIndexOf('-'),
    withoutParenthesis.lastIndexOf('('),
  );
  const lastWord = withoutParenthesis.slice(cut + 1);
  return lastWord.length <= 16 && ABBREVIATION.test(lastWord);
}

/** At most three white-space characters, none a line break, between two pieces of a sentence. */
function sameParagraphGap(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13 || !isWhiteSpaceCode(code)) return false;
  }
  return true;
}
