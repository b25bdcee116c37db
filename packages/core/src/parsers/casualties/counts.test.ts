import { describe, expect, it } from 'vitest';
import { startsWithLetterOrApostrophe } from './counts.js';

describe('startsWithLetterOrApostrophe', () => {
  it.each([
    ['people', true],
    ['Iraqi', true],
    ["'s", true],
    ['’s', true],
    ['Ödön', true],
    ['3', false],
    [',', false],
    ['“', false],
    ['', false],
  ])('%s → %s', (word, expected) => {
    expect(startsWithLetterOrApostrophe(word)).toBe(expected);
  });
});
