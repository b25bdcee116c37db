import {
  type Article,
  type Entity,
  type EntityKind,
  findSpanIndex,
  overlaps,
  type Span,
  spanOf,
  trimSpan,
} from '@newsparse/core';
import { type Word, words } from './text.js';
import type { Evidence } from './types.js';

/**
 * One article as the answerers read it: the parsed article, the id answers name it by, and its
 * sentences' words (computed once, on first use, since only the few retrieved articles need them).
 */
export interface Doc {
  id: string;
  article: Article;
  sentences: Span[];
  /** Words of each sentence, parallel to `sentences`. */
  sentenceWords(): Word[][];
}

export function createDoc(id: string, article: Article): Doc {
  const sentences = article.sentences.length > 0 ? article.sentences : fallbackSentences(article.text);
  let cached: Word[][] | null = null;
  return {
    id,
    article,
    sentences,
    sentenceWords() {
      cached ??= sentences.map((sentence) => words(sentence.text, sentence.start));
      return cached;
    },
  };
}

/** The span of `text` from `start` to `end`, clamped. */
export const spanAt = spanOf;

/** A span with surrounding white space and the given characters trimmed. */
export function trimmed(text: string, start: number, end: number, extra = ''): Span {
  return trimSpan(text, spanOf(text, start, end), extra);
}

/** Index of the sentence holding `offset`, or -1. */
export function sentenceIndexAt(doc: Doc, offset: number): number {
  return findSpanIndex(doc.sentences, offset);
}

/**
 * Evidence for `span`: the sentence that holds it, or, for spans outside every sentence (a headline,
 * a date line), the span's own line.
 */
export function evidenceFor(doc: Doc, span: Span): Evidence {
  const text = doc.article.text;
  const index = sentenceIndexAt(doc, span.start);
  let sentence = index >= 0 ? (doc.sentences[index] as Span) : lineAround(text, span);
  // A quote can run over several sentences: the evidence sentence then covers all of them.
  if (sentence.end < span.end) {
    const last = sentenceIndexAt(doc, span.end - 1);
    const end = last >= 0 ? Math.max((doc.sentences[last] as Span).end, span.end) : span.end;
    sentence = spanAt(text, Math.min(sentence.start, span.start), end);
  }
  return { articleId: doc.id, sentence, span: spanAt(text, span.start, span.end) };
}

function lineAround(text: string, span: Span): Span {
  const before = text.lastIndexOf('\n', Math.max(0, span.start - 1));
  const after = text.indexOf('\n', span.end);
  return trimmed(text, before < 0 ? 0 : before + 1, after < 0 ? text.length : Math.max(after, span.end));
}

/** Sentences cut at end punctuation, for articles that came without `sentences` (hand-built input). */
function fallbackSentences(text: string): Span[] {
  const out: Span[] = [];
  const boundary = /[.!?]["”’)]*\s+|\n\s*/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const piece = trimmed(text, start, match.index + match[0].trimEnd().length);
    if (piece.text.length > 0) out.push(piece);
    start = match.index + match[0].length;
  }
  const last = trimmed(text, start, text.length);
  if (last.text.length > 0) out.push(last);
  return out;
}

/** The first entity, of `kinds` when given, that has a mention overlapping `span`. */
export function entityAt(doc: Doc, span: Span, kinds?: readonly EntityKind[]): Entity | undefined {
  return doc.article.entities.find(
    (entity) =>
      (kinds === undefined || kinds.includes(entity.kind)) &&
      entity.mentions.some((mention) => overlaps(mention, span)),
  );
}
