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
 * An article packed for storage: its text, and every other field as one JSON string with the span
 * texts left out (they are slices of the text).
 */
interface PackedArticle {
  text: string;
  fields: string;
}

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

/** Byte strings appended one after another, read back by their position. */
interface ByteArena {
  append(bytes: Uint8Array): void;
  read(index: number): Uint8Array;
}

/** Bytes per chunk: large enough that chunks are few, small enough that the unused tail is cheap. */
const ARENA_CHUNK = 1 << 20;

/**
 * Bytes in chunks of `ARENA_CHUNK` (a longer entry gets a chunk of its own). Chunks are never copied
 * or grown, so adding costs one copy of the entry.
 */
function createByteArena(): ByteArena {
  const chunks: Uint8Array[] = [];
  let used = 0;
  // Per entry: its chunk, its first byte, its length.
  let chunkOf = new Uint32Array(1024);
  let startOf = new Uint32Array(1024);
  let lengthOf = new Uint32Array(1024);
  let count = 0;
  return {
    append(bytes) {
      let chunk = chunks[chunks.length - 1];
      if (!chunk || used + bytes.length > chunk.length) {
        chunk = new Uint8Array(Math.max(ARENA_CHUNK, bytes.length));
        chunks.push(chunk);
        used = 0;
      }
      chunk.set(bytes, used);
      if (count === chunkOf.length) {
        chunkOf = grow(chunkOf, new Uint32Array(count * 2));
        startOf = grow(startOf, new Uint32Array(count * 2));
        lengthOf = grow(lengthOf, new Uint32Array(count * 2));
      }
      chunkOf[count] = chunks.length - 1;
      startOf[count] = used;
      lengthOf[count] = bytes.length;
      count++;
      used += bytes.length;
    },
    read(index) {
      const chunk = index < count ? chunks[chunkOf[index] as number] : undefined;
      if (!chunk) return new Uint8Array(0);
      const start = startOf[index] as number;
      return chunk.subarray(start, start + (lengthOf[index] as number));
    },
  };
}

/** One stem's postings: its first block in the `Postings` arena, and how many entries it has. */
interface PostingList {
  first: number;
  length: number;
}

/**
 * The inverted index: stem → its entries, in the order added. The entries of all stems share one
 * typed array, in blocks that double per stem (2, 4, ... `MAX_BLOCK` entries), each block starting
 * with the offset of the next block of its stem and its capacity. An entry then costs about 5 bytes
 * and a stem a map slot and four numbers; a small array per stem cost ~150 bytes, for the many rare
 * names a news feed keeps bringing.
 */
interface Postings {
  add(stem: string, entry: number): void;
  list(stem: string): PostingList | undefined;
  /** Calls `visit` with each entry of the list, in the order they were added. */
  each(list: PostingList, visit: (entry: number) => void): void;
}

const FIRST_BLOCK = 2;
const MAX_BLOCK = 1024;
/** A block's header: offset of the stem's next block, capacity. */
const BLOCK_HEADER = 2;

