import { describe, expect, it } from 'vitest';
import { ShapedWordSet, shapeOf } from './word-shapes.js';

describe('ShapedWordSet', () => {
  const words = new ShapedWordSet(['baghdad', 'mosul', 'u.s.', 'x', '']);

  it.each([
    ['baghdad', true],
    ['mosul', true],
    ['u.s.', true],
    ['x', true],
    ['', true],
    // Same shape as "baghdad" (7 letters, b…d), not in the set: the set answers.
    ['bearded', false],
    ['Baghdad', false],
    ['basra', false],
    ['y', false],
  ])('%j → %j', (word, expected) => {
    expect(words.has(word)).toBe(expected);
  });
});

describe('shapeOf', () => {
  it.each([
    ['baghdad', shapeOf('bearded')],
    ['mosul', shapeOf('metal')],
  ])('%j has the shape of another word of its length, first and last letters', (word, expected) => {
    expect(shapeOf(word)).toBe(expected);
  });

  it.each([
    ['baghdad', 'basra'],
    ['mosul', 'mosuls'],
  ])('%j and %j have different shapes', (a, b) => {
    expect(shapeOf(a)).not.toBe(shapeOf(b));
  });
});
