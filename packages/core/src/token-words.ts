import type { Token } from './nlp.js';

/**
 * The length of a token's text, read from its offsets: nlp.ts cuts every token's text from the input
 * between them. The word tests below ask it of most tokens near a cue and rule most out by length
 * alone, without fetching the text.
 */
export function textLength(token: Token): number {
  return token.end - token.start;
}

/**
 * The (length, first letter) pairs of word lists, for ruling a word out without lower-casing or hashing
 * it. A word whose lower-case form is listed has one of the pairs: lower-casing keeps the length of any
 * word that could match (all but one holding "İ", which no list holds), and only an ASCII capital or a
 * character past ASCII (the Kelvin sign becomes "k") lower-cases to an ASCII first letter.
 */
export class WordShapes {
  private static readonly MAX_LENGTH = 32;
  private readonly shapes = new Uint8Array(WordShapes.MAX_LENGTH * 128);

  constructor(...lists: Iterable<string>[]) {
    for (const list of lists) {
      for (const word of list) {
        const code = word.charCodeAt(0);
        // A listed word past ASCII is only asked for by a word past ASCII, which `mayHold` lets through.
        if (word.length < WordShapes.MAX_LENGTH && code < 0x80) this.shapes[word.length * 128 + code] = 1;
      }
    }
  }

  /** False when no listed word is `word` lower-cased; true when one may be. */
  mayHold(word: string): boolean {
    return this.mayHoldShape(word.length, word.charCodeAt(0));
  }

  /** `mayHold` for a word of this length and first code unit, read without the word. */
  mayHoldShape(length: number, firstCode: number): boolean {
    if (length >= WordShapes.MAX_LENGTH) return false;
    if (firstCode >= 0x80) return true;
    // An empty word (NaN code) finds no shape.
    const code = firstCode >= 0x41 && firstCode <= 0x5a ? firstCode | 0x20 : firstCode;
    return this.shapes[length * 128 + code] === 1;
  }
}

/**
 * A test that a token's word, lower-cased, is on one of the lists. These tests run on most tokens of
 * a phrase: a word of a shape no list holds (`WordShapes`) is ruled out without lower-casing it.
 */
export function wordListTest(...lists: ReadonlySet<string>[]): (token: Token | undefined) => boolean {
  const shapes = new WordShapes(...lists);
  return (token) => {
    if (!token || !shapes.mayHoldShape(textLength(token), token.text.charCodeAt(0))) return false;
    const word = token.text.toLowerCase();
    for (const list of lists) if (list.has(word)) return true;
    return false;
  };
}
