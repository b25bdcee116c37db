/**
 * A set of words with a small table of their shapes (length, first and last code unit) in front.
 * The entity rules ask the word lists about nearly every capitalised word, and nearly every answer is
 * no: the shape table (4 KB) answers most of them from one cache line, where a lookup in the set
 * costs a hash of a new string and cache misses on a table that the other parsers push out of the
 * cache. The answers are those of the set: a word in it always has its shape in the table.
 */
export class ShapedWordSet {
  private readonly shapes = new Uint32Array(1024);
  readonly words: ReadonlySet<string>;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const word of this.words) this.addShape(shapeOf(word));
  }

  /** Marks a shape as taken, for a table of shapes alone (the set's own words are marked already). */
  addShape(shape: number): void {
    this.shapes[shape >>> 5] = (this.shapes[shape >>> 5] as number) | (1 << (shape & 31));
  }

  has(word: string): boolean {
    return this.hasShape(shapeOf(word)) && this.words.has(word);
  }

  /** Some word of the set has this shape (`shapeOf`): false is sure, true may be wrong. */
  hasShape(shape: number): boolean {
    return ((this.shapes[shape >>> 5] as number) & (1 << (shape & 31))) !== 0;
  }
}

/** 15 bits: the length and the first and last code units, 5 bits each. */
export function shapeOf(word: string): number {
  const length = word.length;
  return ((length & 31) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(length - 1) & 31);
}
