import type { Article } from '@newsparse/core';
import type { Answerer, DocAnswer, DocResult } from './answerers/answerer.js';
import { authorAnswerer, filedAnswerer } from './answerers/byline.js';
import { casualtiesAnswerer, countAnswerer } from './answerers/casualties.js';
import { claimsAnswerer } from './answerers/claims.js';
import { identityAnswerer, leaderAnswerer, roleAnswerer } from './answerers/entities.js';
import {
  distanceAnswerer,
  targetAnswerer,
  weaponAnswerer,
  whenAnswerer,
  whereAnswerer,
  whyAnswerer,
} from './answerers/events.js';
import { quoteAnswerer, speakerAnswerer } from './answerers/quotes.js';
import { retrievalAnswerer } from './answerers/retrieve.js';
import { summaryAnswerer } from './answerers/summary.js';
import { createCorpus, type IndexedCorpus, type RankedArticle } from './corpus/index.js';
import { createDoc, type Doc } from './document.js';
import { classifyQuestion } from './question.js';
import type { Answer, AskOptions, Corpus, CorpusArticle, Evidence, Question, QuestionKind } from './types.js';

/** The answerers, one per concern; each question kind has exactly one. */
const answerers: readonly Answerer[] = [
  authorAnswerer,
  filedAnswerer,
  claimsAnswerer,
  casualtiesAnswerer,
  countAnswerer,
  quoteAnswerer,
  speakerAnswerer,
  identityAnswerer,
  leaderAnswerer,
  roleAnswerer,
  targetAnswerer,
  weaponAnswerer,
  whenAnswerer,
  whereAnswerer,
  distanceAnswerer,
  whyAnswerer,
  summaryAnswerer,
  retrievalAnswerer,
];
const byKind = new Map<QuestionKind, Answerer>(
  answerers.flatMap((answerer) => answerer.kinds.map((kind) => [kind, answerer])),
);

const DEFAULT_MAX_ARTICLES = 5;
const DEFAULT_MIN_CONFIDENCE = 0.35;
/** Across articles, an answer far less sure than the best one is left out rather than listed. */
const KEEP_RELATIVE = 0.75;

/**
 * Answers a question about one or more parsed articles, with the sentence that supports the answer,
 * or abstains (`answer: null`) with the reason.
 *
 * @param question - plain English: "Who claimed the attack?", "how many were injured", "What did Zebary say"
 * @param articles - a corpus from `createCorpus()`, or an array of articles: `Article` items are named
 *   `article-1`, `article-2`, ... by position; `{ id, article }` items by their id
 * @param options - `maxArticles` (articles read closely after retrieval, default 5), `minConfidence` (default 0.35)
 * @example
 * const article = parseArticle(text);
 * const { answer, evidence } = ask('Who claimed the attack?', [article]);
 */
export function ask(
  question: string,
  articles: Article[] | CorpusArticle[] | Corpus,
  options: AskOptions = {},
): Answer {
  if (typeof question !== 'string') {
    throw new TypeError(`@newsparse/qa: ask expects the question as a string, got ${typeof question}`);
  }
  const maxArticles = options.maxArticles ?? DEFAULT_MAX_ARTICLES;
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const read = classifyQuestion(question);
  const docs = candidateDocs(read, articles, maxArticles);
  if (docs.length === 0) {
    const empty = isCorpus(articles) ? articles.size === 0 : Array.isArray(articles) && articles.length === 0;
    return abstention(
      read,
      empty ? 'no article to answer from' : 'no article matches the words of the question',
    );
  }
  const answerer = byKind.get(read.kind) ?? retrievalAnswerer;

  const answered: DocAnswer[] = [];
  const reasons: string[] = [];
  for (const doc of docs) {
    const result = safely(() => answerer.answer(read, doc));
    if (result.answer === null) reasons.push(result.reason);
    else if (result.confidence < minConfidence)
      reasons.push(`not sure enough (${result.confidence.toFixed(2)}): ${result.answer}`);
    else answered.push(result);
  }
  if (answered.length === 0) {
    const reason = reasons[0] ?? 'the article does not answer that';
    return abstention(
      read,
      docs.length === 1 ? reason : `none of the ${docs.length} articles answers that: ${reason}`,
    );
  }
  return combine(read, answered, docs.length);
}

