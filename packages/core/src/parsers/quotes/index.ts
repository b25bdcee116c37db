import { startsLowerCase, wordCount } from '../../characters.js';
import type { ArticleParser, ParseContext } from '../../context.js';
import { firstTokenFrom, type Token } from '../../nlp.js';
import { spanOf } from '../../span.js';
import type { ActorRef, Quote, Span } from '../../types.js';
import { attributeSegment, SentenceOfToken, tokenAt } from './attribution.js';
import { type Cue, findCues } from './cues.js';
import { findQuotedSegments, looksLikeTitle, type QuotedSegment } from './direct.js';
import { headlineAttribution } from './headline.js';
import { clauseEnd, indirectContent } from './indirect.js';
import type { TokenRange } from './phrase.js';
import { createSpeakerResolver, type SpeakerResolver } from './speaker.js';

/** An unattributed quote shorter than this is a scare quote or a title ("an unannounced “truce”"). */
const MIN_UNATTRIBUTED_WORDS = 6;

interface DraftQuote {
  kind: Quote['kind'];
  text: Span;
  /** The quoted stretch with its marks, for direct quotes. */
  marks: Span | null;
  cue: Cue | null;
  remote?: boolean;
  inherited: DraftQuote | null;
  speaker?: ActorRef | null;
}

/**
 * Direct quotes (between quotation marks) and indirect speech ("X said (that) ...", "according to X")
 * with the speaker resolved through `article.entities`. Reads the paragraphs, tokens and entities;
 * writes `article.quotes`, in text order.
 */
export const quotesParser: ArticleParser = {
  name: 'quotes',
  parse(context: ParseContext) {
    const { text, article, tokens, layout } = context;
    // The trace ignores messages without `debug`: skip building them.
    const { debug } = context.options;
    // The standfirst is read: it often carries the story’s main attribution. Captions are not, nor is the
    // headline but for its own attribution ("Pence: …"), read at the end.
    const standfirst = article.standfirst ? article.paragraphs.indexOf(article.standfirst) : -1;
    const isSkipped = (index: number) =>
      index !== standfirst && (index < layout.bodyStart || layout.furniture.has(index));
    const segments = findQuotedSegments(text, article.paragraphs, isSkipped);
    const quotedBy = tokenSegments(tokens, segments);
    const sentences = bodySentences(tokens, article.paragraphs, isSkipped, article.dateline?.span.end ?? -1);
    const sentenceOf = new SentenceOfToken(sentences, tokens.length);
    const cues = findCues(tokens, sentences, (index) => (quotedBy[index] ?? -1) >= 0);

    const drafts: DraftQuote[] = [];
    const cuesOfDirect = new Set<Cue>();
    let previous: { draft: DraftQuote; segment: QuotedSegment } | null = null;
    for (const segment of segments) {
      const attribution = attributeSegment(
        tokens,
        segment,
        article.paragraphs,
        cues,
        quotedBy,
        sentenceOf,
        previous && {
          segment: previous.segment,
          attributed: Boolean(previous.draft.cue || previous.draft.inherited),
        },
      );
      if (
        !attribution.cue &&
        !attribution.inheritsPrevious &&
        wordCount(segment.content.text) < MIN_UNATTRIBUTED_WORDS
      ) {
        if (debug) context.trace('quotes', `scare quote, skipped: “${segment.content.text}”`);
        continue;
      }
      if (looksLikeTitle(segment.content.text)) {
        if (debug) context.trace('quotes', `title, skipped: “${segment.content.text}”`);
        continue;
      }
      const draft: DraftQuote = {
        kind: 'direct',
        text: segment.content,
        marks: segment.span,
        cue: attribution.cue,
        remote: attribution.remote,
        inherited: attribution.inheritsPrevious && previous ? previous.draft : null,
      };
      if (
        attribution.cue &&
        !attribution.remote &&
        attribution.cue.verb.first > tokenAt(tokens, segment.span.start)
      ) {
        cuesOfDirect.add(attribution.cue);
      }
      drafts.push(draft);
      previous = { draft, segment };
    }

    for (let index = 0; index < cues.length; index++) {
      const cue = cues[index] as Cue;
      if (!cue.speaker || cue.negated || cuesOfDirect.has(cue)) continue;
      const before = cues[index - 1];
      const next = cues[index + 1];
      const previousEnd = before && before.sentence === cue.sentence ? clauseEnd(before) : -1;
      const content = indirectContent(
        tokens,
        cue,
        previousEnd,
        next && next.sentence === cue.sentence ? next : null,
      );
      if (!content || !hasUnquotedWords(tokens, content, quotedBy, 3)) continue;
      const contentSpan = spanOf(
        text,
        (tokens[content.first] as Token).start,
        (tokens[content.last] as Token).end,
      );
      drafts.push({ kind: 'indirect', text: contentSpan, marks: null, cue, inherited: null });
    }

    // The headline's own attribution ("Pence: …", "Trump urges …"); the headline is otherwise not read.
    const fromHeadline = article.headline ? headlineAttribution(tokens, article.headline) : null;
    if (fromHeadline) {
      const { content, cue } = fromHeadline;
      const contentSpan = spanOf(
        text,
        (tokens[content.first] as Token).start,
        (tokens[content.last] as Token).end,
      );
      drafts.push({ kind: 'indirect', text: contentSpan, marks: null, cue, inherited: null });
    }

    drafts.sort((a, b) => a.text.start - b.text.start);
    const kept = withoutRepeats(drafts);
    const reported = kept.map((draft) => draft.text);
    const quoted = kept.filter((draft) => draft.kind === 'direct').map((draft) => draft.text);
    const resolver = createSpeakerResolver(text, tokens, article.entities, reported, quoted);
    const resolved = new Map<number, ActorRef>();
    article.quotes = kept.map((draft) => toQuote(text, tokens, draft, resolver, resolved));
    if (debug) {
      context.trace(
        'quotes',
        `${segments.length} quoted stretches, ${cues.length} cues, ${kept.length} quotes`,
      );
    }
  },
};

