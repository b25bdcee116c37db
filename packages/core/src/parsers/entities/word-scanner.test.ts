import { describe, expect, it } from 'vitest';
import { startsUpperCase } from '../../characters.js';
import { hasLowerCase, WordScanner } from './word-scanner.js';

/** The words the scanner finds, each as its text with `+h` when hyphenated and `+l` when plain lower case. */
function scan(text: string): string[] {
  const scanner = new WordScanner(text);
  const words: string[] = [];
  while (scanner.next()) {
    const flags = `${scanner.hyphenated ? '+h' : ''}${scanner.plainLower ? '+l' : ''}`;
    words.push(`${text.slice(scanner.start, scanner.end)}${flags}`);
  }
  return words;
}

describe('WordScanner', () => {
  it.each([
    ['the envoy said', ['the+l', 'envoy+l', 'said+l']],
    ['Abu Mahdi al-Muhandis', ['Abu', 'Mahdi', 'al-Muhandis+h']],
    ["O'Neill's office", ["O'Neill's", 'office+l']],
    ['the militias’ attempts', ['the+l', 'militias+l', 'attempts+l']],
    ['Ahmed’s son', ['Ahmed’s', 'son+l']],
    ['don’t', ['don’t']],
    ['the U.S. and U.K. envoys', ['the+l', 'U.S.', 'and+l', 'U.K.', 'envoys+l']],
    ['said É.U. envoys', ['said+l', 'É.U.', 'envoys+l']],
    ['A. B. Smith', ['A', 'B', 'Smith']],
    ['U.Sa', ['U', 'Sa']],
    ['well- known -- x', ['well+l', 'known+l', 'x+l']],
    ['in 2020, 15-year-old', ['in+l', '2020+l', '15-year-old+h+l']],
    ['Gonzàlez in São Paulo', ['Gonzàlez', 'in+l', 'São', 'Paulo']],
    ['e\u0301te\u0301 café', ['e\u0301te\u0301', 'café']],
    ['Ünal’s İstanbul', ['Ünal’s', 'İstanbul']],
    ['𝐀𝐁 and 中文', ['𝐀𝐁', 'and+l', '中文']],
    ['Ⅻ. x', ['Ⅻ', 'x+l']],
    ['\u0301alone', ['alone+l']],
    ['', []],
    ['— “ ” ...', []],
  ])('%j → %j', (text, expected) => {
    expect(scan(text)).toEqual(expected);
  });
});

describe('hasLowerCase and startsUpperCase', () => {
  it.each([
    ['PMF', false, true],
    ['Baghdad', true, true],
    ['baghdad', true, false],
    ['ÉTAT', false, true],
    ['Élysée', true, true],
    ['2020', false, false],
    ['𝐀𝐁', false, true],
    ['𝐚', true, false],
    ['', false, false],
  ])('%j: lower %j, upper initial %j', (word, lower, upper) => {
    expect(hasLowerCase(word)).toBe(lower);
    expect(startsUpperCase(word)).toBe(upper);
  });
});

describe('WordScanner over part of a text', () => {
  /** The words of `text.slice(from, limit)`, read in place, with their offsets into `text`. */
  function scanPart(text: string, from: number, limit: number): string[] {
    const scanner = new WordScanner(text, from, limit);
    const words: string[] = [];
    while (scanner.next()) words.push(`${scanner.start}:${text.slice(scanner.start, scanner.end)}`);
    return words;
  }

  // Each row: a text, the part read, and what the scanner finds there, as it finds in the part alone.
  it.each([
    ['Abu Mahdi al-Muhandis', 4, 21, ['4:Mahdi', '10:al-Muhandis']],
    ['Abu Mahdi al-Muhandis', 0, 12, ['0:Abu', '4:Mahdi', '10:al']],
    ['the U.S. envoy', 4, 7, ['4:U', '6:S']],
    ['the U.S. envoy', 4, 8, ['4:U.S.']],
    ["O'Neill", 0, 2, ['0:O']],
    ['ab𝐀𝐁', 0, 3, ['0:ab']],
    ['ab𝐀𝐁', 0, 4, ['0:ab𝐀']],
    ['x y', 1, 1, []],
  ])('%j from %i to %i → %j', (text, from, limit, expected) => {
    expect(scanPart(text, from, limit)).toEqual(expected);
    const alone = text.slice(from, limit);
    expect(scan(alone).map((word) => word.replace(/\+[hl]/g, ''))).toEqual(
      expected.map((word) => word.slice(word.indexOf(':') + 1)),
    );
  });
});
