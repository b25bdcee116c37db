import { describe, expect, it } from 'vitest';
import { keyShapeOf } from './candidates.js';
import { lookupKey } from './places.js';
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