function toQuote(
  text: string,
  tokens: readonly Token[],
  draft: DraftQuote,
  resolver: SpeakerResolver,
  resolved: Map<number, ActorRef>,
): Quote {
  let speaker: ActorRef | null = null;
  let verb: string | null = null;
  let start = (draft.marks ?? draft.text).start;
  let end = (draft.marks ?? draft.text).end;
  if (draft.cue) {
    const { cue } = draft;
    const verbSpan = rangeSpan(text, tokens, cue.verb);
    verb = verbSpan.text;
    if (!draft.remote) {
      start = Math.min(start, verbSpan.start);
      end = Math.max(end, verbSpan.end);
    }
    if (cue.speaker) {
      // A number, not a "first:last" string: no string to build and hash per quote.
      const key = cue.speaker.first * tokens.length + cue.speaker.last;
      speaker = resolved.get(key) ?? resolver.resolve(cue.speaker);
      resolved.set(key, speaker);
      // An inherited speaker ("..., adding that ...") may stand far from this clause; keep the span tight.
      // Only the speaker's offsets are read: no span text is cut for it.
      if (!cue.inheritedSpeaker && !draft.remote) {
        start = Math.min(start, (tokens[cue.speaker.first] as Token).start);
        end = Math.max(end, (tokens[cue.speaker.last] as Token).end);
      }
    }
  } else if (draft.inherited) {
    speaker = draft.inherited.speaker ?? null;
    verb = draft.inherited.cue ? rangeSpan(text, tokens, draft.inherited.cue.verb).text : null;
  }
  draft.speaker = speaker;
  return { kind: draft.kind, text: draft.text, speaker, verb, span: spanOf(text, start, end) };
}

/**
 * A standfirst repeated word for word in the body ("Sources close to ... said ...") is one quote: the
 * last copy, in the body, is kept.
 */
function withoutRepeats(drafts: readonly DraftQuote[]): DraftQuote[] {
  // Grouped by kind and length, a number: hashing every quotation's text to find the rare repeat costs
  // more than comparing the few texts of equal length.
  const sameShape = new Map<number, number[]>();
  for (let index = 0; index < drafts.length; index++) {
    const key = shapeKey(drafts[index] as DraftQuote);
    const group = sameShape.get(key);
    if (group) group.push(index);
    else sameShape.set(key, [index]);
  }
  const kept: DraftQuote[] = [];
  for (let index = 0; index < drafts.length; index++) {
    const draft = drafts[index] as DraftQuote;
    const group = sameShape.get(shapeKey(draft)) as number[];
    let repeatedLater = false;
    for (let at = group.length - 1; at >= 0 && (group[at] as number) > index && !repeatedLater; at--) {
      repeatedLater = (drafts[group[at] as number] as DraftQuote).text.text === draft.text.text;
    }
    if (!repeatedLater) kept.push(draft);
  }
  return kept;
}

function shapeKey(draft: DraftQuote): number {
  return draft.text.text.length * 2 + (draft.kind === 'direct' ? 0 : 1);
}

