import { createDoc, type Doc } from '../document.js';
import { idf } from '../retrieval.js';
import { STOPWORDS, words } from '../text.js';
import type { Corpus } from '../types.js';
import { createByteArena } from './byte-arena.js';
import { createFieldCodec } from './field-codec.js';
import { pack } from './packing.js';
import { createPostings, type PostingList } from './postings.js';
import { grow } from './typed-arrays.js';

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
 * Creates an empty corpus. Each added article keeps its text; its other fields are packed (see
 * `PackedArticle`) and encoded to about 1 KB of bytes (`FieldCodec`) in a few large buffers
 * (`ByteArena`), and its words are indexed in typed arrays (`Postings`): stem → the articles holding
 * it, with the count. A question reads only the postings of its words, then decodes the few best
 * articles back into full `Article`s with their spans.
 *
 * Why bytes, not objects: at 10,000 articles a JSON string per article and a small array per stem
 * took ~7 KB of heap per article, allocated between the parser's garbage so that a GC could not give
 * the pages back (722 MB RSS in the bench, goal ≤ 300 MB); now it is ~2 KB outside the heap.
 *
 * @example
 * const corpus = createCorpus();
 * corpus.add(parseArticle(text), 'embassy-attack');
 * ask('Who claimed the attack?', corpus);
 */
export function createCorpus(): IndexedCorpus {
  // The text is kept as given: it is one string the caller usually keeps too, so copying it would
  // double it. Nothing else of the caller's Article is referenced.
  const texts: string[] = [];
  const packedFields = createByteArena();
  const codec = createFieldCodec();
  const ids: string[] = [];
  const byId = new Map<string, number>();
  const postings = createPostings();
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
      const index = texts.length;
      const counts = new Map<string, number>();
      let length = 0;
      for (const sentence of createDoc(id, article).sentences) {
        for (const word of words(sentence.text)) {
          length++;
          if (STOPWORDS.has(word.text.toLowerCase())) continue;
          counts.set(word.stem, (counts.get(word.stem) ?? 0) + 1);
        }
      }
      const packed = pack(article);
      packedFields.append(codec.encode(packed.fields));
      for (const [stem, count] of counts)
        postings.add(stem, index * TF_SLOTS + Math.min(count, TF_SLOTS - 1));
      if (index === articleLength.length) articleLength = grow(articleLength, new Uint32Array(index * 2));
      articleLength[index] = length;
      totalLength += length;
      texts.push(packed.text);
      ids.push(id);
      byId.set(id, index);
      return corpus;
    },
    get size() {
      return texts.length;
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
        const article = codec.decode(texts[index] ?? '', packedFields.read(index));
        doc = createDoc(ids[index] ?? '', article);
        if (cache.size >= DOC_CACHE) cache.delete(cache.keys().next().value as number);
      }
      cache.set(index, doc);
      return doc;
    },
    rank(stems, limit) {
      const total = texts.length;
      if (total === 0 || stems.length === 0) return [];
      if (scores.length < total) scores = new Float64Array(total * 2);
      const averageLength = totalLength / total || 1;
      // Rarest words first, so the common ones can be skipped (see COMMON_SHARE).
      const lists = [...new Set(stems)]
        .map((stem) => postings.list(stem))
        .filter((list): list is PostingList => list !== undefined)
        .sort((a, b) => a.length - b.length);
      const touched: number[] = [];
      for (const [position, list] of lists.entries()) {
        if (position > 0 && list.length > total * COMMON_SHARE) break;
        const weight = idf(total, list.length, false);
        if (weight <= 0) continue;
        postings.each(list, (entry) => {
          const article = Math.floor(entry / TF_SLOTS);
          const frequency = entry % TF_SLOTS;
          const length = articleLength[article] as number;
          if (scores[article] === 0) touched.push(article);
          scores[article] =
            (scores[article] as number) +
            (weight * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / averageLength));
        });
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
