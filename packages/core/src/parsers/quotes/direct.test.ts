import { describe, expect, it } from 'vitest';
import { isValidSpan } from '../../span.js';
import { splitParagraphs } from '../structure.js';
import {
  findQuotedSegments,
  isAfterClosing,
  isBeforeOpening,
  isLetterChar,
  isLetterOrDigitChar,
  isSpaceChar,
} from './direct.js';

function contents(text: string): string[] {
  return findQuotedSegments(text, splitParagraphs(text)).map((segment) => segment.content.text);
}

describe('findQuotedSegments', () => {
  const found: Array<[string, string[]]> = [
    ['“The bridge will open in May,” the mayor said.', ['The bridge will open in May']],
    ['"We are ready," she said.', ['We are ready']],
    ['« Nous sommes prêts », a-t-il dit.', ['Nous sommes prêts']],
    ["''This is not a reform,'' Mr. Tarrow said.", ['This is not a reform']],
    ['“He called it ‘a disgrace’ on Monday,” she said.', ['He called it ‘a disgrace’ on Monday']],
    ['“He called it “madness” twice,” she said.', ['He called it “madness” twice']],
    [
      '“We will rebuild,” said Ortiz, “and we will do it fast.”',
      ['We will rebuild', 'and we will do it fast.'],
    ],
    ['“Mixed marks happen," the clerk said.', ['Mixed marks happen']],
    ['The council promised ‘a fair hearing’ for all.', ['a fair hearing']],
    // A quote that runs over paragraphs: no closing mark until the last one.
    [
      '“The first part of the speech.\n\n“The second part.\n\n“The end,” he said.',
      ['The first part of the speech.\n\n“The second part.\n\n“The end'],
    ],
    // An opening mark with no closing mark and no continuation ends with its paragraph.
    ['“We never got an answer, she said.\n\nThe hearing went on.', ['We never got an answer, she said.']],
  ];
  it.each(found)('%s', (text, expected) => {
    expect(contents(text)).toEqual(expected);
    for (const segment of findQuotedSegments(text, splitParagraphs(text))) {
      expect(isValidSpan(text, segment.span)).toBe(true);
      expect(isValidSpan(text, segment.content)).toBe(true);
    }
  });

  const nothing: Array<[string]> = [
    ['Iran’s envoy met the militias’ leaders on Tuesday.'],
    ['The ’90s were different, the rock ’n’ roll crowd said.'],
    ['A closing mark alone” does nothing.'],
    ['He measured a 12" pipe and left.'],
    [''],
  ];
  it.each(nothing)('finds no quote in %j', (text) => {
    expect(contents(text)).toEqual([]);
  });

  it('reads a paragraph of 5,000 quote marks in linear time without throwing', () => {
    for (const mark of ['"', '“', '”', "'", '‘', '«']) {
      const text = `${mark}a `.repeat(5_000);
      const started = performance.now();
      const segments = findQuotedSegments(text, splitParagraphs(text));
      expect(performance.now() - started).toBeLessThan(500);
      for (const segment of segments) expect(isValidSpan(text, segment.span)).toBe(true);
    }
  });
});

describe('one-character tests of the mark scan', () => {
  const tests: Array<[string, (char: string) => boolean, RegExp]> = [
    ['isSpaceChar', isSpaceChar, /\s/],
    ['isBeforeOpening', isBeforeOpening, /[\s([{\u2014\u2013/-]/],
    ['isAfterClosing', isAfterClosing, /[\s,.;:!?]/],
    ['isLetterOrDigitChar', isLetterOrDigitChar, /[\p{L}\p{N}]/u],
    ['isLetterChar', isLetterChar, /\p{L}/u],
  ];
  const samples = [
    ' ',
    '\u00a0',
    '\u2009',
    '\n',
    '(',
    '-',
    '—',
    '–',
    '/',
    ',',
    '!',
    'a',
    'Z',
    '7',
    '_',
    'é',
    'ß',
    '٣',
    'Ω',
    '“',
    '\ud83d',
    '',
  ];
  it.each(tests)('%s reads a character as its pattern does', (_name, test, pattern) => {
    for (const char of samples) expect(test(char), JSON.stringify(char)).toBe(pattern.test(char));
    for (let code = 0; code < 0x3100; code++) {
      const char = String.fromCharCode(code);
      if (test(char) !== pattern.test(char)) expect(code.toString(16)).toBe('a match');
    }
  });
});
