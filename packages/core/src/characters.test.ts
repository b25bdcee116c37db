import { describe, expect, it } from 'vitest';
import {
  allWhitespace,
  collapseWhiteSpace,
  isLetterOrDigitCode,
  isWhiteSpaceCode,
  lastWord,
  startsLowerCase,
  trimmedWordCount,
  wordCount,
} from './characters.js';

describe('wordCount', () => {
  const rows: Array<[string, number]> = [
    ['', 1],
    ['word', 1],
    ['two words', 2],
    ['  padded  both ends ', 5],
    ['tab\tand\nnew line', 4],
    ['thin\u2009space and\u00a0no-break', 4],
    ['ideographic\u3000space', 2],
    ['zero\u200bwidth is no space', 4],
  ];
  it.each(rows)('%j has %i words', (text, expected) => {
    expect(wordCount(text)).toBe(expected);
    expect(wordCount(text)).toBe(text.split(/\s+/).length);
  });
});

describe('isWhiteSpaceCode', () => {
  it('agrees with \\s on every code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isWhiteSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('trimmedWordCount', () => {
  const rows: Array<[string, number, number]> = [
    ['', Number.POSITIVE_INFINITY, 1],
    ['   ', Number.POSITIVE_INFINITY, 1],
    ['Janie Gabbett', Number.POSITIVE_INFINITY, 2],
    ['  By Janie  Gabbett, Reuters\n', Number.POSITIVE_INFINITY, 4],
    ['one two three four five six seven eight', 6, 6],
    ['no-break\u00a0space', Number.POSITIVE_INFINITY, 2],
  ];
  it.each(rows)('%j (counting up to %d) has %i words', (text, limit, expected) => {
    expect(trimmedWordCount(text, limit)).toBe(expected);
    expect(trimmedWordCount(text)).toBe(text.trim().split(/\s+/).length);
  });
});

describe('lastWord', () => {
  const rows: Array<[string, string]> = [
    ['', ''],
    ['  ', ''],
    ['Staff Writer', 'Writer'],
    ['Chief Economics Correspondent \n', 'Correspondent'],
    ['single', 'single'],
    ['ends with a stop.', 'stop.'],
  ];
  it.each(rows)('%j ends with %j', (text, expected) => {
    expect(lastWord(text)).toBe(expected);
    expect(lastWord(text)).toBe(text.trim().split(/\s+/).pop());
  });
});

describe('startsLowerCase', () => {
  const rows: Array<[string, boolean]> = [
    ['said', true],
    ['Said', false],
    ['(R-Ga.)', false],
    ['émigré', true],
    ['Étienne', false],
    ['ß', true],
    ['', false],
  ];
  it.each(rows)('%j: %s', (text, expected) => {
    expect(startsLowerCase(text)).toBe(expected);
    expect(startsLowerCase(text)).toBe(/^\p{Ll}/u.test(text));
  });
});

describe('collapseWhiteSpace', () => {
  const rows: Array<[string, string]> = [
    ['John Tower', 'John Tower'],
    ['John\nTower', 'John Tower'],
    ['Texas\nCommerce  Bank', 'Texas Commerce Bank'],
    ['a\u00a0b', 'a b'],
    ['', ''],
    [' padded ', ' padded '],
  ];
  it.each(rows)('%j → %j', (text, expected) => {
    expect(collapseWhiteSpace(text)).toBe(expected);
    expect(collapseWhiteSpace(text)).toBe(text.replace(/\s+/g, ' '));
  });
});

describe('isLetterOrDigitCode', () => {
  it.each([
    ['a', true],
    ['Z', true],
    ['7', true],
    ['é', true],
    ['ß', true],
    ["'", false],
    [' ', false],
    ['-', false],
    ['@', false],
    ['[', false],
    ['`', false],
  ])('%s → %s', (character, expected) => {
    expect(isLetterOrDigitCode(character.charCodeAt(0))).toBe(expected);
  });

  it('is false past the end of a text', () => {
    expect(isLetterOrDigitCode(''.charCodeAt(0))).toBe(false);
  });
});

describe('allWhitespace', () => {
  it.each([
    ['a b', 1, 2, true],
    ['a \n\u00a0b', 1, 4, true],
    ['a, b', 1, 3, false],
    ['ab', 1, 1, false],
  ])('%j from %i to %i → %s', (text, start, end, expected) => {
    expect(allWhitespace(text, start, end)).toBe(expected);
  });
});
