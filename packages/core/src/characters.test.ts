import { describe, expect, it } from 'vitest';
import { isWhiteSpaceCode, wordCount } from './characters.js';

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