function createPostings(): Postings {
  const stemIds = new Map<string, number>();
  // Per stem: first block, last block, entries in the last block, entries in all.
  let firstBlock = new Int32Array(1024);
  let lastBlock = new Int32Array(1024);
  let lastFill = new Int32Array(1024);
  let lengths = new Int32Array(1024);
  let blocks = new Int32Array(256 * 1024);
  let used = 0;

  const allocate = (capacity: number): number => {
    if (used + BLOCK_HEADER + capacity > blocks.length)
      blocks = grow(blocks, new Int32Array(Math.max(blocks.length * 2, used + BLOCK_HEADER + capacity)));
    const at = used;
    blocks[at] = -1;
    blocks[at + 1] = capacity;
    used += BLOCK_HEADER + capacity;
    return at;
  };

  return {
    add(stem, entry) {
      let id = stemIds.get(stem);
      if (id === undefined) {
        id = stemIds.size;
        stemIds.set(stem, id);
        if (id === firstBlock.length) {
          firstBlock = grow(firstBlock, new Int32Array(id * 2));
          lastBlock = grow(lastBlock, new Int32Array(id * 2));
          lastFill = grow(lastFill, new Int32Array(id * 2));
          lengths = grow(lengths, new Int32Array(id * 2));
        }
        const block = allocate(FIRST_BLOCK);
        firstBlock[id] = block;
        lastBlock[id] = block;
      }
      let block = lastBlock[id] as number;
      let fill = lastFill[id] as number;
      const capacity = blocks[block + 1] as number;
      if (fill === capacity) {
        const next = allocate(Math.min(capacity * 2, MAX_BLOCK));
        blocks[block] = next;
        block = next;
        lastBlock[id] = next;
        fill = 0;
      }
      blocks[block + BLOCK_HEADER + fill] = entry;
      lastFill[id] = fill + 1;
      lengths[id] = (lengths[id] as number) + 1;
    },
    list(stem) {
      const id = stemIds.get(stem);
      return id === undefined
        ? undefined
        : { first: firstBlock[id] as number, length: lengths[id] as number };
    },
    each(list, visit) {
      let remaining = list.length;
      for (let block = list.first; remaining > 0 && block >= 0; block = blocks[block] as number) {
        const count = Math.min(blocks[block + 1] as number, remaining);
        const start = block + BLOCK_HEADER;
        for (let at = start; at < start + count; at++) visit(blocks[at] as number);
        remaining -= count;
      }
    },
  };
}

function grow<T extends Int32Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * The fields of a packed article as bytes: the JSON value written tag by tag. Spans take two varints
 * (start, length), object keys are written once per shape in `shapes`, and the short strings that
 * recur (kinds, verbs, roles, names) once in `strings`; a 5 KB JSON string becomes about 1 KB.
 * Decoding gives exactly what `unpack` gives for the same JSON.
 */
interface FieldCodec {
  /** The bytes are valid until the next call: the caller copies them. */
  encode(fields: string): Uint8Array;
  decode(text: string, bytes: Uint8Array): Article;
}

enum Tag {
  Null,
  False,
  True,
  Integer,
  Float,
  String,
  SharedString,
  Array,
  Span,
  Shaped,
  Object,
}

/** Strings up to this length may be shared; longer ones rarely recur. */
const SHARED_STRING_LENGTH = 32;
/** Bounds the shared tables, so a feed of ever new names cannot grow them without end. */
const SHARED_LIMIT = 1 << 14;
/** Integers in this range are varints; others (and fractions) take 8 bytes. */
const MAX_VARINT = 0x7fffffff;

