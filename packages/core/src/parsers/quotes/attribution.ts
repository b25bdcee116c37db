import { QUOTED_ONLY_LEMMAS } from '../../lexicon/reporting-verbs.js';
import { firstTokenFrom, type Token } from '../../nlp.js';
import { findSpanIndex } from '../../span.js';
import type { Span } from '../../types.js';
import type { Cue } from './cues.js';
import type { QuotedSegment } from './direct.js';
import { clauseEnd, clauseStart } from './indirect.js';
import { isWord, type TokenRange } from './phrase.js';

/** A cue this far (in tokens) after a closing mark still attributes the quote: `”, the minister said`. */
const MAX_GAP_AFTER_QUOTE = 3;
/** How many cues back the one before a quotation is looked for, past cues with no speaker. */
const MAX_CUES_BACK = 8;

/** Who a quoted stretch belongs to. */
export interface Attribution {
  cue: Cue | null;
  /** The cue stands in an earlier sentence ("Lynch said ... . “...”"): it names the speaker only. */
  remote: boolean;
  /** The stretch keeps the previous quote's speaker (a split quote, the next paragraph of one voice). */
  inheritsPrevious: boolean;
}

/**
 * Finds who a quoted stretch belongs to: a cue just after its closing mark (“...,” said Zebari), else
 * the nearest cue before it in its sentence (Zebari called on the government to “...”), else the
 * previous quote's speaker when this one opens a sentence right after it (“...,” he said. “...”) or
 * opens the next paragraph.
 */
export function attributeSegment(
  tokens: readonly Token[],
  segment: QuotedSegment,
  paragraphs: readonly Span[],
  cues: readonly Cue[],
  quotedBy: readonly number[],
  sentenceOf: SentenceOfToken,
  previous: { segment: QuotedSegment; attributed: boolean } | null,
): Attribution {
  const openToken = tokenAt(tokens, segment.span.start);
  const closeToken = lastTokenBefore(tokens, segment.span.end);
  if (openToken < 0 || closeToken < openToken) return { cue: null, remote: false, inheritsPrevious: false };
  const closeSentence = sentenceOf.at(closeToken) ?? -1;
  const openSentence = sentenceOf.at(openToken) ?? -1;

  let after: Cue | null = null;
  let before: Cue | null = null;
  const firstCandidate = firstCueAfter(cues, openToken);
  for (let index = firstCandidate - 1; index >= 0 && firstCandidate - index <= MAX_CUES_BACK; index--) {
    const cue = cues[index] as Cue;
    if (sentenceOf.at(cue.verb.first) !== openSentence) break;
    // "described the port as “an open door”": such a verb gives only the quotation its "as" opens.
    if (!reportsQuotationAfter(tokens, cue, openToken)) continue;
    if (cue.speaker) {
      before = cue;
      break;
    }
  }
  const cueAfter = cues[firstCueAfter(cues, closeToken)];
  // “How are you today?” Miller said. — the tagger may end the sentence at the mark; the cue after it
  // still belongs to the quote when it reports nothing of its own.
  const cueSentence = cueAfter ? sentenceOf.at(cueAfter.verb.first) : -1;
  const sameSentence =
    cueSentence === closeSentence ||
    (cueAfter !== undefined &&
      cueSentence === closeSentence + 1 &&
      sentenceOf.at(closeToken + 1) === cueSentence &&
      reportsNothingAfter(tokens, cueAfter));
  if (cueAfter?.speaker && sameSentence && reportsQuotationBefore(tokens, cueAfter, closeToken)) {
    const gapStart = closeToken + 1;
    const gapEnd = clauseStart(cueAfter) - 1;
    let gap = 0;
    let interrupted = false;
    for (let index = gapStart; index <= gapEnd && !interrupted; index++) {
      if (index - gapStart > 3 * MAX_GAP_AFTER_QUOTE) interrupted = true;
      if ((quotedBy[index] ?? -1) >= 0) interrupted = true;
      else if ((tokens[index] as Token).pos !== 'PUNCT') gap++;
      if (gap > MAX_GAP_AFTER_QUOTE) interrupted = true;
    }
    if (!interrupted) after = cueAfter;
  }
  if (after) return { cue: after, remote: false, inheritsPrevious: false };
  if (before) return { cue: before, remote: false, inheritsPrevious: false };

  const opensSentence = opensItsSentence(tokens, sentenceOf, openToken);
  // “...,” he said. “...” — or “Lynch said her colleague ... . “...”: the last speaker of the paragraph.
  const earlier = cues[firstCandidate - 1];
  const earlierInParagraph =
    earlier?.speaker &&
    findSpanIndex(paragraphs, (tokens[earlier.verb.first] as Token).start) === segment.firstParagraph &&
    (!previous || previous.segment.span.end <= (tokens[earlier.verb.first] as Token).start);
  if (opensSentence && earlierInParagraph) return { cue: earlier, remote: true, inheritsPrevious: false };
  // "He told his audience:" then the quotation as a paragraph of its own.
  const opensParagraph = paragraphs[segment.firstParagraph]?.start === segment.span.start;
  if (opensParagraph && earlier?.speaker) {
    const cueParagraph = findSpanIndex(paragraphs, (tokens[earlier.verb.first] as Token).start);
    if (cueParagraph === segment.firstParagraph - 1 && paragraphs[cueParagraph]?.text.endsWith(':')) {
      return { cue: earlier, remote: true, inheritsPrevious: false };
    }
  }

  if (previous?.attributed) {
    const sameParagraph = previous.segment.lastParagraph === segment.firstParagraph;
    const opensNextParagraph =
      segment.firstParagraph > previous.segment.lastParagraph &&
      segment.firstParagraph - previous.segment.lastParagraph <= 2 &&
      paragraphs[segment.firstParagraph]?.start === segment.span.start;
    if ((opensSentence && sameParagraph) || opensNextParagraph) {
      return { cue: null, remote: false, inheritsPrevious: true };
    }
  }
  return { cue: null, remote: false, inheritsPrevious: false };
}

