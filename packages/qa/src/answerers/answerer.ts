import type { Span } from '@newsparse/core';
import { type Doc, evidenceFor } from '../document.js';
import type { Evidence, Question, QuestionKind } from '../types.js';

/** What one article says to one question: an answer with evidence, or why it has none. */
export type DocResult = DocAnswer | DocAbstention;

export interface DocAnswer {
  answer: string;
  /** The answer reduced for comparison across articles ("6", "ahl al-kahf"). */
  value: string;
  confidence: number;
  evidence: Evidence[];
}

export interface DocAbstention {
  answer: null;
  reason: string;
}

/** Answers the questions of some kinds from one article. One answerer per concern. */
export interface Answerer {
  readonly kinds: readonly QuestionKind[];
  answer(question: Question, doc: Doc): DocResult;
}

export function abstain(reason: string): DocAbstention {
  return { answer: null, reason };
}

/**
 * An answer read from a span of the article: the span is the answer and its first evidence; `more`
 * adds further evidence (the sentence a speaker was found in).
 */
export function spanAnswer(doc: Doc, span: Span, confidence: number, ...more: Span[]): DocAnswer {
  return {
    answer: span.text,
    value: valueKey(span.text),
    confidence,
    evidence: [span, ...more].map((evidence) => evidenceFor(doc, evidence)),
  };
}

/** Comparison key of an answer: lower case, words only. */
export function valueKey(answer: string): string {
  return answer
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9\u00c0-\u024f]+/g, ' ')
    .trim();
}
