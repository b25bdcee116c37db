import { describe, expect, it } from 'vitest';
import { gapBreaksClause, gapEndsInComma, keyShapeOf } from './candidates.js';
import { lookupKey } from './places.js';
import { wordsOf } from './test-helpers.js';
import { shapeOf } from './word-shapes.js';

describe('keyShapeOf', () => {
  // Each row: a text and the part of it read as a name; the shape is the lookup key's, or -1 when the
  // key must be made to know it.
  it.each([
    ['in New York today', 3, 11, shapeOf('new york')],
    ['the White House said', 4, 15, shapeOf('white house')],
    ['U.S. Army', 0, 9, shapeOf('u.s. army')],
    ['New\tYork', 0, 8, shapeOf(lookupKey('New\tYork'))],
    ['New  York', 0, 9, -1],
    ['São Paulo', 0, 9, -1],
    ['New\u00a0York', 0, 8, -1],
  ])('%j from %i to %i → %i', (text, start, end, expected) => {
    expect(keyShapeOf(text, start, end)).toBe(expected);
  });
});

describe('gapBreaksClause and gapEndsInComma', () => {
  // Each row: a body; for every word, both answer as the regular expressions they replace on its gap.
  it.each([
    ['Ali Hassan, a commander of the group, said on Monday.'],
    ['Ali Hassan, of Springfield, Va.,  said: “We left.” Then ,\u00a0he; went? Yes! "No"'],
    ['Hassan ,\n\nsaid ‘it’ , then,again ,  \t  left'],
  ])('%j', (body) => {
    const words = wordsOf(body);
    for (let i = 0; i < words.length; i++) {
      const gap = words.gapAt(i) ?? '';
      expect([i, gapBreaksClause(words, i)]).toEqual([i, /[.;:!?“”"]/.test(gap)]);
      expect([i, gapEndsInComma(words, i)]).toEqual([i, /,\s+$/.test(gap)]);
    }
  });
});