function createFieldCodec(): FieldCodec {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  let out = new Uint8Array(16 * 1024);
  let view = new DataView(out.buffer);
  let length = 0;

  const reserve = (bytes: number) => {
    if (length + bytes <= out.length) return;
    const bigger = new Uint8Array(Math.max(out.length * 2, length + bytes));
    bigger.set(out.subarray(0, length));
    out = bigger;
    view = new DataView(out.buffer);
  };
  const writeVarint = (value: number) => {
    reserve(5);
    let rest = value;
    while (rest >= 0x80) {
      out[length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    out[length++] = rest;
  };
  const writeTag = (tag: Tag) => {
    reserve(1);
    out[length++] = tag;
  };
  const writeString = (value: string) => {
    let id = stringIds.get(value);
    if (id === undefined && value.length <= SHARED_STRING_LENGTH && strings.length < SHARED_LIMIT) {
      id = strings.length;
      strings.push(value);
      stringIds.set(value, id);
    }
    if (id !== undefined) {
      writeTag(Tag.SharedString);
      writeVarint(id);
      return;
    }
    writeTag(Tag.String);
    // UTF-8 takes at most 3 bytes per UTF-16 unit; the length is written once the bytes are.
    reserve(5 + value.length * 3);
    const lengthAt = length;
    length += 5;
    const { written } = encoder.encodeInto(value, out.subarray(length));
    const end = length + written;
    length = lengthAt;
    writeVarint(written);
    out.copyWithin(length, lengthAt + 5, end);
    length += written;
  };
  const writeValue = (value: unknown): void => {
    if (value === null) writeTag(Tag.Null);
    else if (value === false) writeTag(Tag.False);
    else if (value === true) writeTag(Tag.True);
    else if (typeof value === 'number') {
      if (Number.isInteger(value) && Math.abs(value) <= MAX_VARINT) {
        writeTag(Tag.Integer);
        writeVarint(value >= 0 ? value * 2 : -value * 2 - 1);
      } else {
        writeTag(Tag.Float);
        reserve(8);
        view.setFloat64(length, value);
        length += 8;
      }
    } else if (typeof value === 'string') writeString(value);
    else if (Array.isArray(value)) {
      const [start, end] = value as unknown[];
      if (value.length === 2 && isVarint(start) && isVarint(end) && (start as number) <= (end as number)) {
        writeTag(Tag.Span);
        writeVarint(start as number);
        writeVarint((end as number) - (start as number));
        return;
      }
      writeTag(Tag.Array);
      writeVarint(value.length);
      for (const item of value) writeValue(item);
    } else {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      const signature = keys.join('\u0000');
      let shape = shapeIds.get(signature);
      if (shape === undefined && shapes.length < SHARED_LIMIT) {
        shape = shapes.length;
        shapes.push(keys);
        shapeIds.set(signature, shape);
      }
      if (shape === undefined) {
        writeTag(Tag.Object);
        writeVarint(keys.length);
        for (const key of keys) {
          writeString(key);
          writeValue(record[key]);
        }
      } else {
        writeTag(Tag.Shaped);
        writeVarint(shape);
        for (const key of keys) writeValue(record[key]);
      }
    }
  };

  return {
    encode(fields) {
      length = 0;
      writeValue(JSON.parse(fields));
      return out.subarray(0, length);
    },
    decode(text, bytes) {
      let at = 0;
      const readVarint = () => {
        let value = 0;
        let scale = 1;
        let byte = 0x80;
        while (byte & 0x80) {
          byte = bytes[at++] ?? 0;
          value += (byte & 0x7f) * scale;
          scale *= 0x80;
        }
        return value;
      };
      const readValue = (): unknown => {
        const tag = bytes[at++] as Tag;
        switch (tag) {
          case Tag.Null:
            return null;
          case Tag.False:
            return false;
          case Tag.True:
            return true;
          case Tag.Integer: {
            const zigzag = readVarint();
            return zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
          }
          case Tag.Float: {
            const value = new DataView(bytes.buffer, bytes.byteOffset + at, 8).getFloat64(0);
            at += 8;
            return value;
          }
          case Tag.String: {
            const byteLength = readVarint();
            at += byteLength;
            return decoder.decode(bytes.subarray(at - byteLength, at));
          }
          case Tag.SharedString:
            return strings[readVarint()];
          case Tag.Span: {
            const start = readVarint();
            const end = start + readVarint();
            return { start, end, text: text.slice(start, end) };
          }
          case Tag.Array: {
            const items = Array.from({ length: readVarint() }, readValue);
            // As `unpack`'s reviver: any other pair of integers is a span too.
            const [start, end] = items;
            return items.length === 2 && Number.isInteger(start) && Number.isInteger(end)
              ? { start, end, text: text.slice(start as number, end as number) }
              : items;
          }
          case Tag.Shaped: {
            const record: Record<string, unknown> = {};
            for (const key of shapes[readVarint()] ?? []) setField(record, key, readValue());
            return record;
          }
          case Tag.Object: {
            const record: Record<string, unknown> = {};
            for (let count = readVarint(); count > 0; count--) {
              const key = readValue() as string;
              setField(record, key, readValue());
            }
            return record;
          }
          default:
            throw new Error(`@newsparse/qa: corrupt packed article (tag ${String(tag)})`);
        }
      };
      const article = readValue() as Article;
      article.text = text;
      article.paragraphs = [];
      return article;
    },
  };
}

function isVarint(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_VARINT;
}

/** As JSON.parse does: a key named `__proto__` is an own field, not the prototype. */
function setField(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
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
