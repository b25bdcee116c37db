import { describe, expect, it } from 'vitest';
import { nameMatchScore, numberValue, stem, words } from './text.js';

describe('stem', () => {
  const rows: Array<[string, string]> = [
    ['rockets', 'rocket'],
    ['landed', 'land'],
    ['killed', 'kill'],
    ['killing', 'kill'],
    ['injuries', 'injuri'],
    ['injury', 'injuri'],
    ['fired', 'fir'],
    ['fire', 'fir'],
    ['said', 'say'],
    ['Zebari’s', 'zebari'],
    ['constructor', 'constructor'],
    ['__proto__', '__proto__'],
  ];
  it.each(rows)('%s → %s', (word, expected) => expect(stem(word)).toBe(expected));
});

describe('numberValue', () => {
  const rows: Array<[string, number | null]> = [
    ['six', 6],
    ['Seven', 7],
    ['twenty-five', 25],
    ['1,200', 1200],
    ['12', 12],
    ['a', null],
    ['people', null],
    ['sixth', null],
    ['constructor', null],
    ['__proto__', null],
    ['toString', null],
  ];
  it.each(rows)('%s → %s', (word, expected) => {
    expect(numberValue(word)).toBe(expected);
    expect(numberValue(word, true)).toBe(word === 'a' ? 1 : expected);
  });
});

describe('nameMatchScore', () => {
  const matches: Array<[string, string]> = [
    ['Zebary', 'Hoshyar Zebari'],
    ['zebari', 'Hoshyar Zebari'],
    ['Salami', 'Hossein Salami'],
    ['President Donald Trump', 'Donald Trump'],
    ['Homeland Security Secretary Jeh Johnson', 'Jeh Johnson'],
  ];
  it.each(matches)('%s names %s', (query, name) =>
    expect(nameMatchScore(query, name)).toBeGreaterThanOrEqual(0.75),
  );

  const misses: Array<[string, string]> = [
    ['Zebari', 'Hadi al-Amiri'],
    ['Dervish', 'Hana Dervin'],
    ['Dan', 'Don Trump'],
    ['Boris Yelland', 'Hana Dervish'],
  ];
  it.each(misses)('%s does not name %s', (query, name) =>
    expect(nameMatchScore(query, name)).toBeLessThan(0.75),
  );
});

describe('words', () => {
  it('keeps offsets into the text and joins hyphenated names', () => {
    const text = 'Ahl al-Kahf fired 1,200 rockets.';
    for (const word of words(text)) expect(text.slice(word.start, word.end)).toBe(word.text);
    expect(words(text).map((word) => word.text)).toEqual(['Ahl', 'al-Kahf', 'fired', '1,200', 'rockets']);
  });
});
