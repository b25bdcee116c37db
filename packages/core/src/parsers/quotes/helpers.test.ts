import { describe, expect, it } from 'vitest';
import type { Token } from '../../nlp.js';
import { standsAlone } from '../../nlp.js';
import { textLength, wordListTest } from '../../token-words.js';
import { SentenceOfToken } from './attribution.js';
import { isMark, isMarkOf, isWord } from './phrase.js';
import { isLowerCaseOf } from './speaker.js';

/** Tokens for the words of `text` as split at spaces and at the cuts marked with "|" ("ca|n't"). */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  for (const word of text.split(' ')) {
    for (const piece of word.split('|')) {
      tokens.push({
        start: offset,
        end: offset + piece.length,
        text: piece,
        pos: 'VERB',
        lemma: '',
        sentence: 0,
      });
      offset += piece.length;
    }
    offset++;
  }
  return tokens;
}

const token = (text: string): Token => ({
  start: 0,
  end: text.length,
  text,
  pos: 'X',
  lemma: '',
  sentence: 0,
});

describe('isWord', () => {
  const rows: Array<[string, string, boolean]> = [
    ['that', 'that', true],
    ['That', 'that', true],
    ['THAT', 'that', true],
    ['than', 'that', false],
    ['thats', 'that', false],
    ["N'T", "n't", true],
    ['n’t', "n't", false],
    // The Kelvin sign lower-cases to "k": compared as `toLowerCase` would.
    ['\u212Aing', 'king', true],
    ['İt', 'it', false],
    ['', '', true],
  ];
  it.each(rows)('%j is %j: %s', (text, word, expected) => {
    expect(isWord(token(text), word)).toBe(expected);
    expect(isWord(token(text), word)).toBe(text.toLowerCase() === word);
  });
  it('is false without a token', () => expect(isWord(undefined, 'to')).toBe(false));
});

describe('standsAlone', () => {
  const rows: Array<[string, number, boolean]> = [
    ['he said .', 1, true],
    ['he said|.', 1, true],
    ['he said|,', 1, true],
    ['“|said', 1, false],
    ['ca|n’t say', 0, false],
    ['ca|n’t say', 1, false],
    ['we|’ll say', 2, true],
    ['gon|na say', 0, false],
    ["Rubio|'s said", 1, false],
    ["he's said", 0, false],
    ['re|said', 1, false],
  ];
  it.each(rows)('%j, token %i: %s', (text, index, expected) => {
    expect(standsAlone(tokensOf(text), index)).toBe(expected);
  });
});

describe('SentenceOfToken', () => {
  const sentences = [
    { first: 2, last: 4 },
    { first: 5, last: 5 },
    { first: 8, last: 9 },
  ];
  const lookup = new SentenceOfToken(sentences, 11);
  const rows: Array<[number, number | undefined]> = [
    [0, -1],
    [2, 0],
    [4, 0],
    [5, 1],
    [6, -1],
    [9, 2],
    [10, -1],
    [11, undefined],
    [-1, undefined],
  ];
  it.each(rows)('token %i is in sentence %j', (index, expected) => {
    expect(lookup.at(index)).toBe(expected);
  });
});

describe('isMark and isMarkOf', () => {
  const rows: Array<[string, string, boolean, boolean]> = [
    [',', ',', true, true],
    [';', ',', false, false],
    [',,', ',', false, false],
    ['said', ',', false, false],
    ['”', '”"', false, true],
    ['"', '”"', false, true],
    ['', ',', false, false],
  ];
  it.each(rows)('%j against %j: %s, %s', (text, marks, mark, markOf) => {
    expect(isMark(token(text), marks)).toBe(mark);
    expect(isMarkOf(token(text), marks)).toBe(markOf);
  });
  it('is false without a token', () => {
    expect(isMark(undefined, ',')).toBe(false);
    expect(isMarkOf(undefined, ',')).toBe(false);
  });
  it('reads the length from the offsets', () => {
    for (const word of ['said', '', '“']) expect(textLength(token(word))).toBe(word.length);
  });
});

describe('wordListTest', () => {
  const lists = [new Set(['was', 'is', "'s", '’s', 'kind']), new Set(['who', 'whom'])];
  const test = wordListTest(...lists);
  const rows: Array<[string, boolean]> = [
    ['was', true],
    ['Was', true],
    ['WAS', true],
    ['war', false],
    ['has', false],
    ["'s", true],
    ["'S", true],
    ['’s', true],
    ['’S', true],
    ['Whom', true],
    ['whim', false],
    // The Kelvin sign lower-cases to "k": its shape is past ASCII, so the word is looked up.
    ['\u212Aind', true],
    ['İs', false],
    ['', false],
    ['wasn', false],
  ];
  it.each(rows)('%j: %s', (text, expected) => {
    expect(test(token(text))).toBe(expected);
    expect(test(token(text))).toBe(lists.some((list) => list.has(text.toLowerCase())));
  });
  it('is false without a token', () => expect(test(undefined)).toBe(false));
});

describe('isLowerCaseOf', () => {
  const rows: Array<[string, string, boolean]> = [
    ['Zebari', 'zebari', true],
    ['zebari', 'zebari', true],
    ['ZEBARI', 'zebari', true],
    ['Zebar', 'zebari', false],
    ['Zebaris', 'zebari', false],
    ['Roe', 'doe', false],
    // "İ" lower-cases to two characters: the lengths differ, yet the words may match.
    ['İlhan', 'i\u0307lhan', true],
    ['\u212Aim', 'kim', true],
    ['Öztürk', 'öztürk', true],
    ['', '', true],
  ];
  it.each(rows)('%j lower-cased is %j: %s', (text, word, expected) => {
    expect(isLowerCaseOf(text, word)).toBe(expected);
    expect(isLowerCaseOf(text, word)).toBe(text.toLowerCase() === word);
  });
});
