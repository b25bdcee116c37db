import type { Article, Span } from '@newsparse/core';
import { createDoc, type Doc } from './document.js';
import { idf } from './retrieval.js';
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
/** Articles kept unpacked, with their words computed, so follow-up questions about them stay cheap. */
const DOC_CACHE = 64;
/**
 * A word in more than this share of all articles ranks almost nothing and costs the most to read
 * ("said" in a news corpus); it is skipped once a rarer word of the question has been scored.
 */
const COMMON_SHARE = 0.5;
/** Term counts per article are capped at TF_SLOTS - 1 (BM25 saturates long before). */
const TF_SLOTS = 64;

/**
 * An article as the corpus keeps it: its text, and every other field as one JSON string with the span
 * texts left out (they are slices of the text). One string per article instead of hundreds of small
 * objects is what keeps 10,000 articles within a few hundred megabytes.
 */
interface PackedArticle {
  text: string;
  fields: string;
}

/**
 * Creates an empty corpus. Each added article is packed (see `PackedArticle`) and its words are
 * indexed: stem → the articles holding it, with the count. A question reads only the postings of its
 * words, then unpacks the few best articles.
 *
 * @example
 * const corpus = createCorpus();
 * corpus.add(parseArticle(text), 'embassy-attack');
 * ask('Who claimed the attack?', corpus);
 */
export function createCorpus(): IndexedCorpus {
  const packed: PackedArticle[] = [];
  const ids: string[] = [];
  const byId = new Map<string, number>();
  // stem → postings, one entry per article holding it: article * TF_SLOTS + min(count, TF_SLOTS - 1).
  const postings = new Map<string, number[]>();
  let articleLength = new Uint32Array(1024);
  let totalLength = 0;
  const cache = new Map<number, Doc>();
  // Scratch space for ranking, reused across questions; only the touched entries are reset.
  let scores = new Float64Array(1024);

  const corpus: IndexedCorpus = {
    add(article, id) {
      if (!article || typeof article.text !== 'string' || !Array.isArray(article.sentences)) {
        throw new TypeError('@newsparse/qa: corpus.add expects an Article from parseArticle');
      }
      if (typeof id !== 'string' || id.length === 0) {
        throw new TypeError('@newsparse/qa: corpus.add expects a non-empty string id');
      }
      if (byId.has(id))
        throw new Error(`@newsparse/qa: corpus already holds an article with id ${JSON.stringify(id)}`);
      const index = packed.length;
      const counts = new Map<string, number>();
      let length = 0;
      for (const sentence of createDoc(id, article).sentences) {
        for (const word of words(sentence.text)) {
          length++;
          if (STOPWORDS.has(word.text.toLowerCase())) continue;
          counts.set(word.stem, (counts.get(word.stem) ?? 0) + 1);
        }
      }
      for (const [stem, count] of counts) {
        const entry = index * TF_SLOTS + Math.min(count, TF_SLOTS - 1);
        const list = postings.get(stem);
        if (list) list.push(entry);
        else postings.set(stem, [entry]);
      }
      if (index === articleLength.length) articleLength = grow(articleLength, new Uint32Array(index * 2));
      articleLength[index] = length;
      totalLength += length;
      packed.push(pack(article));
      ids.push(id);
      byId.set(id, index);
      return corpus;
    },
    get size() {
      return packed.length;
    },
    get(id) {
      const index = byId.get(id);
      return index === undefined ? undefined : corpus.doc(index).article;
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
        doc = createDoc(ids[index] ?? '', unpack(packed[index] as PackedArticle));
        if (cache.size >= DOC_CACHE) cache.delete(cache.keys().next().value as number);
      }
      cache.set(index, doc);
      return doc;
    },
    rank(stems, limit) {
      const total = packed.length;
      if (total === 0 || stems.length === 0) return [];
      if (scores.length < total) scores = new Float64Array(total * 2);
      const averageLength = totalLength / total || 1;
      // Rarest words first, so the common ones can be skipped (see COMMON_SHARE).
      const lists = [...new Set(stems)]
        .map((stem) => postings.get(stem))
        .filter((list): list is number[] => list !== undefined)
        .sort((a, b) => a.length - b.length);
      const touched: number[] = [];
      for (const [position, list] of lists.entries()) {
        if (position > 0 && list.length > total * COMMON_SHARE) break;
        const weight = idf(total, list.length, false);
        if (weight <= 0) continue;
        for (const entry of list) {
          const article = Math.floor(entry / TF_SLOTS);
          const frequency = entry % TF_SLOTS;
          const length = articleLength[article] as number;
          if (scores[article] === 0) touched.push(article);
          scores[article] =
            (scores[article] as number) +
            (weight * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / averageLength));
        }
      }
      // The top `limit` are kept in a small sorted list.
      const top: RankedArticle[] = [];
      for (const index of touched) {
        const score = scores[index] as number;
        scores[index] = 0;
        if (top.length === limit && score <= (top[top.length - 1] as RankedArticle).score) continue;
        let at = top.length;
        while (at > 0 && (top[at - 1] as RankedArticle).score < score) at--;
        top.splice(at, 0, { index, score });
        if (top.length > limit) top.pop();
      }
      return top;
    },
  };
  return corpus;
}

function grow<T extends Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Keys of the Article whose values are not kept: the text is stored once beside the fields. */
const DROPPED = new Set(['text', 'paragraphs', 'trace']);

/**
 * Packs the article. A span `{start, end, text}` of the article's text becomes `[start, end]`: the
 * Article model has no other array of two numbers, so unpacking can tell spans apart.
 */
export function pack(article: Article): PackedArticle {
  const text = article.text;
  const fields = JSON.stringify(article, function replacer(this: unknown, key: string, value: unknown) {
    if (this === article && DROPPED.has(key)) return undefined;
    return isSpanOf(value, text) ? [(value as Span).start, (value as Span).end] : value;
  });
  return { text, fields };
}

function isSpanOf(value: unknown, text: string): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const span = value as Partial<Span>;
  return (
    typeof span.start === 'number' &&
    typeof span.end === 'number' &&
    typeof span.text === 'string' &&
    Object.keys(span).length === 3 &&
    text.slice(span.start, span.end) === span.text
  );
}

export function unpack(stored: PackedArticle): Article {
  const { text } = stored;
  const article = JSON.parse(stored.fields, (_key, value: unknown) =>
    Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && Number.isInteger(value[1])
      ? { start: value[0], end: value[1], text: text.slice(value[0], value[1]) }
      : value,
  ) as Article;
  article.text = text;
  article.paragraphs = [];
  return article;
}