function safely(run: () => DocResult): DocResult {
  // An answerer must never break `ask`: a bug in one rule becomes an abstention, not an exception.
  try {
    return run();
  } catch (error) {
    return {
      answer: null,
      reason: `internal error: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function abstention(question: Question, reason: string): Answer {
  return { answer: null, kind: question.kind, confidence: 0, evidence: [], reason };
}

function isCorpus(value: unknown): value is IndexedCorpus {
  return typeof value === 'object' && value !== null && typeof (value as IndexedCorpus).rank === 'function';
}

function candidateDocs(
  question: Question,
  articles: Article[] | CorpusArticle[] | Corpus,
  maxArticles: number,
): Doc[] {
  if (isCorpus(articles)) return fromCorpus(question, articles, maxArticles);
  if (!Array.isArray(articles)) {
    throw new TypeError('@newsparse/qa: ask expects an array of articles or a corpus from createCorpus()');
  }
  const entries = articles.map((item, index) => toEntry(item, index));
  if (entries.length <= maxArticles) return entries.map((entry) => createDoc(entry.id, entry.article));
  const corpus = createCorpus();
  for (const entry of entries) corpus.add(entry.article, entry.id);
  return fromCorpus(question, corpus, maxArticles);
}

function toEntry(item: Article | CorpusArticle, index: number): CorpusArticle {
  if (item && typeof (item as CorpusArticle).id === 'string' && (item as CorpusArticle).article)
    return item as CorpusArticle;
  const article = item as Article;
  if (!article || typeof article.text !== 'string') {
    throw new TypeError(
      `@newsparse/qa: ask expects Article items (from parseArticle) or { id, article }, item ${index} is neither`,
    );
  }
  return { id: `article-${index + 1}`, article };
}

/** A small corpus is read whole; a large one through retrieval on the question's words. */
function fromCorpus(question: Question, corpus: IndexedCorpus, maxArticles: number): Doc[] {
  if (corpus.size <= maxArticles) return Array.from({ length: corpus.size }, (_, index) => corpus.doc(index));
  const ranked = corpus.rank(question.terms, maxArticles);
  if (ranked.length === 0) return [];
  // "Who wrote the story about the depot fire?" asks about one story: the best match.
  if (question.kind === 'author' || question.kind === 'filed')
    return [corpus.doc((ranked[0] as RankedArticle).index)];
  const top = ranked[0]?.score ?? 0;
  return ranked.filter((entry) => entry.score >= top * 0.5).map((entry) => corpus.doc(entry.index));
}

/** Kinds whose answers differ by article legitimately and are listed per article when they disagree. */
const LISTED: ReadonlySet<QuestionKind> = new Set([
  'casualties',
  'count',
  'claimant',
  'perpetrator',
  'denial',
  'author',
  'filed',
  'when',
  'where',
  'leader',
  'role',
  'target',
  'weapon',
  'victims',
]);

function combine(question: Question, answered: DocAnswer[], considered: number): Answer {
  answered.sort((a, b) => b.confidence - a.confidence);
  const best = answered[0] as DocAnswer;
  if (considered === 1 || answered.length === 1 || !LISTED.has(question.kind)) {
    const named = considered > 1 ? ` (${articleIds(best.evidence).join(', ')})` : '';
    return {
      answer: `${best.answer}${named}`,
      kind: question.kind,
      confidence: round(best.confidence),
      evidence: best.evidence,
    };
  }
  const kept = answered.filter((entry) => entry.confidence >= best.confidence * KEEP_RELATIVE);
  const groups = new Map<string, DocAnswer[]>();
  for (const entry of kept) {
    const group = groups.get(entry.value);
    if (group) group.push(entry);
    else groups.set(entry.value, [entry]);
  }
  const evidence: Evidence[] = kept.flatMap((entry) => entry.evidence);
  const suffix = question.kind === 'casualties' ? ` ${question.casualty ?? 'killed'}` : '';
  const parts = [...groups.values()].map(
    (group) =>
      `${(group[0] as DocAnswer).answer}${suffix} according to ${group.flatMap((entry) => articleIds(entry.evidence)).join(', ')}`,
  );
  const confidence = groups.size === 1 ? best.confidence : best.confidence * 0.8;
  return { answer: parts.join('; '), kind: question.kind, confidence: round(confidence), evidence };
}

function articleIds(evidence: Evidence[]): string[] {
  return [...new Set(evidence.map((entry) => entry.articleId))];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