/**
 * The cue before a quotation reports it: any reporting verb does, a verb of `QUOTED_ONLY_LEMMAS` only
 * through its joining word ("described … as “…”", "continued: “…”").
 */
function reportsQuotationAfter(tokens: readonly Token[], cue: Cue, openToken: number): boolean {
  const quotedOnly = QUOTED_ONLY_LEMMAS.get(cue.lemma);
  if (!quotedOnly) return true;
  const joining = tokens[openToken - 1];
  if (!quotedOnly.joinedBy.some((word) => isWord(joining, word))) return false;
  return !quotedOnly.besideOnly || clauseEnd(cue) === openToken - 2;
}

/**
 * The cue after a quotation reports it: any reporting verb does but "described", and a verb that
 * reports only beside its quotation unless a conjunction stands between ("“…,” she continued", not
 * "“…,” but the strike continued").
 */
function reportsQuotationBefore(tokens: readonly Token[], cue: Cue, closeToken: number): boolean {
  const quotedOnly = QUOTED_ONLY_LEMMAS.get(cue.lemma);
  if (!quotedOnly) return true;
  if (!quotedOnly.besideOnly) return false;
  for (let index = closeToken + 1; index < clauseStart(cue); index++) {
    if ((tokens[index] as Token).pos === 'CCONJ') return false;
  }
  return true;
}

/** True when nothing but a phrase like "pleasantly into the phone" follows the cue in its sentence. */
function reportsNothingAfter(tokens: readonly Token[], cue: Cue): boolean {
  const from = clauseEnd(cue) + 1;
  if (cue.sentence.last - from > 20) return false;
  for (let index = from; index <= cue.sentence.last; index++) {
    const token = tokens[index] as Token;
    if ((token.pos === 'VERB' || token.pos === 'AUX') && tokens[index - 1]?.text !== '-') return false;
    if (/^[“"«]$/.test(token.text)) return false;
  }
  return true;
}

/** The quotation opens its sentence, or follows only a conjunction or adverb ("But “...”"). */
function opensItsSentence(tokens: readonly Token[], sentenceOf: SentenceOfToken, openToken: number): boolean {
  const sentence = sentenceOf.at(openToken);
  for (let index = openToken - 1, words = 0; index >= 0 && openToken - index <= 3; index--) {
    if (sentenceOf.at(index) !== sentence) return true;
    const token = tokens[index] as Token;
    if (token.pos === 'PUNCT') continue;
    if (!/^(?:CCONJ|ADV)$/.test(token.pos) || ++words > 1) return false;
  }
  return openToken === 0 || sentenceOf.at(openToken - 1) !== sentence;
}

/**
 * Which of the read sentences holds a token, found by a binary search: only the tokens around each
 * quotation are asked, so no table over every token of the story is filled.
 */
export class SentenceOfToken {
  /**
   * @param sentences - token ranges in text order, not overlapping
   * @param tokenCount - how many tokens the story has
   */
  constructor(
    private readonly sentences: readonly TokenRange[],
    private readonly tokenCount: number,
  ) {}

  /** The index of the sentence holding token `index`, -1 when none does, undefined past the tokens. */
  at(index: number): number | undefined {
    if (!(index >= 0 && index < this.tokenCount)) return undefined;
    const { sentences } = this;
    let low = 0;
    let high = sentences.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const sentence = sentences[mid] as TokenRange;
      if (index < sentence.first) high = mid - 1;
      else if (index > sentence.last) low = mid + 1;
      else return mid;
    }
    return -1;
  }
}

/** Index of the first cue whose verb comes after token `index` (cues are in text order). */
function firstCueAfter(cues: readonly Cue[], index: number): number {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((cues[mid] as Cue).verb.first > index) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Index of the first token starting at or after `offset`, or -1. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  const index = firstTokenFrom(tokens, offset);
  return index < tokens.length ? index : -1;
}

function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as Token).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
