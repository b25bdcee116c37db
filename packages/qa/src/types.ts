import type { Article, CasualtyKind, Span } from '@newsparse/core';

/** What a question asks for; also the `kind` of its answer. */
export type QuestionKind =
  | 'author'
  | 'filed'
  | 'claimant'
  | 'perpetrator'
  | 'denial'
  | 'casualties'
  | 'victims'
  | 'count'
  | 'quote'
  | 'speaker'
  | 'leader'
  | 'role'
  | 'identity'
  | 'target'
  | 'weapon'
  | 'summary'
  | 'distance'
  | 'when'
  | 'where'
  | 'why'
  | 'other';

/** A question, read: its kind and the parts the answerers need. */
export interface Question {
  text: string;
  kind: QuestionKind;
  /** For `casualties` / `victims`: which count. */
  casualty?: CasualtyKind;
  /** The thing asked about: a name ("Zebary"), an organisation ("Al-Nujaba"), a role ("ambassador to Iraq"), a noun ("missiles"). */
  subject?: string;
  /** For `speaker`: the words said ("the worst will come on the first anniversary"). */
  said?: string;
  /** For `quote`: what the quotes are about ("What did Zebari say about Iran?" → "iran"). */
  topic?: string;
  /** Content stems for retrieval (stopwords and the question's frame removed). */
  terms: string[];
}

/** One piece of evidence: the article, the sentence, and the exact span that holds the answer. */
export interface Evidence {
  articleId: string;
  sentence: Span;
  span: Span;
}

/**
 * The answer to a question. `answer === null` means the articles do not say: `reason` tells why
 * ("no casualty count for injured in this article"). Every evidence span is valid in its article.
 */
export interface Answer {
  answer: string | null;
  kind: QuestionKind;
  /** 0..1: how sure the answer is (structured fields score higher than retrieved sentences). */
  confidence: number;
  evidence: Evidence[];
  reason?: string;
}

export interface AskOptions {
  /** How many articles of a corpus to read closely after retrieval. Default 5. */
  maxArticles?: number;
  /** Below this confidence the answer is withheld (abstain). Default 0.35. */
  minConfidence?: number;
}

/** An article with the id the answers name it by. */
export interface CorpusArticle {
  id: string;
  article: Article;
}

/** Many articles, indexed once for retrieval. Build with `createCorpus()`. */
export interface Corpus {
  /** Adds an article; the id names it in answers. Ids must be unique. Returns the corpus. */
  add(article: Article, id: string): Corpus;
  readonly size: number;
  /** The stored article by id. */
  get(id: string): Article | undefined;
  ids(): string[];
}
