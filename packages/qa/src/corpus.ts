import type { Article } from '@newsparse/core';
import { createDoc, type Doc } from './document.js';
import { expandTerms, idf, type QueryTerm } from './retrieval.js';
import { STOPWORDS, words } from './text.js';
import type { Corpus } from './types.js';

/** An article retrieval ranked for a question. */
export interface RankedArticle {
  index: number;
  score: number;
}

/** The corpus as `ask` uses it: articles by position, an inverted index over their sentences. */
export interface IndexedCorpus extends Corpus {
  /** Articles best matching the stems, best first (at most `limit`). */
  rank(stems: string[], limit: number): RankedArticle[];
  doc(index: number): Doc;
  idAt(index: number): string;
}

const K1 = 1.2;
const B = 0.75;
/** Docs kept with their words computed, so repeated questions about the same articles stay cheap. */
const DOC_CACHE = 64;

/**
 * Creates an empty corpus. Each added article is stored once, compactly (span texts re-sliced from
 * the article text so they share its memory, paragraphs dropped), and its sentences are indexed:
 * stem → the ids of the sentences holding it. A question then reads only the postings of its words.
 *
 * @example
 * const corpus = createCorpus();
 * corpus.add(parseArticle(text), 'embassy-attack');
 * ask('Who claimed the attack?', corpus);
 */
export function createCorpus(): IndexedCorpus {
  const articles: Article[] = [];
  const ids: string[] = [];
  const byId = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const sentenceArticle: number[] = [];
  const sentenceLength: number[] = [];
  let totalLength = 0;
  const cache = new Map<number, Doc>();
  let scores = new Float64Array(1024);
  // Distinct sentences per stem, counted on first use and forgotten when an article is added.
  const distinct = new Map<string, number>();
  const distinctCount = (stem: string, list: number[]) => {
    let count = distinct.get(stem);
    if (count === undefined) {
      count = countDistinct(list);
      distinct.set(stem, count);
    }
    return count;
  };

  const corpus: IndexedCorpus = {
    add(article, id) {
      if (!article || typeof article.text !== 'string' || !Array.isArray(article.sentences)) {
        throw new TypeError('@newsparse/qa: corpus.add expects an Article from parseArticle');
      }
      if (typeof id !== 'string' || id.length === 0)
        throw new TypeError('@newsparse/qa: corpus.add expects a non-empty string id');
      if (byId.has(id))
        throw new Error(`@newsparse/qa: corpus already holds an article with id ${JSON.stringify(id)}`);
      const index = articles.length;
      distinct.clear();
      const stored = compactArticle(article);
      articles.push(stored);
      ids.push(id);
      byId.set(id, index);
      for (const sentence of createDoc(id, stored).sentences) {
        const sentenceId = sentenceArticle.length;
        sentenceArticle.push(index);
        let length = 0;
        for (const word of words(sentence.text)) {
          length++;
          if (STOPWORDS.has(word.text.toLowerCase())) continue;
          let list = postings.get(word.stem);
          if (!list) {
            list = [];
            postings.set(word.stem, list);
          }
          list.push(sentenceId);
        }
        sentenceLength.push(length);
        totalLength += length;
      }
      return corpus;
    },
    get size() {
      return articles.length;
    },
    get(id) {
      const index = byId.get(id);
      return index === undefined ? undefined : articles[index];
    },
    ids() {
      return [...ids];
    },
    idAt(index) {
      return ids[index] ?? '';
    },
    doc(index) {
      let doc = cache.get(index);
      if (doc) {
        cache.delete(index);
      } else {
        doc = createDoc(ids[index] ?? '', articles[index] as Article);
        if (cache.size >= DOC_CACHE) cache.delete(cache.keys().next().value as number);
      }
      cache.set(index, doc);
      return doc;
    },
    rank(stems, limit) {
      const sentenceCount = sentenceArticle.length;
      if (sentenceCount === 0 || stems.length === 0) return [];
      const averageLength = totalLength / sentenceCount || 1;
      // Scores live in one array indexed by sentence id, reused across questions; only touched entries are reset.
      if (scores.length < sentenceCount)
        scores = new Float64Array(Math.max(sentenceCount, scores.length * 2));
      const touched: number[] = [];
      // Rarest words first; a word in more than a fifth of all sentences adds little to the ranking and
      // costs the most, so it is skipped once a rarer word has been scored.
      const terms = expandTerms(stems)
        .map((term) => ({ term, list: postings.get(term.stem) }))
        .filter((entry): entry is { term: QueryTerm; list: number[] } => entry.list !== undefined)
        .sort((a, b) => a.list.length - b.list.length);
      const common = sentenceCount * 0.2;
      for (const [position, { term, list }] of terms.entries()) {
        if (position > 0 && list.length > common) break;
        const weight = idf(sentenceCount, distinctCount(term.stem, list), false) * term.weight;
        if (weight <= 0) continue;
        for (let i = 0; i < list.length; ) {
          const sentenceId = list[i] as number;
          let frequency = 0;
          while (list[i] === sentenceId) {
            frequency++;
            i++;
          }
          const length = sentenceLength[sentenceId] ?? 1;
          if (scores[sentenceId] === 0) touched.push(sentenceId);
          scores[sentenceId] =
            (scores[sentenceId] as number) +
            (weight * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / averageLength));
        }
      }
      const best = new Map<number, number>();
      for (const sentenceId of touched) {
        const score = scores[sentenceId] as number;
        scores[sentenceId] = 0;
        const article = sentenceArticle[sentenceId] as number;
        if (score > (best.get(article) ?? 0)) best.set(article, score);
      }
      return [...best]
        .map(([index, score]) => ({ index, score }))
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, limit);
    },
  };
  return corpus;
}

/** Distinct sentence ids in a postings list (ids repeat once per occurrence, in order). */
function countDistinct(list: number[]): number {
  let count = 0;
  for (let i = 0; i < list.length; i++) if (i === 0 || list[i] !== list[i - 1]) count++;
  return count;
}

/**
 * A copy of the article whose span texts are re-sliced from its one text, so an article that came
 * through JSON (each span text its own string) costs its text once, not twice. Paragraphs are not
 * used for answers and are dropped; the parser trace too.
 */
export function compactArticle(article: Article): Article {
  const text = article.text;
  const copy = reslice(article, text) as Article & { trace?: unknown };
  copy.paragraphs = [];
  delete copy.trace;
  copy.text = text;
  return copy;
}

function reslice(value: unknown, text: string): unknown {
  if (Array.isArray(value)) return value.map((item) => reslice(item, text));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = reslice(item, text);
  const { start, end } = out;
  if (
    typeof start === 'number' &&
    typeof end === 'number' &&
    typeof out.text === 'string' &&
    out.text === text.slice(start, end)
  ) {
    out.text = text.slice(start, end);
  }
  return out;
}