function rangeSpan(text: string, tokens: readonly Token[], range: TokenRange): Span {
  return spanOf(text, (tokens[range.first] as Token).start, (tokens[range.last] as Token).end);
}

/** For each token, the index of the quoted stretch holding it (marks included), or -1. */
function tokenSegments(tokens: readonly Token[], segments: readonly QuotedSegment[]): number[] {
  // A plain array, not an Int32Array: a typed array this size gets a buffer allocated outside the heap,
  // per article.
  const owner: number[] = new Array(tokens.length).fill(-1);
  // `findQuotedSegments` gives the stretches in text order without overlapping: each one's tokens are
  // found by binary searches and no token inside or between stretches is read. Should that ever fail,
  // every token is scanned instead.
  let previousEnd = 0;
  for (let segmentIndex = 0; segmentIndex < segments.length; segmentIndex++) {
    const { span } = segments[segmentIndex] as QuotedSegment;
    if (span.start < previousEnd) {
      owner.fill(-1);
      tokenSegmentsByScan(tokens, segments, owner);
      return owner;
    }
    previousEnd = span.end;
    const first = tokenAt(tokens, span.start);
    if (first < 0) break;
    // The tokens starting inside the stretch. Tokens follow one another without overlapping (nlp.ts
    // finds each one after the end of the one before), so all of them but the last end inside it.
    let last = firstTokenFrom(tokens, span.end) - 1;
    if (last >= first && (tokens[last] as Token).end > span.end) last--;
    if (last >= first) owner.fill(segmentIndex, first, last + 1);
  }
  return owner;
}

/** `tokenSegments` for stretches out of order or overlapping: each token against the first stretch not behind it. */
function tokenSegmentsByScan(
  tokens: readonly Token[],
  segments: readonly QuotedSegment[],
  owner: number[],
): void {
  let segmentIndex = 0;
  for (let index = 0; index < tokens.length && segmentIndex < segments.length; index++) {
    const token = tokens[index] as Token;
    while (
      segmentIndex < segments.length &&
      (segments[segmentIndex] as QuotedSegment).span.end <= token.start
    ) {
      segmentIndex++;
    }
    const segment = segments[segmentIndex];
    if (segment && segment.span.start <= token.start && token.end <= segment.span.end)
      owner[index] = segmentIndex;
  }
}

/**
 * Token ranges of the sentences in story paragraphs. A sentence that starts with a lower-case word
 * continues the one before it: wink-nlp cuts after "(R-Ga.)" in "Sen. Jane Roe (R-Ga.) said ...".
 */
function bodySentences(
  tokens: readonly Token[],
  paragraphs: readonly Span[],
  isSkipped: (index: number) => boolean,
  datelineEnd: number,
): TokenRange[] {
  const ranges: TokenRange[] = [];
  let paragraphIndex = 0;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    let last = index;
    while (last + 1 < tokens.length && (tokens[last + 1] as Token).sentence === token.sentence) last++;
    while (paragraphIndex < paragraphs.length && (paragraphs[paragraphIndex] as Span).end <= token.start) {
      paragraphIndex++;
    }
    if (token.sentence >= 0 && !isSkipped(paragraphIndex)) {
      const previous = ranges[ranges.length - 1];
      const continues =
        previous !== undefined &&
        previous.last === index - 1 &&
        startsLowerCase(token.text) &&
        (paragraphs[paragraphIndex] as Span | undefined)?.start !== undefined &&
        (paragraphs[paragraphIndex] as Span).start <= (tokens[previous.first] as Token).start;
      if (continues) previous.last = last;
      else ranges.push({ first: index, last });
    }
    index = last + 1;
  }
  // "WASHINGTON, March 4 - Chairman John Dingell said ...": the dateline says where the story was filed;
  // it is neither the speaker nor part of what was said, so its sentence starts after it.
  for (const range of ranges) {
    if ((tokens[range.first] as Token).start >= datelineEnd) break;
    if ((tokens[range.last] as Token).end <= datelineEnd) continue;
    range.first = firstTokenFrom(tokens, datelineEnd);
    break;
  }
  return ranges;
}

/** At least `wanted` words of the range stand outside quotation marks (stops counting there). */
function hasUnquotedWords(
  tokens: readonly Token[],
  range: TokenRange,
  quotedBy: readonly number[],
  wanted: number,
): boolean {
  let count = 0;
  for (let index = range.first; index <= range.last && count < wanted; index++) {
    if ((quotedBy[index] ?? -1) < 0 && (tokens[index] as Token).pos !== 'PUNCT') count++;
  }
  return count >= wanted;
}
